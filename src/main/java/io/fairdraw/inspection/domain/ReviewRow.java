package io.fairdraw.inspection.domain;

import java.time.Instant;

/** A submitted record waiting for the unit's REVIEWER. */
public record ReviewRow(long recordId, long visitId, Long correctsRecordId, String taskName, String uscc,
                        String entityName, String submittedBy, Instant submittedAt, boolean violation) {
}
