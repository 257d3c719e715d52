package io.fairdraw.inspection;

/**
 * 后续处置 — the follow-up options of DESIGN.md §1, required where a problem was found.
 * Labels: message keys {@code inspection.disposal.<NAME>}.
 */
public enum Disposal {
    /** 无需后续处置 */
    NONE,
    /** 责令改正，由日常监管部门跟踪 */
    RECTIFY_TRACKED,
    /** 发现案件线索，移送办案机构 */
    CASE_TRANSFER,
    /** 违反其他部门规定，抄告相关部门 */
    NOTIFY_OTHER_DEPARTMENT,
    /** 停止检查，反馈日常监管部门 */
    STOP_INSPECTION;

    public String messageKey() {
        return "inspection.disposal." + name();
    }
}
