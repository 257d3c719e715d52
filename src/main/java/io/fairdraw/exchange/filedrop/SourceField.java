package io.fairdraw.exchange.filedrop;

import io.fairdraw.shared.SupervisionField;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * What a column of the file drop can hold: a field of {@link FileDropRow}, by its configuration key
 * (lower snake case, e.g. {@code entity_name}). Codes are given as labels where a person reads them
 * (result, field, check type, record kind); {@code result_code} keeps the code. Every value is text:
 * dates yyyy-MM-dd, numbers as digits (a spreadsheet would print a long record number as 9.0E+9).
 * The default header of a column is the message {@code exchange.filedrop.col.<key>}.
 */
public enum SourceField {
    USCC((r, l) -> r.uscc()),
    ENTITY_NAME((r, l) -> r.entityName()),
    ITEM_NAME((r, l) -> r.itemName()),
    ITEM_CODE((r, l) -> r.itemCode()),
    ITEM_VERSION((r, l) -> String.valueOf(r.itemVersion())),
    UNIT_NAME((r, l) -> r.unitName()),
    UNIT_CODE((r, l) -> r.unitCode()),
    CHECK_TYPE((r, l) -> r.taskTypeKey() == null ? "" : l.text(r.taskTypeKey(), r.taskTypeKey())),
    INSPECTION_DATE((r, l) -> text(r.inspectionDate())),
    RESULT((r, l) -> l.text("inspection.category." + r.category(), r.category())),
    RESULT_CODE((r, l) -> r.category()),
    FIELD((r, l) -> SupervisionField.byName(r.field()).map(f -> l.text(f.messageKey(), r.field())).orElse(r.field())),
    TASK_NAME((r, l) -> r.taskName()),
    YEAR((r, l) -> String.valueOf(r.year())),
    PUBLISHED_ON((r, l) -> text(r.publishedOn())),
    RECORD_ID((r, l) -> String.valueOf(r.recordId())),
    CORRECTS_RECORD_ID((r, l) -> text(r.correctsRecordId())),
    RECORD_KIND((r, l) -> l.text(r.correctsRecordId() == null ? "exchange.filedrop.kind.ORIGINAL"
            : "exchange.filedrop.kind.CORRECTION", ""));

    private final BiFunction<FileDropRow, FileDropLabels, String> value;

    SourceField(BiFunction<FileDropRow, FileDropLabels, String> value) {
        this.value = value;
    }

    /** The configuration key: {@code entity_name}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The cell text of this field in {@code row}; never null (an empty cell is ""). */
    String value(FileDropRow row, FileDropLabels labels) {
        String v = value.apply(row, labels);
        return v == null ? "" : v;
    }

    static SourceField ofKey(String key) {
        for (SourceField f : values()) {
            if (f.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new IllegalArgumentException("fairdraw.exchange.file-drop.columns: unknown source field '" + key
                + "'; known: " + java.util.Arrays.stream(values()).map(SourceField::key).toList());
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString();
    }
}
