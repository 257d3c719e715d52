package io.fairdraw.organization.domain;

import java.time.Instant;

/** An API token as listed (never its secret: only the SHA-256 is stored, the hint is its first characters). */
public record ApiToken(long id, long accountId, String name, String hint, String createdBy, Instant createdAt,
                       Instant expiresAt, Instant lastUsedAt, Instant revokedAt) {

    public boolean activeAt(Instant now) {
        return revokedAt == null && expiresAt.isAfter(now);
    }
}
