package io.fairdraw.disclosure.domain;

import java.time.LocalDate;

/**
 * An approved inspection record as its unit's REVIEWER sees it on the publication page (internal:
 * includes records not yet public). {@code status}: PENDING, PUBLISHED or SUPERSEDED.
 */
public record ApprovedRecord(long recordId, Long correctsRecordId, long taskId, String taskName, int year,
                             String unitCode, String uscc, String entityName, String field, LocalDate inspectionDate,
                             LocalDate approvedOn, LocalDate dueOn, String status, LocalDate publishedOn,
                             Long correctedByRecordId) {

    public boolean overdue(LocalDate today) {
        return "PENDING".equals(status) && today.isAfter(dueOn);
    }
}
