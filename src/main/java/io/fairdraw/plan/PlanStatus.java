package io.fairdraw.plan;

/** 草稿 → 已提交 → 已审核 → 已公示; 退回 goes back to 草稿 with the reviewer's reason. Labels: {@code plan.status.<NAME>}. */
public enum PlanStatus {
    DRAFT, SUBMITTED, APPROVED, PUBLISHED
}
