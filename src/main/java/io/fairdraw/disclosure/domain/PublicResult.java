package io.fairdraw.disclosure.domain;

import java.time.LocalDate;

/**
 * One published item result as the public sees it (portal, CSV, JSON): the stable open-data
 * columns, nothing else. By construction there is no field for inspectors, conflicts, drafts
 * or the credit class, so none can leak.
 */
public record PublicResult(long id, long recordId, String taskName, int year, String unitCode, String itemCode,
                           int itemVersion, String itemName, String uscc, String entityName, String field,
                           String category, LocalDate inspectionDate, LocalDate publishedOn,
                           Long correctedByRecordId) {

    public boolean corrected() {
        return correctedByRecordId != null;
    }
}
