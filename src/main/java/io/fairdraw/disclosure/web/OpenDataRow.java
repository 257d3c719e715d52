package io.fairdraw.disclosure.web;

import io.fairdraw.disclosure.domain.PublicResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;

/**
 * One published item result in {@code results.json}, for machines: camelCase properties, codes as
 * they are (field, result), documented by the JSON Schema {@code open-data/results.schema.json}
 * (served at {@code /public/open-data/results.schema.json}; OpenDataSchemaIT keeps the two equal).
 * Stable: properties are only ever added. Flat on purpose: this record is the documented wire
 * format; it is built only by {@link #of} from a {@link PublicResult}'s named parts. People read
 * the CSV and .xlsx ({@link OpenDataSheet}).
 */
@Schema(description = "openapi.schema.row")
record OpenDataRow(
        @Schema(description = "openapi.schema.row.record_id") long recordId,
        @Schema(description = "openapi.schema.row.task") String task,
        @Schema(description = "openapi.schema.row.year") int year,
        @Schema(description = "openapi.schema.row.unit_code") String unitCode,
        @Schema(description = "openapi.schema.row.unit_name") String unitName,
        @Schema(description = "openapi.schema.row.item_code") String itemCode,
        @Schema(description = "openapi.schema.row.item_version") int itemVersion,
        @Schema(description = "openapi.schema.row.item_name") String itemName,
        @Schema(description = "openapi.schema.row.uscc") String uscc,
        @Schema(description = "openapi.schema.row.entity_name") String entityName,
        @Schema(description = "openapi.schema.row.field") String field,
        @Schema(description = "openapi.schema.row.result") String result,
        @Schema(description = "openapi.schema.row.result_label") String resultLabel,
        @Schema(description = "openapi.schema.row.inspection_date") LocalDate inspectionDate,
        @Schema(description = "openapi.schema.row.published_on") LocalDate publishedOn,
        @Schema(description = "openapi.schema.row.corrected_by_record_id") Long correctedByRecordId) {

    static OpenDataRow of(PublicResult r, String unitName, String resultLabel) {
        PublicResult.Origin o = r.origin();
        PublicResult.Item item = r.item();
        PublicResult.Entity e = r.entity();
        return new OpenDataRow(o.recordId(), o.taskName(), o.year(), o.unitCode(), unitName,
                item.code(), item.version(), item.name(),
                e.uscc(), e.name(), e.field(),
                r.category(), resultLabel, r.inspectionDate(), r.publishedOn(), r.correctedByRecordId());
    }
}
