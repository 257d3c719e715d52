package io.fairdraw.inspection.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A submitted record waiting for the unit's REVIEWER, with the day its result must be public (from submission). */
public record ReviewRow(long recordId, long visitId, Long correctsRecordId, String taskName, String uscc,
                        String entityName, String submittedBy, Instant submittedAt, boolean violation,
                        LocalDate publicationDue) {
}
