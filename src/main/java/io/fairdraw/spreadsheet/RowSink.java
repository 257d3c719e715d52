package io.fairdraw.spreadsheet;

/** Receives one row of a sheet from {@link XlsxReader#next}: its number, then its non-empty cells. */
public interface RowSink {

    /** A new row; {@code number} is 1-based as the user sees it (the header is row 1). */
    void startRow(int number);

    /** A cell (0-based column) with its text; {@code numeric} for a number, given in plain decimal notation. */
    void cell(int column, String value, boolean numeric);
}
