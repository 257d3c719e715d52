package io.fairdraw.plan.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tasks of a plan and their joint-task partners; edits only while the plan is a draft. */
@Service
public class TaskService {

    /** Raised with every problem of a task form at once. */
    public static class InvalidTask extends RuntimeException {
        private final transient List<UserError> errors;

        InvalidTask(List<UserError> errors) {
            super("invalid task");
            this.errors = errors;
        }

        public List<UserError> errors() {
            return errors;
        }
    }

    private final PlanService plans;
    private final TaskRepository tasks;
    private final PartnerRepository partners;
    private final ItemCatalog catalog;
    private final Organization organization;
    private final AuditLog audit;
    private final TaskScope scope;
    private final CrossOffice crossOffice;
    private final TaskTypes types;

    TaskService(PlanService plans, TaskRepository tasks, PartnerRepository partners, ItemCatalog catalog,
                Organization organization, AuditLog audit, TaskScope scope, CrossOffice crossOffice, TaskTypes types) {
        this.types = types;
        this.plans = plans;
        this.tasks = tasks;
        this.partners = partners;
        this.catalog = catalog;
        this.organization = organization;
        this.audit = audit;
        this.scope = scope;
        this.crossOffice = crossOffice;
    }

    @Transactional(readOnly = true)
    public List<Task> tasks(long planId) {
        AnnualPlan plan = plans.visible(planId);
        if (plans.readsAsPartnerOnly(plan)) {
            // DESIGN.md §2 / issue 20 item 1: a partner sees the joint tasks it takes part in, not the rest of the plan.
            return tasks.forPlan(planId).stream().filter(t -> takesPart(t.id())).toList();
        }
        return tasks.forPlan(planId);
    }

    @Transactional(readOnly = true)
    public Task task(long taskId) {
        Task t = tasks.find(taskId).orElseThrow(() -> new OutOfScopeException("task:" + taskId, false));
        AnnualPlan plan = plans.visible(t.planId());
        if (plans.readsAsPartnerOnly(plan) && !takesPart(taskId)) {
            throw new OutOfScopeException("task:" + taskId, false);
        }
        return t;
    }

    /** The current actor's unit is invited to or has confirmed this task (a declined partner has left it). */
    private boolean takesPart(long taskId) {
        return io.fairdraw.organization.FairdrawUser.current()
                .flatMap(u -> partners.find(taskId, u.unitCode()))
                .filter(p -> p.status() != Partner.Status.DECLINED).isPresent();
    }

    @Transactional
    public long create(long planId, TaskForm form, FairdrawUser by) {
        AnnualPlan plan = plans.locked(planId);
        plan.requireEditableBy(by);
        // A new task has no partner yet: only the plan's own unit (and, for the bureau, the divisions).
        requireInScope(form, plan, Set.of());
        check(form, plan, Set.of());
        String code = tasks.nextCode(planId);
        Task t = form.toTask(0, planId, code);
        long id = tasks.insert(planId, code, t);
        tasks.replaceItems(id, plan.unitCode(), t.itemVersionIds());
        types.save(id, TaskTypeRules.declared(form));
        audit.record(AuditEvent.of("TASK_CREATED", "task", String.valueOf(id), code + " " + t.name()
                + " " + TaskTypeRules.declared(form).type()));
        return id;
    }

    @Transactional
    public void update(long taskId, TaskForm form, FairdrawUser by) {
        Task before = task(taskId);
        AnnualPlan plan = plans.locked(before.planId());
        plan.requireEditableBy(by);
        Set<String> confirmed = confirmedPartners(taskId);
        requireInScope(form, plan, confirmed);
        check(form, plan, confirmed);
        Task t = form.toTask(taskId, before.planId(), before.code());
        tasks.update(t);
        tasks.replaceItems(taskId, plan.unitCode(), t.itemVersionIds());
        types.save(taskId, TaskTypeRules.declared(form));
        audit.record(AuditEvent.of("TASK_UPDATED", "task", String.valueOf(taskId), before.code() + " " + t.name()
                + " " + TaskTypeRules.declared(form).type()));
    }

