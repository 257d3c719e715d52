package io.fairdraw.disclosure.domain;

import java.time.LocalDate;

/**
 * One published item result as the public sees it (portal, CSV, JSON): the stable open-data
 * columns, nothing else. By construction there is no field for inspectors, conflicts, drafts
 * or the credit class, so none can leak. Its parts: the record and task it comes from, the catalog
 * item, the entity, the result category and its dates.
 */
public record PublicResult(long id, Origin origin, Item item, Entity entity, String category,
                           LocalDate inspectionDate, LocalDate publishedOn, Long correctedByRecordId) {

    /** The inspection record it belongs to (several items of one visit share it), its task, year and unit. */
    public record Origin(long recordId, String taskName, int year, String unitCode) {
    }

    /** The catalog item checked, in the version the task used. */
    public record Item(String code, int version, String name) {
    }

    /** The entity inspected: 统一社会信用代码, registered name, 监管领域. */
    public record Entity(String uscc, String name, String field) {
    }

    public boolean corrected() {
        return correctedByRecordId != null;
    }

    // The flat reading the portal's templates and the open-data columns use.
    public long recordId() { return origin.recordId(); }
    public String taskName() { return origin.taskName(); }
    public int year() { return origin.year(); }
    public String unitCode() { return origin.unitCode(); }
    public String itemCode() { return item.code(); }
    public int itemVersion() { return item.version(); }
    public String itemName() { return item.name(); }
    public String uscc() { return entity.uscc(); }
    public String entityName() { return entity.name(); }
    public String field() { return entity.field(); }
}
