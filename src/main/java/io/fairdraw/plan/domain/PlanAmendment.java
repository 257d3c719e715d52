package io.fairdraw.plan.domain;

import io.fairdraw.organization.FairdrawUser;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 计划调整 (issue 19 item 6): one reviewed change of a published plan — add a task, cancel a task, or
 * change a task's period. The PLANNER proposes it with a reason; a REVIEWER of the unit who did not
 * propose it approves (it is then applied and published as the plan's next version) or returns it
 * with a reason. The aggregate owns these transitions (DESIGN.md §6).
 */
public final class PlanAmendment {

    public enum Kind { ADD_TASK, CANCEL_TASK, CHANGE_PERIOD }

    public enum Status { PROPOSED, APPROVED, RETURNED }

    private final long id;
    private final long planId;
    private final Kind kind;
    private Long taskId;
    private String taskCode;
    private String taskName;
    private final String taskForm;
    private final LocalDate periodStart;
    private final LocalDate periodEnd;
    private LocalDate beforeStart;
    private LocalDate beforeEnd;
    private final String reason;
    private Status status;
    private final String proposedBy;
    private final Instant proposedAt;
    private String decidedBy;
    private Instant decidedAt;
    private String returnReason;
    private Integer version;
    private String executedDrawId;

    public PlanAmendment(long id, long planId, Kind kind, Long taskId, String taskCode, String taskName,
                         String taskForm, LocalDate periodStart, LocalDate periodEnd, LocalDate beforeStart,
                         LocalDate beforeEnd, String reason, Status status, String proposedBy, Instant proposedAt,
                         String decidedBy, Instant decidedAt, String returnReason, Integer version,
                         String executedDrawId) {
        this.id = id;
        this.planId = planId;
        this.kind = kind;
        this.taskId = taskId;
        this.taskCode = taskCode;
        this.taskName = taskName;
        this.taskForm = taskForm;
        this.periodStart = periodStart;
        this.periodEnd = periodEnd;
        this.beforeStart = beforeStart;
        this.beforeEnd = beforeEnd;
        this.reason = reason;
        this.status = status;
        this.proposedBy = proposedBy;
        this.proposedAt = proposedAt;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.returnReason = returnReason;
        this.version = version;
        this.executedDrawId = executedDrawId;
    }

    /**
     * Approves: the caller must be a REVIEWER of the plan's unit (checked by the plan) and not the
     * proposer, whatever roles the account holds (DESIGN.md §2, as for plans).
     */
    void approve(FairdrawUser by, Instant at, int nextVersion) {
        requireProposed();
        if (by.username().equals(proposedBy)) {
            throw new SelfApprovalException("plan.amendment.own_proposal");
        }
        status = Status.APPROVED;
        decidedBy = by.username();
        decidedAt = at;
        version = nextVersion;
    }

    void returnToPlanner(FairdrawUser by, Instant at, String why) {
        requireProposed();
        if (by.username().equals(proposedBy)) {
            throw new SelfApprovalException("plan.amendment.own_proposal");
        }
        if (why == null || why.isBlank()) {
            throw new io.fairdraw.shared.UserError("reason", "plan.amendment.return_reason_required");
        }
        if (why.length() > 500) {
            throw new io.fairdraw.shared.UserError("reason", "plan.amendment.reason_too_long");
        }
        status = Status.RETURNED;
        decidedBy = by.username();
        decidedAt = at;
        returnReason = why.trim();
    }

    /** What the task looked like when the change was applied (the version shows before → after). */
    void applied(long task, String code, String name, LocalDate start, LocalDate end, String drawId) {
        taskId = task;
        taskCode = code;
        taskName = name;
        beforeStart = start;
        beforeEnd = end;
        executedDrawId = drawId;
    }

    private void requireProposed() {
        if (status != Status.PROPOSED) {
            throw new PlanRuleException("plan.amendment.already_decided");
        }
    }

    public long id() { return id; }
    public long planId() { return planId; }
    public Kind kind() { return kind; }
    public Long taskId() { return taskId; }
    public String taskCode() { return taskCode; }
    public String taskName() { return taskName; }
    public String taskForm() { return taskForm; }
    public LocalDate periodStart() { return periodStart; }
    public LocalDate periodEnd() { return periodEnd; }
    public LocalDate beforeStart() { return beforeStart; }
    public LocalDate beforeEnd() { return beforeEnd; }
    public String reason() { return reason; }
    public Status status() { return status; }
    public String proposedBy() { return proposedBy; }
    public Instant proposedAt() { return proposedAt; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String returnReason() { return returnReason; }
    public Integer version() { return version; }
    public String executedDrawId() { return executedDrawId; }

    /** When decided, as the pages show it (Asia/Shanghai). */
    public LocalDate decidedOn() {
        return decidedAt == null ? null : LocalDate.ofInstant(decidedAt, PlanClock.ZONE);
    }
}
