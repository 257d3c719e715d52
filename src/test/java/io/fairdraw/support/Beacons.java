package io.fairdraw.support;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Beacon declarations for tests (FD-DRAW-1 §1, issue 17): an announcement declares a source, an
 * event and a moment later than now, and execution is refused before that moment. Tests declare
 * the test source {@link #SOURCE} (registered by the ADMIN through the admin page, any one-line
 * value: the tests keep their descriptive beacons) a few seconds ahead, and wait for it before executing.
 */
public final class Beacons {

    /** A source for tests: its format takes any one-line value. */
    public static final String SOURCE = "IT";
    /** The demo dice source (V20261230_1410): five dice, e.g. {@code 36142}. */
    public static final String DICE = "DICE";

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();
    private static volatile Instant lastMoment = Instant.EPOCH;

    private Beacons() {
    }

    /** The announce body: {@link #SOURCE}, available four seconds from now (registered on that server first). */
    public static String declaration(WebClient client) {
        if (REGISTERED.add(client.base())) {
            WebClient admin = client.loggedInAs("admin");
            admin.get("/admin/beacon-sources");
            HttpResponse<String> r = admin.postForm("/admin/beacon-sources", Map.of("code", SOURCE,
                    "name", "IT test source", "location", "src/test/java/io/fairdraw/support/Beacons.java",
                    "format", "[^\\r\\n]{1,200}"));
            if (r.statusCode() != 302) {
                REGISTERED.remove(client.base());
                throw new IllegalStateException("cannot register the IT beacon source: " + r.statusCode());
            }
        }
        // Ahead enough for a slow first request on a loaded machine to arrive before it.
        Instant moment = Instant.now().plusSeconds(4);
        if (moment.isAfter(lastMoment)) {
            lastMoment = moment;
        }
        return declaration(SOURCE, "IT " + System.nanoTime(), moment);
    }

    /** The announce body declaring one source (nothing waits for this moment). */
    public static String declaration(String source, String event, Instant availableAt) {
        return "{\"beacon\":[{\"source\":\"" + source + "\",\"event\":\"" + event + "\",\"availableAt\":\""
                + OffsetDateTime.ofInstant(availableAt.truncatedTo(ChronoUnit.MILLIS), ZONE) + "\"}]}";
    }

    /** Sleeps until every moment declared by {@link #declaration(WebClient)} has passed: before, execution is refused (409). */
    public static void awaitDeclaredMoments() {
        awaitMoment(lastMoment);
    }

    /** {@link #afterMoment} for every moment declared by {@link #declaration(WebClient)}. */
    public static <T> T afterDeclaredMoments(WebClient client, Supplier<T> action) {
        return afterMoment(client, lastMoment, action);
    }

    /**
     * Runs {@code action} (e.g. the execute request) once {@code moment} has passed for the server
     * {@code client} talks to. A test application in this JVM has a {@link MovableClock}: it is moved
     * just past the moment for the action and back after it, instead of the suite sleeping a few
     * seconds per draw (the server decides with that clock; audit and checkpoints tolerate a clock
     * that steps back, as two nodes' clocks do). A packaged app started as a process is waited for.
     */
    public static <T> T afterMoment(WebClient client, Instant moment, Supplier<T> action) {
        return afterMoment(java.net.URI.create(client.base()).getPort(), moment, action);
    }

    /** {@link #afterMoment(WebClient, Instant, Supplier)} for the application on {@code port}. */
    public static <T> T afterMoment(int port, Instant moment, Supplier<T> action) {
        var clock = MovableClock.serving(port);
        if (clock.isEmpty()) {
            awaitMoment(moment);
            return action.get();
        }
        Duration ahead = Duration.between(clock.get().instant(), moment).plusMillis(50);
        if (ahead.isNegative()) {
            return action.get();
        }
        clock.get().advance(ahead);
        System.out.printf("beacon wait: clock moved %d ms instead of sleeping%n", ahead.toMillis());
        try {
            return action.get();
        } finally {
            clock.get().advance(ahead.negated());
        }
    }

    public static void awaitMoment(Instant moment) {
        long millis = Duration.between(Instant.now(), moment).toMillis() + 50;
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
