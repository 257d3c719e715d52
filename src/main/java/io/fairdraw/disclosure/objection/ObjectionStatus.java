package io.fairdraw.disclosure.objection;

/** An objection waits for its answer (OPEN) or was answered: 异议成立 (UPHELD) or 不成立 (REJECTED). */
public enum ObjectionStatus {
    OPEN, UPHELD, REJECTED;

    public String messageKey() {
        return "objection.status." + name();
    }
}
