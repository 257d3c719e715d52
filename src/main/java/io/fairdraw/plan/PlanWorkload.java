package io.fairdraw.plan;

import java.time.LocalDate;
import java.util.List;

/**
 * What a unit has to do with its plans, for the 工作台 (issue 21 item 1): its drafts (returned ones with the
 * reviewer's reason), its plans waiting for review, and the tasks of its approved plans that have no executed
 * draw yet. Only the unit's own plans: these are the ones its PLANNER and REVIEWER may act on (DESIGN.md §2).
 */
public interface PlanWorkload {

    /** {@code returnReason} is non-null for a draft a REVIEWER returned (退回). */
    record PlanItem(long planId, int year, String title, PlanStatus status, String returnReason) {
        public boolean returned() {
            return status == PlanStatus.DRAFT && returnReason != null && !returnReason.isBlank();
        }
    }

    /** {@code unitCode}: the plan's (lead) unit. */
    record TaskItem(long taskId, int year, String code, String name, LocalDate periodStart, LocalDate periodEnd,
                    String unitCode) {
    }

    /** The unit's plans in DRAFT or SUBMITTED, newest year first. */
    List<PlanItem> openPlans(String unitCode);

    /** These tasks by id, whatever their plan's status (a list page's task columns: one query, not one per row). */
    java.util.Map<Long, TaskItem> tasks(java.util.Collection<Long> taskIds);

    /** Tasks of the unit's approved or published plans, not cancelled, without an executed draw; soonest end first. */
    List<TaskItem> tasksToDraw(String unitCode);
}
