package io.fairdraw.inspection.domain;

/**
 * Separation of duties for review (DESIGN.md §2: the team of a record is never its approver,
 * whatever roles the account holds). Pure, so the queue, the buttons and the service agree.
 */
final class ReviewDuty {

    private ReviewDuty() {
    }

    /**
     * Whether this account belongs to the team that recorded {@code r}: its linked inspector is on
     * the visit's team, or it wrote or submitted the record (also after being unlinked since).
     */
    static boolean ownTeam(InspectionRecord r, Visit v, String username, String linkedInspectorId) {
        return ownTeam(v.inspectors(), r.createdBy(), r.submittedBy(), username, linkedInspectorId);
    }

    /** The same rule on a queue's row: the visit's team and the accounts that wrote and submitted it. */
    static boolean ownTeam(java.util.List<String> team, String createdBy, String submittedBy, String username,
                           String linkedInspectorId) {
        return linkedInspectorId != null && team.contains(linkedInspectorId) || username.equals(createdBy)
                || username.equals(submittedBy);
    }
}
