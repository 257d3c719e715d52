package io.fairdraw.catalog;

/** 抽查方式; an item allows one or several. Labels: {@code catalog.method.<NAME>}. */
public enum InspectionMethod {
    /** 书面检查. */
    WRITTEN,
    /** 实地核查. */
    ON_SITE,
    /** 网络监测. */
    ONLINE,
    /** 专业机构核查. */
    EXPERT
}
