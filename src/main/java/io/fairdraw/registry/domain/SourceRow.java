package io.fairdraw.registry.domain;

import io.fairdraw.spreadsheet.RowSink;
import java.util.Arrays;

/** One physical row, reused between rows to keep the import allocation-light. */
final class SourceRow implements RowSink {

    /** 1-based row number as the user sees it (header = 1). */
    int number;
    private String[] cells = new String[16];
    private int width;

    void reset(int rowNumber) {
        number = rowNumber;
        Arrays.fill(cells, 0, width, null);
        width = 0;
    }

    void set(int column, String value) {
        if (column >= cells.length) {
            cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        cells[column] = value;
        width = Math.max(width, column + 1);
    }

    @Override
    public void startRow(int rowNumber) {
        reset(rowNumber);
    }

    @Override
    public void cell(int column, String value, boolean numeric) {
        set(column, value);
    }

    /** The cell text, or "" when absent. */
    String get(int column) {
        if (column < 0 || column >= width) {
            return "";
        }
        String v = cells[column];
        return v == null ? "" : v;
    }

    int width() {
        return width;
    }

    boolean isBlank() {
        for (int i = 0; i < width; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }
}
