package io.fairdraw.inspection;

import java.util.Optional;

/**
 * 更正 as other modules see it (issue 20 item 4): an upheld 异议 (disclosure) leads to a correction
 * through the one correction flow there is: a new record that copies the approved one and links to
 * it, recorded and confirmed by the team and approved by a REVIEWER like any other record.
 */
public interface Corrections {

    /** Who approved the record (its approving REVIEWER's account), empty when it is not approved. */
    Optional<String> approvedBy(long recordId);

    /**
     * Opens the correction of an approved record on behalf of the task unit's REVIEWER {@code reviewer}
     * (never one of its team, DESIGN.md §2) and tells the team at once, with {@code reason}. Returns the
     * correction's record id; an already open correction of that record is returned as it is.
     */
    long openOnObjection(long approvedRecordId, String reviewer, String reviewerUnit, String reason);
}
