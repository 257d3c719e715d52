package io.fairdraw.exchange.domain;

import java.time.Instant;
import java.util.List;

/** A receiver ADMIN configured: where, with which secret, which message types, how long to wait. */
public record Receiver(long id, String name, String url, String secret, boolean enabled, List<String> types,
                       int timeoutMs, Instant updatedAt) {

    /** The secret as the page shows it: never in full. */
    public String maskedSecret() {
        return secret.length() <= 4 ? "****" : secret.substring(0, 2) + "****" + secret.substring(secret.length() - 2);
    }
}
