package io.fairdraw.draw.protocol;

/**
 * The rules of FD-DRAW-1 §2b/§3 an inspector must pass, in the order they are applied. A
 * {@link DrawFailure} names the first rule after which too few inspectors remain.
 */
public enum EligibilityRule {
    /** Not enough inspectors on the roster at all (for a substitution: outside the team). */
    ROSTER("roster"),
    /** Rule 1: {@code (i, e)} is a declared conflict pair (回避). */
    CONFLICT("conflict"),
    /** Rule 2: {@code load(i) < cap}. Never applies to a substitution (§3). */
    CAP("cap"),
    /** Rule 3: with {@code cross_org=1}, the inspector's org differs from the entity's (所所交叉). */
    CROSS_ORG("cross_org");

    private final String id;

    EligibilityRule(String id) {
        this.id = id;
    }

    /** Stable id used in messages and message keys. */
    public String id() {
        return id;
    }
}
