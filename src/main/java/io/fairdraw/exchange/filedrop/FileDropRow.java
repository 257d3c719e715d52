package io.fairdraw.exchange.filedrop;

import java.time.LocalDate;

/**
 * One row of the daily file drop: one published item result (a correction is a row of its own,
 * naming the record it corrects). Codes stay codes here ({@code field}, {@code category},
 * {@code taskTypeKey}); {@link SourceField} turns them into the labels a column shows.
 */
public record FileDropRow(long recordId, Long correctsRecordId, String taskName, String taskTypeKey, int year,
                          String unitCode, String unitName, String itemCode, int itemVersion, String itemName,
                          String uscc, String entityName, String field, String category, LocalDate inspectionDate,
                          LocalDate publishedOn) {
}
