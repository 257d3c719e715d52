package io.fairdraw.exchange.filedrop;

import java.util.List;

/**
 * RFC 4180 CSV lines (CRLF, quotes doubled), safe to open in a spreadsheet: a cell that starts with
 * {@code = + - @}, a tab or a carriage return gets a leading apostrophe, so an entity named
 * {@code =HYPERLINK(...)} stays text (OWASP: CSV injection). The same rule as the open-data export
 * (disclosure/web/Csv), which another module cannot call.
 */
final class CsvText {

    private CsvText() {
    }

    static String line(List<String> cells) {
        StringBuilder b = new StringBuilder(256);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String c = cells.get(i);
            if (c != null) {
                b.append(cell(c));
            }
        }
        return b.append("\r\n").toString();
    }

    static String cell(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