    @Transactional
    public void delete(long taskId, FairdrawUser by) {
        Task t = task(taskId);
        plans.locked(t.planId()).requireEditableBy(by);
        tasks.delete(taskId);
        audit.record(AuditEvent.of("TASK_DELETED", "task", String.valueOf(taskId), t.code() + " " + t.name()));
    }

    /** 联合抽查: the lead unit's planner invites another unit (department or division bureau). */
    @Transactional
    public void invite(long taskId, String unitCode, FairdrawUser by) {
        Task t = task(taskId);
        AnnualPlan plan = plans.locked(t.planId());
        plan.requireEditableBy(by);
        if (organization.unit(unitCode).isEmpty()) {
            throw new UserError("partner", "task.partner.unknown", unitCode);
        }
        if (unitCode.equals(plan.unitCode())) {
            throw new UserError("partner", "task.partner.self");
        }
        if (!organization.unit(unitCode).get().active()) {
            throw new UserError("partner", "task.partner.inactive", unitCode);
        }
        partners.invite(taskId, unitCode, by.username());
        audit.record(AuditEvent.of("TASK_PARTNER_INVITED", "task", String.valueOf(taskId), unitCode));
    }

    /**
     * The invited unit's planner confirms or declines.
     *
     * @param confirm true to join, false to decline; null (no answer given) is refused after the caller is checked
     */
    @Transactional
    public void answer(long taskId, Boolean confirm, FairdrawUser by) {
        if (!by.has(Role.PLANNER)) {
            throw new org.springframework.security.access.AccessDeniedException("PLANNER only");
        }
        Partner p = partners.find(taskId, by.unitCode())
                .orElseThrow(() -> new OutOfScopeException("task:" + taskId, false));
        if (p.status() != Partner.Status.INVITED) {
            throw new ConflictError("task.partner.already_answered");
        }
        if (confirm == null) {
            throw new UserError("confirm", "task.partner.answer_missing");
        }
        // A confirmation widens the task's scope (the partner's entities, items and inspectors):
        // only while the lead's plan is a draft, so nothing reviewed or published changes under it.
        Task t = tasks.find(taskId).orElseThrow(() -> new OutOfScopeException("task:" + taskId, false));
        requireDraft(plans.lockedForPartner(t.planId()));
        partners.answer(taskId, by.unitCode(), confirm ? Partner.Status.CONFIRMED : Partner.Status.DECLINED,
                by.username());
        audit.record(AuditEvent.of(confirm ? "TASK_PARTNER_CONFIRMED" : "TASK_PARTNER_DECLINED", "task",
                String.valueOf(taskId), by.unitCode()));
    }

    /** A confirmed partner adds its own catalog items to the joint task while the plan is a draft. */
    @Transactional
    public void contributeItems(long taskId, List<Long> versionIds, FairdrawUser by) {
        Task t = tasks.find(taskId).orElseThrow(() -> new OutOfScopeException("task:" + taskId, false));
        Optional<Partner> p = partners.find(taskId, by.unitCode());
        if (p.isEmpty() || p.get().status() != Partner.Status.CONFIRMED || !by.has(Role.PLANNER)) {
            throw new OutOfScopeException(by.unitCode(), true);
        }
        AnnualPlan plan = plans.lockedForPartner(t.planId());
        requireDraft(plan);
        // Issue 17 item 1: a partner contributes items of its own unit, the bureau or another confirmed partner.
        List<UserError> outside = scope.itemViolations(versionIds, plan.unitCode(), confirmedPartners(taskId), catalog);
        if (!outside.isEmpty()) {
            throw new TaskOutOfScope(by.unitCode(), outside);
        }
        List<UserError> errors = TaskValidator.validateItems(versionIds, catalog);
        if (!errors.isEmpty()) {
            throw new InvalidTask(errors);
        }
        tasks.replaceItems(taskId, by.unitCode(), versionIds);
        audit.record(AuditEvent.of("TASK_ITEMS_CONTRIBUTED", "task", String.valueOf(taskId),
                by.unitCode() + " " + versionIds));
    }

