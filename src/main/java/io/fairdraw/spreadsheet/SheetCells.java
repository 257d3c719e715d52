package io.fairdraw.spreadsheet;

/**
 * The rows and cells of a worksheet's XML, with the bounds of {@link XlsxLimits} checked as they
 * are read: the row number and count, the column of each cell (a reference past XFD is refused
 * before anything is sized by it), each cell's text and each row's text together.
 */
final class SheetCells {

    private static final int NUMBER = 0;
    private static final int SHARED = 1;
    private static final int INLINE = 2;
    private static final int OTHER = 3;
    /** By {@code attributeChoice("t", "s", "n", "inlineStr") + 1}: absent, s, n, inlineStr, other. */
    private static final int[] TYPES = {NUMBER, SHARED, NUMBER, INLINE, OTHER};

    private final XmlTokens sheet;
    private final SharedStrings strings;
    private final XlsxLimits limits;
    private final StringBuilder inline = new StringBuilder(64);
    private int nextRowNumber = 1;
    private int rowNumber;
    private int rows;
    private int rowChars;
    private int column;

    SheetCells(XmlTokens sheet, SharedStrings strings, XlsxLimits limits) {
        this.sheet = sheet;
        this.strings = strings;
        this.limits = limits;
    }

    /** The row being read (for messages). */
    int rowNumber() {
        return Math.max(rowNumber, 1);
    }

    boolean next(RowSink sink) {
        int event;
        while ((event = sheet.next()) != XmlTokens.EOF) {
            if (event != XmlTokens.END && sheet.is("row")) {
                int number = rowNumber(sheet.attribute("r"));
                if (++rows > limits.maxRows() || number > limits.maxRows()) {
                    throw new SpreadsheetRefused("spreadsheet.too_many_rows", limits.maxRows());
                }
                rowNumber = number;
                nextRowNumber = number + 1;
                rowChars = 0;
                sink.startRow(number);
                if (event == XmlTokens.START) {
                    readCells(sink);
                }
                return true;
            }
        }
        return false;
    }

    private int rowNumber(String r) {
        if (r == null) {
            return nextRowNumber;
        }
        String s = r.strip();
        if (s.isEmpty() || s.length() > 9) {
            throw s.isEmpty() ? new XmlTokens.Malformed()
                    : new SpreadsheetRefused("spreadsheet.too_many_rows", limits.maxRows());
        }
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new XmlTokens.Malformed();
            }
            n = n * 10 + (c - '0');
        }
        if (n < 1) {
            throw new XmlTokens.Malformed();
        }
        return n;
    }

    private void readCells(RowSink sink) {
        column = 0;
        int event;
        while ((event = sheet.nextInside("row")) > XmlTokens.EOF) {
            if (event != XmlTokens.END && sheet.is("c")) {
                int ref = sheet.column("r");
                if (ref >= 0) {
                    column = ref;
                }
                if (column >= limits.maxColumns()) {
                    throw new SpreadsheetRefused("spreadsheet.too_many_columns", rowNumber, limits.maxColumns());
                }
                // Read the type before the next token: the tag's attributes are gone after it.
                int type = TYPES[sheet.attributeChoice("t", "s", "n", "inlineStr") + 1];
                String value = event == XmlTokens.START ? readCell(type) : null;
                if (value != null) {
                    if (value.length() > limits.maxCellChars()) {
                        throw cellTooLong();
                    }
                    rowChars += value.length();
                    if (rowChars > limits.maxRowChars()) {
                        throw new SpreadsheetRefused("spreadsheet.row_too_long", rowNumber, limits.maxRowChars());
                    }
                    sink.cell(column, type == NUMBER ? plainNumber(value) : value, type == NUMBER);
                }
                column++;
            }
        }
        if (event == XmlTokens.EOF) {
            throw new XmlTokens.Malformed();
        }
    }

    /** Reads up to the end of {@code <c>}: the value of {@code <v>} (for a formula: its cached result), or the text of {@code <is>}. */
    private String readCell(int type) {
        String raw = null;
        int index = -1;
        boolean inlineText = false;
        inline.setLength(0);
        int event;
        try {
            while ((event = sheet.nextInside("c")) > XmlTokens.EOF) {
                if (event == XmlTokens.END) {
                    continue;
                }
                if (sheet.is("v")) {
                    sheet.clearText();
                    if (event == XmlTokens.START) {
                        sheet.readText();
                    }
                    if (type == SHARED) {
                        index = sheet.textAsIndex();
                        if (index < 0) {
                            throw new XmlTokens.Malformed();
                        }
                        raw = "";
                    } else {
                        raw = sheet.text();
                    }
                } else if (sheet.is("t")) {
                    inlineText = true;
                    if (event == XmlTokens.START) {
                        sheet.clearText();
                        sheet.readText();
                        inline.append(sheet.text());
                        if (inline.length() > limits.maxCellChars()) {
                            throw cellTooLong();
                        }
                    }
                } else if (sheet.is("rPh") && event == XmlTokens.START) {
                    sheet.skipElement(); // phonetic guide, not cell text
                }
                // <f>: the formula itself is never read, let alone evaluated.
            }
        } catch (XmlTokens.TextTooLong e) {
            throw cellTooLong();
        }
        if (event == XmlTokens.EOF) {
            throw new XmlTokens.Malformed();
        }
        if (inlineText || type == INLINE) {
            return inline.toString();
        }
        if (raw == null) {
            return null;
        }
        if (type == SHARED) {
            return strings.get(index);
        }
        return raw; // n, str (formula result), b, e, d: the stored text
    }

    private SpreadsheetRefused cellTooLong() {
        return new SpreadsheetRefused("spreadsheet.cell_too_long", rowNumber, SheetRow.columnName(column),
                limits.maxCellChars());
    }

    /** Excel stores e.g. a 15-digit licence number typed as a number as 1.23456789012345E14. */
    static String plainNumber(String raw) {
        if (raw.indexOf('E') < 0 && raw.indexOf('e') < 0) {
            return raw;
        }
        try {
            java.math.BigDecimal d = new java.math.BigDecimal(raw).stripTrailingZeros();
            // "1E100000000" would be a hundred million digits in plain notation: keep it as written.
            return Math.abs(d.scale()) > 64 ? raw : d.toPlainString();
        } catch (NumberFormatException | ArithmeticException e) {
            return raw;
        }
    }
}
