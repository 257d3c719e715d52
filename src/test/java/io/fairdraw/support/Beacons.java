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