    /**
     * A new task's form for this plan: its period in the plan's year and, as the default ratio,
     * the highest of the allowed items' published ratios (the new-task page and a proposed task of
     * 计划调整 start from the same).
     */
    @Transactional(readOnly = true)
    public TaskForm blankForm(AnnualPlan plan) {
        int percent = allowedItems(plan, null).stream().mapToInt(ItemCatalog.ItemRef::defaultRatioPercent).max()
                .orElse(3);
        return TaskForm.blank(List.of(), java.time.LocalDate.of(plan.year(), 4, 1),
                java.time.LocalDate.of(plan.year(), 11, 30), plan.unitCode(), percent);
    }

    /** What the task form offers for a task of that plan ({@code taskId} null for a new one). */
    @Transactional(readOnly = true)
    public Set<String> allowedUnits(AnnualPlan plan, Long taskId) {
        return scope.allowedUnits(plan.unitCode(), taskId == null ? Set.of() : confirmedPartners(taskId));
    }

    @Transactional(readOnly = true)
    public List<ItemCatalog.ItemRef> allowedItems(AnnualPlan plan, Long taskId) {
        return catalog.current(scope.allowedItemUnits(plan.unitCode(), taskId == null ? Set.of()
                : confirmedPartners(taskId)));
    }

    /** The org codes of the roster a draw of that task would use today (所所交叉 needs two or more). */
    @Transactional(readOnly = true)
    public Set<String> rosterOrgs(AnnualPlan plan, Long taskId) {
        return crossOffice.orgs(plan.unitCode(), taskId == null ? Set.of() : confirmedPartners(taskId), plans.today());
    }

    @Transactional(readOnly = true)
    public List<Partner> partners(long taskId) {
        return partners.forTask(taskId);
    }

    @Transactional(readOnly = true)
    public List<Long> pendingInvitations(String unitCode) {
        return partners.pendingFor(unitCode);
    }

    @Transactional(readOnly = true)
    public java.util.Map<Long, String> itemContributors(long taskId) {
        return tasks.itemContributors(taskId);
    }

    /** Issue 19 item 6: a task added by a plan amendment passes the task form's own scope and checks. */
    void validateNew(TaskForm form, AnnualPlan plan) {
        requireInScope(form, plan, Set.of());
        check(form, plan, Set.of());
    }

    /** The plan's unit, bureau and confirmed partners bound what a task names (TaskScope). */
    private void requireInScope(TaskForm form, AnnualPlan plan, Set<String> confirmed) {
        List<UserError> outside = scope.violations(form, plan.unitCode(), confirmed, catalog);
        if (!outside.isEmpty()) {
            throw new TaskOutOfScope(plan.unitCode(), outside);
        }
    }

    private void check(TaskForm form, AnnualPlan plan, Set<String> confirmed) {
        List<UserError> errors = new java.util.ArrayList<>(TaskValidator.validate(form, catalog));
        if (Boolean.TRUE.equals(form.crossOrg())) {
            crossOffice.refusal(plan.unitCode(), confirmed, plans.today()).ifPresent(errors::add);
        }
        if (!errors.isEmpty()) {
            throw new InvalidTask(errors);
        }
    }

    Set<String> confirmedPartners(long taskId) {
        Set<String> out = new java.util.LinkedHashSet<>();
        partners.forTask(taskId).stream().filter(x -> x.status() == Partner.Status.CONFIRMED)
                .forEach(x -> out.add(x.unitCode()));
        return out;
    }

    private static void requireDraft(AnnualPlan plan) {
        if (plan.status() != io.fairdraw.plan.PlanStatus.DRAFT) {
            throw new ConflictError("plan.transition.wrong_state",
                    new org.springframework.context.support.DefaultMessageSourceResolvable("plan.transition.edit"),
                    new org.springframework.context.support.DefaultMessageSourceResolvable("plan.status." + plan.status()));
        }
    }
}
