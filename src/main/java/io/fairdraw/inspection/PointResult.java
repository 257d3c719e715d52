package io.fairdraw.inspection;

/**
 * The answer to one point of the 检查表 (issue 19 item 3): the same three options for every point
 * of every item, so results compare across units (口径一致). Labels {@code inspection.point.<NAME>}.
 */
public enum PointResult {
    /** 符合 */
    COMPLIANT,
    /** 不符合: needs a finding and evidence */
    NONCOMPLIANT,
    /** 不涉及 */
    NOT_APPLICABLE;

    public String messageKey() {
        return "inspection.point." + name();
    }
}
