package io.fairdraw.plan.domain;

import io.fairdraw.shared.UserError;

/**
 * Separation of duties (DESIGN.md §2): the account that submitted a plan may not approve it,
 * whatever roles it holds. 403 with the message key; nothing changes.
 */
public class SelfApprovalException extends UserError {

    public SelfApprovalException(String messageKey, Object... args) {
        super(null, messageKey, args);
    }
}
