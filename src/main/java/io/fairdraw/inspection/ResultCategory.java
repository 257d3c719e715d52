package io.fairdraw.inspection;

/**
 * 检查结果 — the standard result categories of DESIGN.md §1 (national practice for 双随机抽查).
 * Labels: message keys {@code inspection.category.<NAME>}. The flags are what other modules act
 * on: {@link #problem()} counts toward the problem rate (report), {@link #violation()} creates a
 * credit record (一处违规、处处受限), {@link #entityLevel()} applies to every item of a visit at once.
 */
public enum ResultCategory {
    /** 未发现问题 */
    NO_PROBLEM(false, false, false),
    /** 发现问题已责令改正 */
    CORRECTED(true, true, false),
    /** 发现问题待后续处理 */
    PENDING_FOLLOW_UP(true, true, false),
    /** 未按规定公示应当公示的信息 */
    NOT_DISCLOSED(true, true, false),
    /** 公示信息隐瞒真实情况、弄虚作假 */
    FALSE_DISCLOSURE(true, true, false),
    /** 不予配合检查情节严重 */
    OBSTRUCTION(true, true, true),
    /** 未发现开展本次抽查涉及的经营活动 */
    NO_ACTIVITY(false, false, true),
    /** 通过登记的住所（经营场所）无法联系 */
    UNREACHABLE(true, true, true),
    /** 已注销、被吊销或被撤销 */
    DEREGISTERED(false, false, true),
    // 后续处置的最终结果 (issue 19 item 4): only a follow-up's correction of the first result carries them.
    /** 发现问题，已整改 */
    RECTIFIED(true, true, false),
    /** 发现问题，逾期未整改 */
    NOT_RECTIFIED(true, true, false),
    /** 发现问题，已移送处理 */
    TRANSFERRED(true, true, false),
    /** 发现问题，已抄告相关部门 */
    NOTIFIED(true, true, false);

    private final boolean problem;
    private final boolean violation;
    private final boolean entityLevel;

    ResultCategory(boolean problem, boolean violation, boolean entityLevel) {
        this.problem = problem;
        this.violation = violation;
        this.entityLevel = entityLevel;
    }

    public boolean problem() {
        return problem;
    }

    public boolean violation() {
        return violation;
    }

    public boolean entityLevel() {
        return entityLevel;
    }

    /** A follow-up's final outcome: never chosen in a first record, only in its follow-up's correction. */
    public boolean followUpOutcome() {
        return this == RECTIFIED || this == NOT_RECTIFIED || this == TRANSFERRED || this == NOTIFIED;
    }

    public String messageKey() {
        return "inspection.category." + name();
    }
}
