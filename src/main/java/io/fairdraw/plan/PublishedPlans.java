package io.fairdraw.plan;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Published annual plans and their tasks, for the public portal (兵自然资发〔2020〕47号: 年度抽查工作计划
 * 向社会公开). Only plans in status PUBLISHED; nothing of the review (reasons, reviewers) is exposed.
 */
public interface PublishedPlans {

    /** {@code kind} and {@code coverageReason} (why approved below a floor, null if none): issue 19 items 7 and 1. */
    record PlanSummary(long planId, String unitCode, int year, String title, Instant publishedAt, PlanKind kind,
                       String coverageReason) {
    }

    /** Published plans, newest year first; {@code year} null for every year. */
    List<PlanSummary> published(Integer year);

    Optional<PlanSummary> publishedPlan(long planId);

    /**
     * Issue 19 item 7, every public page shows a task's type: the message key (task.type.RANDOM,
     * TARGETED or SPECIAL) per task id, in one query for a page's list.
     */
    java.util.Map<Long, String> taskTypeKeys(java.util.Collection<Long> taskIds);

    /**
     * Issue 20 item 1, the portal names every department of a joint task: per task id, the names of
     * the lead unit and then of its confirmed partners (one query for a page's list).
     */
    java.util.Map<Long, List<String>> departments(java.util.Collection<Long> taskIds);

    /** The tasks (task announcements) of a published plan; empty when the plan is not published. */
    List<TaskView> publishedTasks(long planId);
}
