package io.fairdraw.disclosure;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * 信息归集 (issue 20 item 2): the item results made public on one day, for the exchange module's daily
 * file drop. The same published rows as the portal and open data read (disclosure_result), never a
 * draft or a pending one. A correction is a record of its own, published on its own day, that names
 * the record it corrects ({@link Row#correctsRecordId()}).
 */
public interface PublishedResults {

    /** One published item result; {@code field} and {@code category} are codes (SupervisionField, ResultCategory). */
    record Row(long recordId, Long correctsRecordId, long taskId, String taskName, int year, String unitCode,
               String itemCode, int itemVersion, String itemName, String uscc, String entityName, String field,
               String category, LocalDate inspectionDate, LocalDate publishedOn) {
    }

    /** Every item result published on {@code day}, streamed in (record, item) order: the same order on every call. */
    void publishedOn(LocalDate day, Consumer<Row> out);
}
