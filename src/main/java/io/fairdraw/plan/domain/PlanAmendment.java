package io.fairdraw.plan.domain;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.plan.TaskPeriod;
import io.fairdraw.shared.BusinessClock;
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

    /** The task concerned: named when proposed for a cancel or a period change, set when applied for an added task. */
    public record TaskRef(Long id, String code, String name) {
        static final TaskRef NONE = new TaskRef(null, null, null);
    }

    /** What is asked: the new task's form (ADD_TASK, JSON) or the new period (CHANGE_PERIOD), with the reason. */
    public record Request(String taskForm, TaskPeriod period, String reason) {
    }

    public record Proposal(String by, Instant at) {
    }

    /** The reviewer's decision; {@code version} is the plan version an approval published. */
    public record Decision(Status status, String by, Instant at, String returnReason, Integer version) {
        static final Decision PENDING = new Decision(Status.PROPOSED, null, null, null, null);
    }

    /** What the task looked like when the change was applied, and the draw it had then (if executed). */
    public record Applied(TaskPeriod before, String executedDrawId) {
        static final Applied NOT_YET = new Applied(null, null);
    }

    private final long id;
    private final long planId;
    private final Kind kind;
    private TaskRef task;
    private final Request request;
    private final Proposal proposal;
    private Decision decision;
    private Applied applied;

    public PlanAmendment(long id, long planId, Kind kind, TaskRef task, Request request, Proposal proposal,
                         Decision decision, Applied applied) {
        this.id = id;
        this.planId = planId;
        this.kind = kind;
        this.task = task;
        this.request = request;
        this.proposal = proposal;
        this.decision = decision;
        this.applied = applied;
    }

    /** A new proposal, not yet decided nor applied. */
    static PlanAmendment proposed(long planId, Kind kind, TaskRef task, Request request, Proposal proposal) {
        return new PlanAmendment(0, planId, kind, task, request, proposal, Decision.PENDING, Applied.NOT_YET);
    }

    /**
     * Approves: the caller must be a REVIEWER of the plan's unit (checked by the plan) and not the
     * proposer, whatever roles the account holds (DESIGN.md §2, as for plans).
     */
    void approve(FairdrawUser by, Instant at, int nextVersion) {
        requireProposed();
        if (by.username().equals(proposal.by())) {
            throw new SelfApprovalException("plan.amendment.own_proposal");
        }
        decision = new Decision(Status.APPROVED, by.username(), at, null, nextVersion);
    }

    void returnToPlanner(FairdrawUser by, Instant at, String why) {
        requireProposed();
        if (by.username().equals(proposal.by())) {
            throw new SelfApprovalException("plan.amendment.own_proposal");
        }
        if (why == null || why.isBlank()) {
            throw new io.fairdraw.shared.UserError("reason", "plan.amendment.return_reason_required");
        }
        if (why.length() > 500) {
            throw new io.fairdraw.shared.UserError("reason", "plan.amendment.reason_too_long");
        }
        decision = new Decision(Status.RETURNED, by.username(), at, why.trim(), null);
    }

    /** What the task looked like when the change was applied (the version shows before → after). */
    void applied(TaskRef to, TaskPeriod before, String drawId) {
        task = to;
        applied = new Applied(before, drawId);
    }

    private void requireProposed() {
        if (decision.status() != Status.PROPOSED) {
            throw new PlanRuleException("plan.amendment.already_decided");
        }
    }

    public long id() { return id; }
    public long planId() { return planId; }
    public Kind kind() { return kind; }
    public TaskRef task() { return task; }
    public Request request() { return request; }
    public Proposal proposal() { return proposal; }
    public Decision decision() { return decision; }
    public Applied applied() { return applied; }

    // The flat reading the pages, the API and the repository use.
    public Long taskId() { return task.id(); }
    public String taskCode() { return task.code(); }
    public String taskName() { return task.name(); }
    public String taskForm() { return request.taskForm(); }
    public LocalDate periodStart() { return request.period() == null ? null : request.period().start(); }
    public LocalDate periodEnd() { return request.period() == null ? null : request.period().end(); }
    public LocalDate beforeStart() { return applied.before() == null ? null : applied.before().start(); }
    public LocalDate beforeEnd() { return applied.before() == null ? null : applied.before().end(); }
    public String reason() { return request.reason(); }
    public Status status() { return decision.status(); }
    public String proposedBy() { return proposal.by(); }
    public Instant proposedAt() { return proposal.at(); }
    public String decidedBy() { return decision.by(); }
    public Instant decidedAt() { return decision.at(); }
    public String returnReason() { return decision.returnReason(); }
    public Integer version() { return decision.version(); }
    public String executedDrawId() { return applied.executedDrawId(); }

    /** When decided, as the pages show it (Asia/Shanghai). */
    public LocalDate decidedOn() {
        return decision.at() == null ? null : BusinessClock.dateOf(decision.at());
    }
}
