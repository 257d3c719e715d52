package io.fairdraw.plan.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scopes;
import io.fairdraw.plan.PlanEvents;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Annual plans: creation and the reviewed, audited transitions of the aggregate. */
@Service
public class PlanService implements io.fairdraw.plan.PlanOverview {

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Scopes scopes;
    private final Clock clock;
    private final io.fairdraw.organization.Organization organization;
    private final PlanCoverage coverage;

    PlanService(PlanRepository plans, TaskRepository tasks, AuditLog audit, ApplicationEventPublisher events,
                Scopes scopes, Clock clock, io.fairdraw.organization.Organization organization, PlanCoverage coverage) {
        this.coverage = coverage;
        this.organization = organization;
        this.plans = plans;
        this.tasks = tasks;
        this.audit = audit;
        this.events = events;
        this.scopes = scopes;
        this.clock = clock;
    }

    @Transactional
    public long create(FairdrawUser by, int year, String title) {
        return create(by, year, title, io.fairdraw.plan.PlanKind.ANNUAL);
    }

    /** Issue 19 item 7: a 专项 plan (SPECIAL) is outside the annual plan; a unit may have several a year. */
    @Transactional
    public long create(FairdrawUser by, int year, String title, io.fairdraw.plan.PlanKind kind) {
        if (!by.has(Role.PLANNER)) {
            throw new org.springframework.security.access.AccessDeniedException("PLANNER only");
        }
        if (year < 2000 || year > 2100) {
            throw new UserError("year", "plan.year.invalid");
        }
        if (title == null || title.isBlank() || title.length() > 200) {
            throw new UserError("title", "plan.title.required");
        }
        if (kind == null) {
            throw new UserError("kind", "plan.kind.invalid");
        }
        // Issue 20 item 1: a 协作部门 only joins the joint tasks a bureau unit invites it to.
        if (by.unitKind() != null && by.unitKind().isOutside()) {
            throw new UserError("year", "plan.partner_department.no_plan");
        }
        // 一个单位每年一份年度抽查计划.
        if (kind == io.fairdraw.plan.PlanKind.ANNUAL && plans.exists(by.unitCode(), year)) {
            throw new UserError("year", "plan.year.exists", year);
        }
        long id = plans.insert(by.unitCode(), year, title.trim(), by.username(), kind);
        audit.record(AuditEvent.of("PLAN_CREATED", "plan", String.valueOf(id), by.unitCode() + " " + year
                + (kind == io.fairdraw.plan.PlanKind.SPECIAL ? " SPECIAL" : "")));
        return id;
    }

    /** A plan the current actor may read (own unit, the bureau's units, partners of its tasks). */
    @Transactional(readOnly = true)
    public AnnualPlan visible(long id) {
        AnnualPlan p = plans.find(id).orElseThrow(() -> new OutOfScopeException("plan:" + id, false));
        if (!scopes.current().canRead(p.unitCode()) && !isPartner(id)) {
            throw new OutOfScopeException(p.unitCode(), false);
        }
        return p;
    }

    /**
     * Whether the current actor reads the plan only as a joint-task partner (not through its scope):
     * then it sees only the tasks it takes part in (issue 20 item 1).
     */
    public boolean readsAsPartnerOnly(AnnualPlan plan) {
        return !scopes.current().canRead(plan.unitCode());
    }

    /** 联合抽查: a unit invited to one of the plan's tasks sees that plan. */
    private boolean isPartner(long planId) {
        String unit = scopes.current().unitCode();
        return unit != null && plans.isPartner(planId, unit);
    }

    @Transactional(readOnly = true)
    public List<AnnualPlan> list(Integer year, String status) {
        return plans.list(scopes.current().readableArrayOrNull(), year, status);
    }

    @Transactional
    public void submit(long id, FairdrawUser by) {
        AnnualPlan p = locked(id);
        events.publishEvent(p.submit(by, Instant.now(clock), tasks.count(id)));
        plans.save(p);
        audit.record(AuditEvent.of("PLAN_SUBMITTED", "plan", String.valueOf(id), "DRAFT -> SUBMITTED"));
    }

