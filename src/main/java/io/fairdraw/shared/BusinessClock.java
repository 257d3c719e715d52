package io.fairdraw.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The one source of the business zone and of "today" (issue 22 item 3). Instants are zone-free, but
 * every business date — a certificate valid today, a catalog version in force, the 31 March plan
 * deadline, 国发〔2019〕5号's 20 working days — is a date in China Standard Time: a certificate that
 * expires today must not stay valid until 08:00 because the server runs on UTC.
 *
 * <p>The time itself comes from the application's {@link Clock} bean (system/clock, moved by the
 * integration tests); this class only turns it into business dates. {@code OneBusinessClockTest}
 * fails on a zone literal, {@code ZoneId.of}, {@code ZoneId.systemDefault()} or {@code LocalDate.now}
 * anywhere else in src/main.
 */
public final class BusinessClock {

    /** The zone's id, for annotations such as {@code @Scheduled(zone = ...)} and SQL {@code AT TIME ZONE ?}. */
    public static final String ZONE_ID = "Asia/Shanghai";

    /** China Standard Time: the zone of every business date. */
    public static final ZoneId ZONE = ZoneId.of(ZONE_ID);

    private BusinessClock() {
    }

    /** Today's business date on {@code clock}, whatever zone the clock itself carries. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The business date of an instant. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}
