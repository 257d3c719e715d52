package io.fairdraw.plan.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.plan.PlanAmended;
import io.fairdraw.plan.PlanAmendments;
import io.fairdraw.plan.PlanStatus;
import io.fairdraw.plan.TaskPeriod;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * 计划调整 (issue 19 item 6): the PLANNER of a published plan's unit proposes adding a task,
 * cancelling one or changing its period, with a reason; a REVIEWER of the unit who did not propose
 * it approves (applied and published as the plan's next version) or returns it. A drawn task keeps
 * its frame: the frame is frozen in the draw at announcement (FD-DRAW-1) and nothing here touches
 * draws. Every step is audited in its own transaction.
 */
@Service
public class PlanAmendmentService implements PlanAmendments {

    /** What the planner sends: the kind, the task named (cancel, period) or the new task's form (add). */
    public record AmendmentForm(String kind, Long taskId, LocalDate periodStart, LocalDate periodEnd, String reason,
                                TaskForm task) {
    }

    private final PlanService plans;
    private final TaskService taskService;
    private final TaskRepository tasks;
    private final TaskParameterRepository drawFlags;
    private final PlanAmendmentRepository amendments;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Clock clock;

    PlanAmendmentService(PlanService plans, TaskService taskService, TaskRepository tasks,
                         TaskParameterRepository drawFlags, PlanAmendmentRepository amendments, AuditLog audit,
                         ApplicationEventPublisher events, JsonMapper json, Clock clock) {
        this.plans = plans;
        this.taskService = taskService;
        this.tasks = tasks;
        this.drawFlags = drawFlags;
        this.amendments = amendments;
        this.audit = audit;
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Transactional
    public long propose(long planId, AmendmentForm form, FairdrawUser by) {
        AnnualPlan plan = plans.locked(planId);
        plan.requirePlanner(by);
        if (plan.status() != PlanStatus.PUBLISHED) {
            throw new PlanRuleException("plan.amendment.not_published");
        }
        List<UserError> errors = new ArrayList<>();
        String reason = form.reason() == null ? null : form.reason().trim();
        if (reason == null || reason.isEmpty()) {
            errors.add(new UserError("reason", "plan.amendment.reason_required"));
        } else if (reason.length() > 500) {
            errors.add(new UserError("reason", "plan.amendment.reason_too_long"));
        }
        PlanAmendment.Kind kind = kind(form.kind());
        Task task = null;
        String taskForm = null;
        if (kind == null) {
            errors.add(new UserError("kind", "plan.amendment.kind_required"));
        } else if (kind == PlanAmendment.Kind.ADD_TASK) {
            TaskForm t = form.task() == null ? TaskForm.empty() : form.task();
            try {
                taskService.validateNew(t, plan);
            } catch (TaskService.InvalidTask e) {
                errors.addAll(e.errors());
            }
            taskForm = json.writeValueAsString(t);
        } else {
            task = form.taskId() == null ? null : tasks.find(form.taskId()).filter(x -> x.planId() == planId)
                    .orElse(null);
            if (task == null) {
                errors.add(new UserError("taskId", "plan.amendment.task_required"));
            } else if (tasks.cancelled(task.id())) {
                errors.add(new UserError("taskId", "plan.amendment.task_cancelled", task.code()));
            } else if (amendments.pendingFor(task.id())) {
                throw new PlanRuleException("plan.amendment.pending", task.code());
            }
            if (kind == PlanAmendment.Kind.CHANGE_PERIOD) {
                periodErrors(form, task, errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new TaskService.InvalidTask(errors);
        }
        boolean period = kind == PlanAmendment.Kind.CHANGE_PERIOD;
        PlanAmendment a = PlanAmendment.proposed(planId, kind,
                task == null ? PlanAmendment.TaskRef.NONE : new PlanAmendment.TaskRef(task.id(), task.code(), task.name()),
                new PlanAmendment.Request(taskForm, period ? new TaskPeriod(form.periodStart(), form.periodEnd()) : null,
                        reason),
                new PlanAmendment.Proposal(by.username(), Instant.now(clock)));
        long id = amendments.insert(a);
        audit.record(AuditEvent.of("PLAN_AMENDMENT_PROPOSED", "plan", String.valueOf(planId),
                "#" + id + " " + kind + (task == null ? "" : " " + task.code()) + ": " + reason));
        return id;
    }

    /** Approves, applies and publishes the amendment as the plan's next version. */
    @Transactional
    public void approve(long planId, long amendmentId, FairdrawUser by) {
        AnnualPlan plan = plans.locked(planId);
        plan.requireReviewer(by);
        PlanAmendment a = proposed(planId, amendmentId);
        a.approve(by, Instant.now(clock), amendments.lastVersion(planId) + 1);
        long taskId = switch (a.kind()) {
            case ADD_TASK -> addTask(plan, a);
            case CANCEL_TASK -> cancelTask(a);
            case CHANGE_PERIOD -> changePeriod(a);
        };
        amendments.save(a);
        audit.record(AuditEvent.of("PLAN_AMENDMENT_APPROVED", "plan", String.valueOf(planId), "#" + a.id() + " v"
                + a.version() + " " + a.kind() + " " + a.taskCode() + describe(a) + ": " + a.reason()));
        events.publishEvent(new PlanAmended(planId, plan.unitCode(), plan.year(), a.version(), a.kind().name(), taskId));
    }

    @Transactional
    public void returnToPlanner(long planId, long amendmentId, String reason, FairdrawUser by) {
        AnnualPlan plan = plans.locked(planId);
        plan.requireReviewer(by);
        PlanAmendment a = proposed(planId, amendmentId);
        a.returnToPlanner(by, Instant.now(clock), reason);
        amendments.save(a);
        audit.record(AuditEvent.of("PLAN_AMENDMENT_RETURNED", "plan", String.valueOf(planId),
                "#" + a.id() + " " + a.kind() + ": " + a.returnReason()));
    }

    /** Every amendment of a plan the caller may read, oldest first (staff pages, the API). */
    @Transactional(readOnly = true)
    public List<PlanAmendment> amendments(long planId) {
        if (plans.readsAsPartnerOnly(plans.visible(planId))) {
            return List.of();   // issue 20 item 1: a partner reads its joint tasks, not the plan's amendments
        }
        return amendments.forPlan(planId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Version> publishedVersions(long planId) {
        return plans.publishedPlanOf(planId).map(p -> {
            List<Version> out = new ArrayList<>();
            out.add(new Version(1, BusinessClock.dateOf(p.publishedAt()), null, null, null, null,
                    null, null, null, null, null));
            amendments.forPlan(planId).stream().filter(a -> a.status() == PlanAmendment.Status.APPROVED)
                    .sorted(java.util.Comparator.comparing(PlanAmendment::version))
                    .forEach(a -> out.add(new Version(a.version(), a.decidedOn(), a.kind().name(), a.taskCode(),
                            a.taskName(), a.reason(), a.beforeStart(), a.beforeEnd(),
                            a.kind() == PlanAmendment.Kind.CANCEL_TASK ? null : a.periodStart(),
                            a.kind() == PlanAmendment.Kind.CANCEL_TASK ? null : a.periodEnd(), a.executedDrawId())));
            return out;
        }).orElse(List.of());
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Long> cancelledTasks(long planId) {
        return amendments.cancelledTasks(planId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Long> cancelledAfterDraw(Collection<String> unitCodes, Integer year) {
        return amendments.cancelledAfterDraw(unitCodes == null ? null : unitCodes.toArray(String[]::new), year);
    }

    private PlanAmendment proposed(long planId, long amendmentId) {
        return amendments.find(amendmentId).filter(x -> x.planId() == planId)
                .orElseThrow(() -> new OutOfScopeException("amendment:" + amendmentId, false));
    }

    /** The same scope and checks as the task form, again at approval (the catalog may have changed). */
    private long addTask(AnnualPlan plan, PlanAmendment a) {
        TaskForm form = json.readValue(a.taskForm(), TaskForm.class);
        taskService.validateNew(form, plan);
        String code = tasks.nextCode(plan.id());
        Task t = form.toTask(0, plan.id(), code);
        long id = tasks.insert(plan.id(), code, t);
        tasks.replaceItems(id, plan.unitCode(), t.itemVersionIds());
        a.applied(new PlanAmendment.TaskRef(id, code, t.name()), null, null);
        audit.record(AuditEvent.of("TASK_CREATED", "task", String.valueOf(id), code + " " + t.name()
                + " (plan amendment #" + a.id() + ")"));
        return id;
    }

    private long cancelTask(PlanAmendment a) {
        Task t = liveTask(a);
        // Issue 19 item 6: cancelling a task whose draw was executed is published and counted in 抽取监督.
        String drawn = drawFlags.executedDrawLocked(t.id()).orElse(null);
        amendments.cancel(t.id(), a.id());
        a.applied(new PlanAmendment.TaskRef(t.id(), t.code(), t.name()), t.period(), drawn);
        return t.id();
    }

    /** The period only: a drawn task keeps its frame, frozen in its draw (FD-DRAW-1), untouched here. */
    private long changePeriod(PlanAmendment a) {
        Task t = liveTask(a);
        amendments.changePeriod(t.id(), a.periodStart(), a.periodEnd());
        a.applied(new PlanAmendment.TaskRef(t.id(), t.code(), t.name()), t.period(), null);
        return t.id();
    }

    private Task liveTask(PlanAmendment a) {
        Task t = tasks.find(a.taskId()).orElseThrow(() -> new OutOfScopeException("task:" + a.taskId(), false));
        if (tasks.cancelled(t.id())) {
            throw new PlanRuleException("plan.amendment.task_cancelled", t.code());
        }
        return t;
    }

    private static void periodErrors(AmendmentForm form, Task task, List<UserError> errors) {
        if (form.periodStart() == null || form.periodEnd() == null) {
            errors.add(new UserError(form.periodStart() == null ? "periodStart" : "periodEnd", "task.period.required"));
        } else if (form.periodEnd().isBefore(form.periodStart())) {
            errors.add(new UserError("periodEnd", "task.period.reversed"));
        } else if (task != null && form.periodStart().equals(task.period().start())
                && form.periodEnd().equals(task.period().end())) {
            errors.add(new UserError("periodStart", "plan.amendment.period_unchanged"));
        }
    }

    private static String describe(PlanAmendment a) {
        return a.kind() == PlanAmendment.Kind.CHANGE_PERIOD ? " " + a.beforeStart() + "~" + a.beforeEnd() + " -> "
                + a.periodStart() + "~" + a.periodEnd() : a.executedDrawId() == null ? "" : " drawn " + a.executedDrawId();
    }

    private static PlanAmendment.Kind kind(String text) {
        if (text == null) {
            return null;
        }
        for (PlanAmendment.Kind k : PlanAmendment.Kind.values()) {
            if (k.name().equalsIgnoreCase(text.trim())) {
                return k;
            }
        }
        return null;
    }
}
