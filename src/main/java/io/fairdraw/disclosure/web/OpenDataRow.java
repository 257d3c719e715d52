package io.fairdraw.disclosure.web;

import io.fairdraw.disclosure.domain.PublicResult;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;

/**
 * One published item result in the open data (CSV columns in this order, snake_case; JSON
 * properties camelCase). Stable: columns are only ever added at the end. Flat on purpose: this
 * record is the documented wire format; it is built only by {@link #of} from a {@link PublicResult}'s
 * named parts.
 */
@Schema(description = "One published inspection result of one catalog item for one entity")
record OpenDataRow(
        @Schema(description = "Inspection record id; several items of one visit share it") long recordId,
        @Schema(description = "Task name (sampling task of the annual plan)") String task,
        @Schema(description = "Plan year") int year,
        @Schema(description = "Code of the unit that inspected and publishes") String unitCode,
        @Schema(description = "Name of that unit") String unitName,
        @Schema(description = "Catalog item code") String itemCode,
        @Schema(description = "Catalog item version") int itemVersion,
        @Schema(description = "Catalog item name") String itemName,
        @Schema(description = "Unified social credit code of the entity") String uscc,
        @Schema(description = "Entity name as registered") String entityName,
        @Schema(description = "Supervision field: LAND, PLANNING, FOREST_GRASS, MINERAL, SURVEYING, OTHER") String field,
        @Schema(description = "Result category: NO_PROBLEM, CORRECTED, PENDING_FOLLOW_UP, NOT_DISCLOSED, "
                + "FALSE_DISCLOSURE, OBSTRUCTION, NO_ACTIVITY, UNREACHABLE, DEREGISTERED") String result,
        @Schema(description = "Result category label in the requested language") String resultLabel,
        @Schema(description = "Date of the inspection") LocalDate inspectionDate,
        @Schema(description = "Date of publication") LocalDate publishedOn,
        @Schema(description = "Record id of the published correction of this result, or null") Long correctedByRecordId) {

    static final List<String> CSV_HEADER = List.of("record_id", "task", "year", "unit_code", "unit_name", "item_code",
            "item_version", "item_name", "uscc", "entity_name", "field", "result", "result_label", "inspection_date",
            "published_on", "corrected_by_record_id");

    static OpenDataRow of(PublicResult r, String unitName, String resultLabel) {
        PublicResult.Origin o = r.origin();
        PublicResult.Item item = r.item();
        PublicResult.Entity e = r.entity();
        return new OpenDataRow(o.recordId(), o.taskName(), o.year(), o.unitCode(), unitName,
                item.code(), item.version(), item.name(),
                e.uscc(), e.name(), e.field(),
                r.category(), resultLabel, r.inspectionDate(), r.publishedOn(), r.correctedByRecordId());
    }

    List<Object> cells() {
        return java.util.Arrays.asList(recordId, task, year, unitCode, unitName, itemCode, itemVersion, itemName, uscc,
                entityName, field, result, resultLabel, inspectionDate, publishedOn, correctedByRecordId);
    }
}
