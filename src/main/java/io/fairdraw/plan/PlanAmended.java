package io.fairdraw.plan;

/**
 * Published when an approved 计划调整 (issue 19 item 6) has been applied: the plan's new version is
 * public. {@code kind} is ADD_TASK, CANCEL_TASK or CHANGE_PERIOD.
 */
public record PlanAmended(long planId, String unitCode, int year, int version, String kind, long taskId) {
}
