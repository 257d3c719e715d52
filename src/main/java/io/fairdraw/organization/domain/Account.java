package io.fairdraw.organization.domain;

import io.fairdraw.organization.Role;
import java.time.Instant;
import java.util.Set;

/**
 * An account. {@code failedAttempts} and {@code lockedUntil} are kept from the time accounts were
 * locked after wrong passwords; issue 18 §6 replaced that lock (an attacker could keep a named
 * account locked) with system/security's LoginThrottle, by IP and by account and IP.
 */
public record Account(long id, String username, String displayName, String unitCode, Set<Role> roles,
                      boolean enabled, int failedAttempts, Instant lockedUntil) {
}
