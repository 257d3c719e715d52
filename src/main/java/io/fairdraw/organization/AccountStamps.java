package io.fairdraw.organization;

import java.util.OptionalLong;

/**
 * The per-request check of a signed-in session (issue 18 §4): the account's current security
 * stamp, one primary-key lookup.
 */
public interface AccountStamps {

    /** The account's security stamp while it is enabled; empty when it is disabled or gone. */
    OptionalLong stampWhileEnabled(long accountId);
}
