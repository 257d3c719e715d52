package io.fairdraw.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Plan deadlines for dashboards (兵自然资发〔2020〕47号 三(三): 每年3月底前制定年度抽查工作计划). */
public interface PlanOverview {

    LocalDate dueDate(int year);

    /** The status of a unit's plan of that year, if it has one. */
    Optional<PlanStatus> status(String unitCode, int year);

    /** Division bureaus and departments whose plan of that year was not submitted by the due date (as of today). */
    List<String> lateOrMissing(int year, LocalDate today);

    /**
     * A unit's plan of a year as statistics see it: {@code submittedOn} is the (last) submission
     * date in Asia/Shanghai or null, {@code tasks} the number of tasks in the plan.
     */
    record PlanFact(String unitCode, int year, PlanStatus status, LocalDate submittedOn, int tasks) {
    }

    /** Every unit's plan of that year. Not scoped: callers filter by their reader's scope. */
    List<PlanFact> plansOf(int year);

    /** A joint-task invitation waiting for the partner unit's answer (联合抽查). */
    record Invitation(long taskId, String taskName, String leadUnit, int year, String partnerUnit,
                      LocalDate invitedOn) {
    }

    /** Every invitation still waiting for an answer. Not scoped. */
    List<Invitation> pendingInvitations();
}
