package io.fairdraw.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The application's clock in integration tests: the system clock of the business zone, moved
 * forward by a test (e.g. past a beacon's declared moment, issue 17) and back with {@link #reset()}.
 * Tests that move it reset it in {@code finally}: the context is shared.
 */
public final class MovableClock extends Clock {

    /** The clock of each test application in this JVM, by its HTTP port (a packaged app started as a process has none). */
    private static final Map<Integer, MovableClock> SERVING = new ConcurrentHashMap<>();

    private final Clock system;
    private volatile Duration offset = Duration.ZERO;

    MovableClock(Clock system) {
        this.system = system;
    }

    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** The movable clock of the application answering on {@code port} in this JVM, if there is one. */
    public static Optional<MovableClock> serving(int port) {
        return Optional.ofNullable(SERVING.get(port));
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(system.withZone(zone), offset);
    }

    @Override
    public Instant instant() {
        return system.instant().plus(offset);
    }

    /** Imported by {@link AppIT}: this clock replaces the application's (system/clock/ClockConfiguration). */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(Clock.system(io.fairdraw.shared.BusinessClock.ZONE));
        }

        @Bean
        ApplicationListener<WebServerInitializedEvent> movableClockServes(MovableClock clock) {
            return e -> SERVING.put(e.getWebServer().getPort(), clock);
        }
    }
}
