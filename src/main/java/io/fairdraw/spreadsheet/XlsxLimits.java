package io.fairdraw.spreadsheet;

/**
 * What an uploaded workbook may contain (issue 18). Each bound has its own message naming it.
 *
 * @param maxRows          rows of the sheet, counting the header (Excel: 1,048,576)
 * @param maxColumns       columns (Excel: 16,384, A to XFD)
 * @param maxCellChars     characters of one cell's text (Excel: 32,767)
 * @param maxRowChars      characters of one row's cells together
 * @param maxInflatedBytes bytes inflated from the zip, counted while they are read (not the sizes the zip declares)
 * @param maxEntries       entries of the zip
 * @param maxSharedStrings strings of the shared-string table
 * @param maxDepth         nesting of XML elements
 */
public record XlsxLimits(int maxRows, int maxColumns, int maxCellChars, int maxRowChars, long maxInflatedBytes,
                         int maxEntries, int maxSharedStrings, int maxDepth) {

    public static final int EXCEL_ROWS = 1_048_576;
    public static final int EXCEL_COLUMNS = 16_384;
    public static final int EXCEL_CELL_CHARS = 32_767;
    /** A .xlsx has a dozen parts; a few thousand allows many sheets and images. */
    public static final int DEFAULT_ENTRIES = 5_000;
    /**
     * Ten distinct strings for each row Excel can hold; 1,000,000 registry rows have about 2 million.
     * Each costs 4 bytes of heap (its offset): 40 MB at most.
     */
    public static final int DEFAULT_SHARED_STRINGS = 10_485_760;
    /** A worksheet nests 7 deep (worksheet, sheetData, row, c, is, r, t); extensions a little more. */
    public static final int DEFAULT_DEPTH = 100;
    /** As the registry's CSV reader: a row longer than this is not a spreadsheet row. */
    public static final int DEFAULT_ROW_CHARS = 1 << 20;

    /** Excel's own limits, with the given bound on inflated bytes. */
    public static XlsxLimits excel(long maxInflatedBytes) {
        return new XlsxLimits(EXCEL_ROWS, EXCEL_COLUMNS, EXCEL_CELL_CHARS, DEFAULT_ROW_CHARS, maxInflatedBytes,
                DEFAULT_ENTRIES, DEFAULT_SHARED_STRINGS, DEFAULT_DEPTH);
    }

    public XlsxLimits withRows(int rows, int rowChars) {
        return new XlsxLimits(rows, maxColumns, maxCellChars, rowChars, maxInflatedBytes, maxEntries, maxSharedStrings,
                maxDepth);
    }

    public XlsxLimits withEntriesAndStrings(int entries, int sharedStrings) {
        return new XlsxLimits(maxRows, maxColumns, maxCellChars, maxRowChars, maxInflatedBytes, entries, sharedStrings,
                maxDepth);
    }
}