    @Transactional
    public void returnToDraft(long id, FairdrawUser by, String reason) {
        AnnualPlan p = locked(id);
        events.publishEvent(p.returnToDraft(by, reason));
        plans.save(p);
        audit.record(AuditEvent.of("PLAN_RETURNED", "plan", String.valueOf(id), "SUBMITTED -> DRAFT: " + reason));
    }

    @Transactional
    public void approve(long id, FairdrawUser by) {
        approve(id, by, null);
    }

    /**
     * Issue 19 item 1: below an item's published ratio or frequency, only with the reviewer's
     * {@code coverageReason}, which is published with the plan (and kept in the audit entry).
     */
    @Transactional
    public void approve(long id, FairdrawUser by, String coverageReason) {
        AnnualPlan p = locked(id);
        List<String> below = p.status() == io.fairdraw.plan.PlanStatus.SUBMITTED
                && p.kind() == io.fairdraw.plan.PlanKind.ANNUAL ? coverage.belowFloor(p, today()) : List.of();
        events.publishEvent(p.approve(by, Instant.now(clock), below, coverageReason));
        plans.save(p);
        audit.record(AuditEvent.of("PLAN_APPROVED", "plan", String.valueOf(id), "SUBMITTED -> APPROVED"
                + p.coverageReason().map(r -> "; below floor " + below + ": " + r).orElse("")));
    }

    @Transactional
    public void publish(long id, FairdrawUser by) {
        AnnualPlan p = locked(id);
        PlanEvents.PlanPublished published = p.publish(by, Instant.now(clock));
        // Saved first: a listener (the exchange outbox, issue 20) reads the plan as published.
        plans.save(p);
        events.publishEvent(published);
        audit.record(AuditEvent.of("PLAN_PUBLISHED", "plan", String.valueOf(id), "APPROVED -> PUBLISHED"));
    }


    @Override
    public LocalDate dueDate(int year) {
        return AnnualPlan.DUE.atYear(year);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Optional<io.fairdraw.plan.PlanStatus> status(String unitCode, int year) {
        return plans.list(new String[] {unitCode}, year, null).stream().filter(PlanService::annual).findFirst()
                .map(AnnualPlan::status);
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> lateOrMissing(int year, LocalDate today) {
        java.util.Map<String, AnnualPlan> byUnit = new java.util.HashMap<>();
        plans.list(null, year, null).stream().filter(PlanService::annual).forEach(p -> byUnit.put(p.unitCode(), p));
        return organization.units().stream()
                .filter(u -> u.active() && (u.kind() == io.fairdraw.organization.UnitKind.DIVISION
                        || u.kind() == io.fairdraw.organization.UnitKind.DEPARTMENT))
                .filter(u -> byUnit.containsKey(u.code()) ? byUnit.get(u.code()).lateOn(today)
                        : today.isAfter(dueDate(year)))
                .map(io.fairdraw.organization.Organization.UnitView::code).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanFact> plansOf(int year) {
        return plans.list(null, year, null).stream().filter(PlanService::annual).map(p -> new PlanFact(p.unitCode(), p.year(), p.status(),
                p.submittedAt() == null ? null : BusinessClock.dateOf(p.submittedAt()),
                tasks.forPlan(p.id()).size())).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Invitation> pendingInvitations() {
        return plans.pendingInvitations();
    }

    /** The 3月底 deadline and its statistics concern the annual plan; 专项 plans have none (issue 19 item 7). */
    private static boolean annual(AnnualPlan p) {
        return p.kind() == io.fairdraw.plan.PlanKind.ANNUAL;
    }

    public LocalDate today() {
        return BusinessClock.today(clock);
    }

    /** A published plan, unscoped (published plans are public). */
    java.util.Optional<AnnualPlan> publishedPlanOf(long id) {
        return plans.find(id).filter(p -> p.status() == io.fairdraw.plan.PlanStatus.PUBLISHED);
    }

    /** The lead unit's plan locked for a partner's contribution (scope is the partnership). */
    AnnualPlan lockedForPartner(long id) {
        return plans.lock(id).orElseThrow(() -> new OutOfScopeException("plan:" + id, false));
    }

    AnnualPlan locked(long id) {
        AnnualPlan p = plans.lock(id).orElseThrow(() -> new OutOfScopeException("plan:" + id, false));
        if (!scopes.current().canRead(p.unitCode())) {
            throw new OutOfScopeException(p.unitCode(), false);
        }
        return p;
    }
}
