package io.fairdraw.disclosure.objection;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * issue 20 item 4: the public objection form is rate-limited per client address: at most
 * {@code fairdraw.objection.per-client} (5) submissions, valid or not, in {@code fairdraw.objection.window}
 * (1 hour), so the form can neither flood a unit's queue nor be used to probe the registry's legal
 * representatives. Counted like the login throttle (system.security.LoginThrottle, issue 18 §6, which is
 * login-specific): in memory, per node, fixed windows; at most {@link #MAX_KEYS} addresses are held.
 */
@Component
public class ObjectionLimiter {

    static final int MAX_KEYS = 100_000;

    private record Window(Instant start, int count) {
    }

    private final Map<String, Window> byClient = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration window;
    private final int perClient;

    ObjectionLimiter(Clock clock, @Value("${fairdraw.objection.window:PT1H}") Duration window,
                     @Value("${fairdraw.objection.per-client:5}") int perClient) {
        this.clock = clock;
        this.window = window;
        this.perClient = perClient;
    }

    /** Counts this submission; false when the client has used up its window (the submission is refused). */
    public boolean tryAcquire(String client) {
        Instant now = clock.instant();
        if (byClient.size() >= MAX_KEYS) {
            byClient.entrySet().removeIf(e -> !e.getValue().start().plus(window).isAfter(now));
        }
        Window w = byClient.compute(client == null ? "?" : client, (k, old) ->
                old == null || !old.start().plus(window).isAfter(now) ? new Window(now, 1)
                        : new Window(old.start(), old.count() + 1));
        return w.count() <= perClient;
    }

    public int perClient() {
        return perClient;
    }

    public long windowMinutes() {
        return window.toMinutes();
    }

    /** Tests start from a clean count (the IT context is shared). */
    void reset() {
        byClient.clear();
    }
}
