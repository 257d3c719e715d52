package io.fairdraw.spreadsheet;

import java.util.Arrays;

/** One row read by {@link XlsxReader}, reused between rows: cell texts and which are numbers. */
public final class SheetRow implements RowSink {

    private int number;
    private String[] cells = new String[16];
    private boolean[] numeric = new boolean[16];
    private int width;

    @Override
    public void startRow(int rowNumber) {
        number = rowNumber;
        Arrays.fill(cells, 0, width, null);
        Arrays.fill(numeric, 0, width, false);
        width = 0;
    }

    @Override
    public void cell(int column, String value, boolean isNumber) {
        if (column >= cells.length) {
            // Bounded by XlsxLimits#maxColumns: the reader refuses a column past it before this.
            int size = Math.max(column + 1, cells.length * 2);
            cells = Arrays.copyOf(cells, size);
            numeric = Arrays.copyOf(numeric, size);
        }
        cells[column] = value;
        numeric[column] = isNumber;
        width = Math.max(width, column + 1);
    }

    /** 1-based row number as the user sees it. */
    public int number() {
        return number;
    }

    public int width() {
        return width;
    }

    /** The cell's text, or "" when absent. */
    public String text(int column) {
        if (column < 0 || column >= width) {
            return "";
        }
        String v = cells[column];
        return v == null ? "" : v;
    }

    /** Whether the cell holds a number (dates are numbers in a workbook). */
    public boolean isNumber(int column) {
        return column >= 0 && column < width && numeric[column];
    }

    public boolean isBlank() {
        for (int i = 0; i < width; i++) {
            if (cells[i] != null && !cells[i].isBlank()) {
                return false;
            }
        }
        return true;
    }

    /** The column's letters as Excel shows them: 0 → "A", 27 → "AB". */
    public static String columnName(int column) {
        StringBuilder sb = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            sb.append((char) ('A' + (c - 1) % 26));
        }
        return sb.reverse().toString();
    }
}
