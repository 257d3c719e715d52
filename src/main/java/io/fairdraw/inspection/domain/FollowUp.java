package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.FollowUpKind;
import io.fairdraw.inspection.FollowUpStatus;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.time.Instant;
import java.time.LocalDate;

/**
 * 后续处置 of one item of a visit (issue 19 item 4). The aggregate owns its transitions: OPEN until the
 * team records its action (a 复查 dated after the first record and within the deadline; 移送 with the
 * receiving body and case number; 抄告 with the department and date), REVIEW while that correction of
 * the first result waits for the REVIEWER, CLOSED when it is approved. Nothing changes after closure.
 */
public record FollowUp(long id, Origin origin, FollowUpKind kind, LocalDate deadline, FollowUpStatus status,
                       Action action, ResultCategory outcome, Long outcomeRecordId, Trail trail) {

    /** Where the follow-up comes from: the item of the first record that found the problem, and the entity. */
    public record Origin(long visitId, long recordId, String itemCode, String itemName, String unitCode, String uscc,
                         String entityName, LocalDate firstDate) {
    }

    /** Who recorded the action and who closed the follow-up, and when. */
    public record Trail(Instant openedAt, String recordedBy, Instant recordedAt, String closedBy, Instant closedAt) {
    }

    public FollowUp {
        action = action == null ? Action.NONE : action;
    }

    /**
     * 责令限期改正: the deadline runs this many days from the first inspection; 移送 and 抄告 are due
     * within the same time.
     */
    public static final int DEADLINE_DAYS = 30;
    static final int MAX_TEXT = 200;
    static final int MAX_NOTE = 2000;

    /** What the team records; which fields count depends on the kind. */
    public record Action(LocalDate date, Boolean rectified, String receivingBody, String caseNo, String department,
                         String note) {
        /** Nothing recorded yet. */
        static final Action NONE = new Action(null, null, null, null, null, "");
    }

    public boolean overdue(LocalDate today) {
        return status == FollowUpStatus.OPEN && today.isAfter(deadline);
    }

    /**
     * The rule of every record of a follow-up: dated after its first record (a 复查 is a later visit),
     * not after its deadline, and not in the future.
     */
    void requireDated(LocalDate date, LocalDate today) {
        if (date == null) {
            throw new UserError("date", "inspection.followup.date.required");
        }
        if (!date.isAfter(origin.firstDate())) {
            throw new UserError("date", "inspection.followup.date.not_after_first", origin.firstDate().toString());
        }
        if (date.isAfter(deadline)) {
            throw new UserError("date", "inspection.followup.date.after_deadline", deadline.toString());
        }
        if (date.isAfter(today)) {
            throw new UserError("date", "inspection.followup.date.future");
        }
    }

    /** The team recorded its action: checked, then waiting for the REVIEWER with its final outcome. */
    FollowUp recorded(Action a, String by, Instant at, LocalDate today) {
        if (status != FollowUpStatus.OPEN) {
            throw new ConflictError("inspection.followup.not_open");
        }
        requireDated(a.date(), today);
        String body = text(a.receivingBody(), "receivingBody", MAX_TEXT);
        String caseNo = text(a.caseNo(), "caseNo", MAX_TEXT);
        String dept = text(a.department(), "department", MAX_TEXT);
        String note = a.note() == null ? "" : a.note().strip();
        if (note.length() > MAX_NOTE) {
            throw new UserError("note", "inspection.followup.note.too_long", MAX_NOTE);
        }
        ResultCategory outcome;
        switch (kind) {
            case RECTIFY -> {
                if (a.rectified() == null) {
                    throw new UserError("rectified", "inspection.followup.rectified.required");
                }
                outcome = a.rectified() ? ResultCategory.RECTIFIED : ResultCategory.NOT_RECTIFIED;
                body = null;
                caseNo = null;
                dept = null;
            }
            case TRANSFER -> {
                if (body.isEmpty()) {
                    throw new UserError("receivingBody", "inspection.followup.receiving_body.required");
                }
                if (caseNo.isEmpty()) {
                    throw new UserError("caseNo", "inspection.followup.case_no.required");
                }
                outcome = ResultCategory.TRANSFERRED;
                dept = null;
            }
            default -> {
                if (dept.isEmpty()) {
                    throw new UserError("department", "inspection.followup.department.required");
                }
                outcome = ResultCategory.NOTIFIED;
                body = null;
                caseNo = null;
            }
        }
        Action recorded = new Action(a.date(), kind == FollowUpKind.RECTIFY ? a.rectified() : null, body, caseNo, dept,
                note);
        return new FollowUp(id, origin, kind, deadline, FollowUpStatus.REVIEW, recorded, outcome, outcomeRecordId,
                new Trail(trail.openedAt(), by, at, null, null));
    }

    FollowUp withOutcomeRecord(long outcomeRecord) {
        return new FollowUp(id, origin, kind, deadline, status, action, outcome, outcomeRecord, trail);
    }

    /** The REVIEWER approved the correction carrying the outcome (dated by the rule above). */
    FollowUp closed(LocalDate recordDate, String by, Instant at, LocalDate today) {
        if (status != FollowUpStatus.REVIEW) {
            throw new ConflictError("inspection.followup.not_in_review");
        }
        requireDated(recordDate, today);
        Action dated = new Action(recordDate, action.rectified(), action.receivingBody(), action.caseNo(),
                action.department(), action.note());
        return new FollowUp(id, origin, kind, deadline, FollowUpStatus.CLOSED, dated, outcome, outcomeRecordId,
                new Trail(trail.openedAt(), trail.recordedBy(), trail.recordedAt(), by, at));
    }

    private static String text(String s, String field, int max) {
        String t = s == null ? "" : s.strip();
        if (t.length() > max) {
            throw new UserError(field, "inspection.followup.text.too_long", max);
        }
        return t;
    }

    // --- the parts' fields, as the pages and the service read them ---

    public long visitId() {
        return origin.visitId();
    }

    public long recordId() {
        return origin.recordId();
    }

    public String itemCode() {
        return origin.itemCode();
    }

    public String itemName() {
        return origin.itemName();
    }

    public String unitCode() {
        return origin.unitCode();
    }

    public String uscc() {
        return origin.uscc();
    }

    public String entityName() {
        return origin.entityName();
    }

    public LocalDate firstDate() {
        return origin.firstDate();
    }

    public LocalDate actionDate() {
        return action.date();
    }

    public Boolean rectified() {
        return action.rectified();
    }

    public String receivingBody() {
        return action.receivingBody();
    }

    public String caseNo() {
        return action.caseNo();
    }

    public String department() {
        return action.department();
    }

    public String note() {
        return action.note();
    }

    public Instant openedAt() {
        return trail.openedAt();
    }

    public String recordedBy() {
        return trail.recordedBy();
    }

    public Instant recordedAt() {
        return trail.recordedAt();
    }

    public String closedBy() {
        return trail.closedBy();
    }

    public Instant closedAt() {
        return trail.closedAt();
    }
}
