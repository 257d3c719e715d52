package io.fairdraw.plan;

/**
 * 年度计划 (ANNUAL, one per unit and year) or 专项 (SPECIAL: a campaign outside the annual plan,
 * still reviewed and published; issue 19 item 7). Labels: {@code plan.kind.<NAME>}.
 */
public enum PlanKind {
    ANNUAL, SPECIAL
}
