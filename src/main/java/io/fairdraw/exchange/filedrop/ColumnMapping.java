package io.fairdraw.exchange.filedrop;

import java.util.ArrayList;
import java.util.List;

/**
 * The ordered columns of the file drop: header text → source field, from
 * {@code fairdraw.exchange.file-drop.columns}. Each entry is either a source field's key
 * ({@code entity_name}: the header is the message {@code exchange.filedrop.col.entity_name}, in
 * Chinese) or {@code Header text=key} (the receiving system names the column differently). The
 * default follows the national 抽查检查结果 batch import as far as it is published
 * (docs/integration.md says which columns are published and which are assumptions).
 */
public record ColumnMapping(List<Column> columns) {

    /** The default columns, in order (docs/integration.md; application.properties repeats them). */
    static final List<String> DEFAULT = List.of("uscc", "entity_name", "item_name", "unit_name", "check_type",
            "inspection_date", "result", "task_name", "item_code", "published_on", "record_id", "record_kind",
            "corrects_record_id");

    public record Column(String header, SourceField field) {
    }

    public ColumnMapping {
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("fairdraw.exchange.file-drop.columns: at least one column");
        }
        columns = List.copyOf(columns);
    }

    /** Reads the configured entries (none: {@link #DEFAULT}); a header left out comes from the bundle. */
    static ColumnMapping parse(List<String> entries, FileDropLabels labels) {
        List<Column> out = new ArrayList<>();
        for (String entry : entries == null || entries.isEmpty() ? DEFAULT : entries) {
            int eq = entry.lastIndexOf('=');
            SourceField field = SourceField.ofKey(eq < 0 ? entry : entry.substring(eq + 1));
            String header = eq < 0 ? "" : entry.substring(0, eq).strip();
            if (header.isEmpty()) {
                header = labels.text("exchange.filedrop.col." + field.key(), field.key());
            }
            out.add(new Column(header, field));
        }
        return new ColumnMapping(out);
    }

    List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    List<String> cells(FileDropRow row, FileDropLabels labels) {
        List<String> cells = new ArrayList<>(columns.size());
        for (Column c : columns) {
            cells.add(c.field().value(row, labels));
        }
        return cells;
    }
}
