package io.fairdraw.organization;

/** Kinds of unit; labels: {@code unit.kind.<NAME>}. */
public enum UnitKind {
    /** 兵团自然资源局 (局机关). */
    BUREAU,
    /** 兵团基础数据中心: runs the system. */
    DATA_CENTER,
    /** 业务处室 of the bureau. */
    DEPARTMENT,
    /** 师市自然资源和规划局. */
    DIVISION,
    /**
     * 协作部门: a department outside the bureau (e.g. 师市市场监督管理局, 生态环境局) that takes part
     * in joint tasks (联合抽查, 国发〔2019〕5号). Outside the bureau's tree; reads its own unit and the
     * joint tasks it joins, nothing else (issue 20 item 1).
     */
    PARTNER_DEPARTMENT;

    /** The bureau and its own offices read the data of the units below the bureau (DESIGN.md §2). */
    public boolean isBureauOffice() {
        return this != DIVISION && this != PARTNER_DEPARTMENT;
    }

    /** A department outside the bureau: no parent unit, no plans of its own, only joint tasks. */
    public boolean isOutside() {
        return this == PARTNER_DEPARTMENT;
    }
}
