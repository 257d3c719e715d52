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

    record TaskItem(long taskId, int year, String code, String name, LocalDate periodStart, LocalDate periodEnd) {
    }

    /** The unit's plans in DRAFT or SUBMITTED, newest year first. */
    List<PlanItem> openPlans(String unitCode);

    /** Tasks of the unit's approved or published plans, not cancelled, without an executed draw; soonest end first. */
    List<TaskItem> tasksToDraw(String unitCode);
}
