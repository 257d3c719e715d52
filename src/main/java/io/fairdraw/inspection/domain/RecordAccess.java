package io.fairdraw.inspection.domain;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import io.fairdraw.shared.ConflictError;
import org.springframework.stereotype.Component;

/**
 * Who may act on a record: the team records, the task unit's REVIEWER (never of its own team)
 * reviews. No transaction of its own: every check runs in the transaction of the change it guards
 * ({@link RecordWorkflow}, {@link RecordReview}, {@link RecordEvidence}), so a refused change writes nothing.
 */
@Component
class RecordAccess {

    /** Who acts: the account and, for inspectors, the directory entry it is linked to. */
    record Acting(String username, String unitCode, String inspectorId) {
    }

    private final VisitRepository visits;
    private final RecordRepository records;
    private final Tasks tasks;

    RecordAccess(VisitRepository visits, RecordRepository records, Tasks tasks) {
        this.visits = visits;
        this.records = records;
        this.tasks = tasks;
    }

    Acting member(FairdrawUser user) {
        String id = records.inspectorOf(user.username()).orElse(null);
        return new Acting(user.username(), user.unitCode(), id);
    }

    Acting reviewer(FairdrawUser user) {
        if (!user.has(Role.REVIEWER)) {
            throw new OutOfScopeException("inspection_review", true);
        }
        return new Acting(user.username(), user.unitCode(), null);
    }

    /** 只有检查组成员可以记录: everybody else gets 403 and changes nothing. */
    static void requireMember(Visit v, Acting who) {
        if (!v.hasMember(who.inspectorId())) {
            throw new OutOfScopeException("inspection_visit:" + v.id(), true);
        }
    }

    /** The record, locked for the change, once {@code who} is a member of its visit's team. */
    InspectionRecord lockedForMember(long recordId, Acting who) {
        InspectionRecord r = records.findForUpdate(recordId)
                .orElseThrow(() -> new OutOfScopeException("inspection_record:" + recordId, false));
        requireMember(visits.find(r.visitId()).orElseThrow(), who);
        return r;
    }

    /** 谁抽查、谁公示: the REVIEWER of the unit whose plan holds the task reviews its results. */
    TaskView requireReviewerOf(Visit v, Acting who) {
        TaskView t = tasks.task(v.taskId()).orElseThrow(() -> new ConflictError("inspection.visit.task_missing"));
        if (!t.planUnit().equals(who.unitCode())) {
            throw new OutOfScopeException(t.planUnit(), true);
        }
        return t;
    }

    /**
     * DESIGN.md §2 (issue 17 item 7): whatever roles the account holds, it never reviews a record its
     * own team recorded — not as a team member (through its linked inspector), not as the account
     * that wrote, edited or submitted it.
     */
    void requireNotOwnTeam(InspectionRecord r, Visit v, Acting who) {
        if (ReviewDuty.ownTeam(r, v, who.username(), records.inspectorOf(who.username()).orElse(null))) {
            throw new ConflictError("inspection.review.own_team", r.id());
        }
    }
}
