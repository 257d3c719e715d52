package io.fairdraw.draw.protocol;

/**
 * The rules left fewer eligible inspectors than needed for an entity (FD-DRAW-1 §2b: "the draw
 * fails as a whole with an error naming the entity and the rule that ran out"; §3 likewise for a
 * substitute). There is no silent relaxation: the planner changes a published parameter and
 * announces a new draw.
 *
 * <p>Message: {@code code: entity "USCC" rule RULE (available A, needed N)}, code-like for the UI.
 */
public class DrawFailure extends RuntimeException {

    /** Code of a failed §2b assignment. */
    public static final String ASSIGNMENT_EXHAUSTED = "assignment.exhausted";
    /** Code of a failed §3 substitution. */
    public static final String SUBSTITUTION_EXHAUSTED = "substitution.exhausted";

    private final String code;
    private final String uscc;
    private final EligibilityRule rule;
    private final int available;
    private final int needed;

    public DrawFailure(String code, String uscc, EligibilityRule rule, int available, int needed) {
        super(code + ": entity " + ProtocolException.quote(uscc) + " rule " + rule.id()
                + " (available " + available + ", needed " + needed + ")");
        this.code = code;
        this.uscc = uscc;
        this.rule = rule;
        this.available = available;
        this.needed = needed;
    }

    public String code() {
        return code;
    }

    /** The entity that could not be staffed. */
    public String uscc() {
        return uscc;
    }

    /** The first rule after which fewer than {@link #needed()} inspectors remained. */
    public EligibilityRule rule() {
        return rule;
    }

    /** Inspectors still eligible after {@link #rule()} was applied. */
    public int available() {
        return available;
    }

    public int needed() {
        return needed;
    }
}
