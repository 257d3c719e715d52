package io.fairdraw.plan.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.plan.PlanStatus;
import io.fairdraw.plan.TaskDrawLog;
import io.fairdraw.plan.TaskParameterChange;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 17 item 4: a REVIEWER of the task's unit may change a published task's draw parameters
 * (team size, cap slack, 所所交叉) with a reason that is published beside the task and audited,
 * until the task has an executed draw. A FAILED draw is not executed: it does not fix them.
 */
@Service
public class TaskParameterService implements TaskDrawLog {

    /** What the REVIEWER types: the new values and the public reason. */
    public record ParameterForm(Integer teamSize, Integer capSlack, Boolean crossOrg, String reason) {
    }

    private final TaskRepository tasks;
    private final PlanService plans;
    private final TaskService taskService;
    private final TaskParameterRepository changes;
    private final CrossOffice crossOffice;
    private final AuditLog audit;
    private final Clock clock;

    TaskParameterService(TaskRepository tasks, PlanService plans, TaskService taskService,
                         TaskParameterRepository changes, CrossOffice crossOffice, AuditLog audit, Clock clock) {
        this.tasks = tasks;
        this.plans = plans;
        this.taskService = taskService;
        this.changes = changes;
        this.crossOffice = crossOffice;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void change(long taskId, ParameterForm form, FairdrawUser by) {
        Task t = tasks.find(taskId).orElseThrow(() -> new OutOfScopeException("task:" + taskId, false));
        AnnualPlan plan = plans.locked(t.planId());
        plan.requireReviewer(by);
        if (plan.status() != PlanStatus.PUBLISHED) {
            throw new PlanRuleException("task.params.not_published");
        }
        Optional<String> drawn = changes.executedDrawLocked(taskId);
        if (drawn.isPresent()) {
            throw new PlanRuleException("task.params.drawn", drawn.get());
        }
        List<UserError> errors = new ArrayList<>();
        if (form.teamSize() == null || form.teamSize() < 2) {
            errors.add(new UserError("teamSize", "task.team.too_small"));
        } else if (form.teamSize() > 20) {
            errors.add(new UserError("teamSize", "task.team.too_large"));
        }
        if (form.capSlack() == null || form.capSlack() < 0 || form.capSlack() > 100) {
            errors.add(new UserError("capSlack", "task.cap_slack.invalid"));
        }
        if (form.reason() == null || form.reason().isBlank()) {
            errors.add(new UserError("reason", "task.params.reason_required"));
        } else if (form.reason().length() > 500) {
            errors.add(new UserError("reason", "task.params.reason_too_long"));
        }
        boolean crossOrg = Boolean.TRUE.equals(form.crossOrg());
        if (crossOrg) {
            crossOffice.refusal(plan.unitCode(), taskService.confirmedPartners(taskId), plans.today())
                    .ifPresent(errors::add);
        }
        if (errors.isEmpty() && form.teamSize() == t.team().size() && form.capSlack() == t.team().capSlack()
                && crossOrg == t.team().crossOrg()) {
            errors.add(new UserError(null, "task.params.unchanged"));
        }
        if (!errors.isEmpty()) {
            throw new TaskService.InvalidTask(errors);
        }
        TaskParameterChange c = new TaskParameterChange(taskId, Instant.now(clock), by.username(), form.reason().trim(),
                t.team().size(), form.teamSize(), t.team().capSlack(), form.capSlack(), t.team().crossOrg(), crossOrg);
        changes.apply(taskId, c.teamSizeAfter(), c.capSlackAfter(), c.crossOrgAfter());
        changes.insert(c);
        audit.record(AuditEvent.of("TASK_PARAMETERS_CHANGED", "task", String.valueOf(taskId),
                t.code() + " team " + c.teamSizeBefore() + "->" + c.teamSizeAfter() + ", capSlack "
                        + c.capSlackBefore() + "->" + c.capSlackAfter() + ", crossOrg " + c.crossOrgBefore() + "->"
                        + c.crossOrgAfter() + ": " + c.reason()));
    }

    /** The changes of a task the current actor may read. */
    @Transactional(readOnly = true)
    public List<TaskParameterChange> changes(long taskId) {
        taskService.task(taskId);
        return changes.forTask(taskId);
    }

    /** The changes of a task of a published plan, for the public portal (empty otherwise). */
    @Transactional(readOnly = true)
    public List<TaskParameterChange> publishedChanges(long taskId) {
        return tasks.find(taskId).flatMap(t -> plans.publishedPlanOf(t.planId()))
                .map(p -> changes.forTask(taskId)).orElse(List.of());
    }

    @Transactional(readOnly = true)
    public Optional<String> executedDraw(long taskId) {
        return changes.executedDraw(taskId);
    }

    @Override
    @Transactional
    public void drawExecuted(long taskId, String drawId) {
        if (changes.markExecuted(taskId, drawId)) {
            // Issue 19 item 6: a task cancelled by a reviewed plan amendment is not drawn; the draw's
            // transaction rolls back and its announcement stays unexecuted.
            throw new PlanRuleException("plan.amendment.task_cancelled",
                    tasks.find(taskId).map(Task::code).orElse(String.valueOf(taskId)));
        }
    }
}
