package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.RecordStatus;
import java.time.LocalDate;

/**
 * One line of 我的检查任务: {@code recordStatus} null while nothing was recorded; {@code publicationDue} the
 * day the result must be public while the record waits for review (issue 19 item 5), else null.
 */
public record VisitRow(long visitId, String drawId, String taskCode, String taskName, int year, String uscc,
                       String entityName, LocalDate dueBy, RecordStatus recordStatus, boolean overdue,
                       LocalDate publicationDue) {
}
