package io.fairdraw.plan.domain;

import io.fairdraw.shared.ConflictError;

/** A transition or edit the plan's state does not allow (shown as 409 with the reason). */
public class PlanRuleException extends ConflictError {

    public PlanRuleException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
