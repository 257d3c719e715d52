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
    DIVISION;

    /** The bureau and its own offices read the data of the units below the bureau (DESIGN.md §2). */
    public boolean isBureauOffice() {
        return this != DIVISION;
    }
}
