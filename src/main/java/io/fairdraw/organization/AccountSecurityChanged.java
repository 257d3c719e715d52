package io.fairdraw.organization;

/**
 * An account's rights or credentials changed (disabled, roles, unit, password): its security stamp
 * was raised in the same transaction. Listeners end the account's sessions (issue 18 §4).
 */
public record AccountSecurityChanged(long accountId, String username, String reason) {
}
