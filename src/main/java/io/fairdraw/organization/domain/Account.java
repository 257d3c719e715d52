package io.fairdraw.organization.domain;

import io.fairdraw.organization.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * An account. The lock-out rule lives here: after {@link #MAX_FAILURES} wrong passwords in a row
 * the account is locked for {@link #LOCK_FOR}; a success resets the count.
 */
public record Account(long id, String username, String displayName, String unitCode, Set<Role> roles,
                      boolean enabled, int failedAttempts, Instant lockedUntil) {

    public static final int MAX_FAILURES = 5;
    public static final Duration LOCK_FOR = Duration.ofMinutes(15);

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The state after one more wrong password at {@code now}. */
    public Account afterFailedLogin(Instant now) {
        int failures = lockedAt(now) ? failedAttempts : failedAttempts + 1;
        Instant until = lockedUntil;
        if (!lockedAt(now) && failures >= MAX_FAILURES) {
            until = now.plus(LOCK_FOR);
            failures = 0;
        }
        return new Account(id, username, displayName, unitCode, roles, enabled, failures, until);
    }

    public Account afterSuccessfulLogin() {
        return new Account(id, username, displayName, unitCode, roles, enabled, 0, null);
    }
}
