package io.fairdraw.plan;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 计划调整 (issue 19 item 6) as other modules and the portal see it: a published plan's versions
 * (version 1 as first published, then each approved amendment with its date, reason and change),
 * its cancelled tasks, and the cancellations of drawn tasks that 抽取监督 counts.
 */
public interface PlanAmendments {

    /**
     * One version of a published plan. For version 1 only {@code date} is set. {@code kind} is
     * ADD_TASK, CANCEL_TASK or CHANGE_PERIOD; the periods are set for a period change;
     * {@code executedDrawId} for the cancellation of a task that had an executed draw.
     */
    record Version(int number, LocalDate date, String kind, String taskCode, String taskName, String reason,
                   LocalDate beforeStart, LocalDate beforeEnd, LocalDate afterStart, LocalDate afterEnd,
                   String executedDrawId) {
    }

    /** The versions of a published plan, oldest first; empty when the plan is not published. */
    List<Version> publishedVersions(long planId);

    /** The tasks of the plan cancelled by an approved amendment. */
    Set<Long> cancelledTasks(long planId);

    /**
     * Approved cancellations of tasks that had an executed draw, keyed {@code "unit/year"} of the
     * plan; {@code unitCodes} null for every unit, {@code year} null for every year.
     */
    Map<String, Long> cancelledAfterDraw(Collection<String> unitCodes, Integer year);
}
