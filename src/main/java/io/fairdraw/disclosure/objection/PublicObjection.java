package io.fairdraw.disclosure.objection;

import java.time.LocalDate;

/**
 * What the public sees of an objection (issue 20 item 4): that one was filed, when, by when it is
 * answered and the outcome, and whether the correction is public yet. By construction there is no
 * field for the objector, the contact, the reason or the answer's text: none can leak.
 */
public record PublicObjection(long recordId, LocalDate filedOn, LocalDate answerDue, ObjectionStatus status,
                              LocalDate answeredOn, Long correctionRecordId, boolean correctionPublished) {
}
