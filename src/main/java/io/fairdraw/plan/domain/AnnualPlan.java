package io.fairdraw.plan.domain;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Role;
import io.fairdraw.plan.PlanEvents;
import io.fairdraw.plan.PlanKind;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.UserError;
import java.util.List;
import io.fairdraw.plan.PlanStatus;
import java.time.Instant;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/**
 * One unit's annual sampling plan (年度抽查计划). The aggregate owns its transitions and who may
 * make them (DESIGN.md §2): PLANNER of the unit drafts and submits, REVIEWER of the unit approves,
 * returns with a reason, and publishes. Each transition returns the event to publish.
 */
public final class AnnualPlan {

    /** 兵自然资发〔2020〕47号 三(三): 每年3月底前制定年度抽查工作计划. */
    public static final MonthDay DUE = MonthDay.of(3, 31);

    private final long id;
    private final String unitCode;
    private final int year;
    private final String title;
    private PlanStatus status;
    private String returnReason;
    private String submittedBy;
    private Instant submittedAt;
    private String approvedBy;
    private Instant approvedAt;
    private String publishedBy;
    private Instant publishedAt;
    private PlanKind kind = PlanKind.ANNUAL;
    private String coverageReason;

    public AnnualPlan(long id, String unitCode, int year, String title, PlanStatus status, String returnReason,
                      String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt,
                      String publishedBy, Instant publishedAt) {
        this.id = id;
        this.unitCode = unitCode;
        this.year = year;
        this.title = title;
        this.status = status;
        this.returnReason = returnReason;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.approvedBy = approvedBy;
        this.approvedAt = approvedAt;
        this.publishedBy = publishedBy;
        this.publishedAt = publishedAt;
    }

    /** With its kind (issue 19 item 7) and the reviewer's reason for approving below a floor (item 1). */
    public AnnualPlan(long id, String unitCode, int year, String title, PlanStatus status, String returnReason,
                      String submittedBy, Instant submittedAt, String approvedBy, Instant approvedAt,
                      String publishedBy, Instant publishedAt, PlanKind kind, String coverageReason) {
        this(id, unitCode, year, title, status, returnReason, submittedBy, submittedAt, approvedBy, approvedAt,
                publishedBy, publishedAt);
        this.kind = kind;
        this.coverageReason = coverageReason;
    }

    public PlanEvents.PlanSubmitted submit(FairdrawUser by, Instant at, int taskCount) {
        requireRole(by, Role.PLANNER);
        requireStatus(PlanStatus.DRAFT, "plan.transition.submit");
        if (taskCount == 0) {
            throw new PlanRuleException("plan.submit.no_tasks");
        }
        status = PlanStatus.SUBMITTED;
        submittedBy = by.username();
        submittedAt = at;
        return new PlanEvents.PlanSubmitted(id, unitCode, year);
    }

    public PlanEvents.PlanReturned returnToDraft(FairdrawUser by, String reason) {
        requireRole(by, Role.REVIEWER);
        requireStatus(PlanStatus.SUBMITTED, "plan.transition.return");
        if (reason == null || reason.isBlank()) {
            throw new PlanRuleException("plan.return.reason_required");
        }
        status = PlanStatus.DRAFT;
        returnReason = reason.trim();
        return new PlanEvents.PlanReturned(id, unitCode, year, returnReason);
    }

    public PlanEvents.PlanApproved approve(FairdrawUser by, Instant at) {
        return approve(by, at, List.of(), null);
    }

    /**
     * Issue 19 item 1: an annual plan whose year's tasks leave one of the unit's items below its
     * published ratio or frequency ({@code shortItems}, as "code name") is approved only with the
     * reviewer's reason, which is published with the plan. A 专项 plan carries no annual floor.
     */
    public PlanEvents.PlanApproved approve(FairdrawUser by, Instant at, List<String> shortItems, String reason) {
        requireRole(by, Role.REVIEWER);
        requireStatus(PlanStatus.SUBMITTED, "plan.transition.approve");
        // DESIGN.md §2, issue 17 item 7: no one approves what they submitted, whatever roles they hold.
        if (by.username().equals(submittedBy)) {
            throw new SelfApprovalException("plan.approve.own_submission");
        }
        boolean belowFloor = kind == PlanKind.ANNUAL && !shortItems.isEmpty();
        if (belowFloor && (reason == null || reason.isBlank())) {
            throw new UserError("coverageReason", "plan.approve.coverage_reason_required", String.join("、", shortItems));
        }
        if (belowFloor && reason.strip().length() > 1000) {
            throw new UserError("coverageReason", "plan.approve.coverage_reason_too_long");
        }
        coverageReason = belowFloor ? reason.strip() : null;
        status = PlanStatus.APPROVED;
        approvedBy = by.username();
        approvedAt = at;
        return new PlanEvents.PlanApproved(id, unitCode, year);
    }

    public PlanEvents.PlanPublished publish(FairdrawUser by, Instant at) {
        requireRole(by, Role.REVIEWER);
        requireStatus(PlanStatus.APPROVED, "plan.transition.publish");
        status = PlanStatus.PUBLISHED;
        publishedBy = by.username();
        publishedAt = at;
        return new PlanEvents.PlanPublished(id, unitCode, year);
    }

    /** Tasks are edited only while the plan is a draft (a returned plan is a draft again). */
    /** DESIGN.md §2: only the unit's PLANNER drafts tasks; readers of the plan do not get its forms. */
    public void requirePlanner(FairdrawUser by) {
        requireRole(by, Role.PLANNER);
    }

    /** DESIGN.md §2: the unit's REVIEWER (审核人) decides on a published task's draw parameters. */
    public void requireReviewer(FairdrawUser by) {
        requireRole(by, Role.REVIEWER);
    }

    public void requireEditableBy(FairdrawUser by) {
        requireRole(by, Role.PLANNER);
        requireStatus(PlanStatus.DRAFT, "plan.transition.edit");
    }

    public boolean lateOn(LocalDate today) {
        LocalDate due = DUE.atYear(year);
        LocalDate done = submittedAt == null ? null : BusinessClock.dateOf(submittedAt);
        return done == null ? today.isAfter(due) : done.isAfter(due);
    }

    private void requireRole(FairdrawUser by, Role role) {
        if (!by.has(role) || !by.unitCode().equals(unitCode)) {
            throw new PlanForbiddenException(role, unitCode);
        }
    }

    private void requireStatus(PlanStatus expected, String transitionKey) {
        if (status != expected) {
            throw new PlanRuleException("plan.transition.wrong_state", new DefaultMessageSourceResolvable(transitionKey),
                    new DefaultMessageSourceResolvable("plan.status." + status));
        }
    }

    public long id() {
        return id;
    }

    public String unitCode() {
        return unitCode;
    }

    public int year() {
        return year;
    }

    public String title() {
        return title;
    }

    public PlanStatus status() {
        return status;
    }

    public Optional<String> returnReason() {
        return Optional.ofNullable(returnReason);
    }

    public String submittedBy() {
        return submittedBy;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public String approvedBy() {
        return approvedBy;
    }

    public Instant approvedAt() {
        return approvedAt;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public PlanKind kind() {
        return kind;
    }

    /** Why the reviewer approved below an item's floor (public once published); empty when none was needed. */
    public Optional<String> coverageReason() {
        return Optional.ofNullable(coverageReason);
    }
}
