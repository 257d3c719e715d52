package io.fairdraw.shared;

import java.util.List;

/**
 * RFC 4180 CSV for open data, safe to open in a spreadsheet: a cell that starts with {@code = + - @},
 * a tab or a carriage return gets a leading apostrophe, so an entity named
 * {@code =HYPERLINK(...)} stays text (OWASP: CSV injection). One rule for every CSV Fairdraw writes: the
 * open data (disclosure) and the daily file drop (exchange).
 */
public final class Csv {

    private Csv() {
    }

    public static String line(List<?> cells) {
        StringBuilder b = new StringBuilder(256);
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            Object c = cells.get(i);
            if (c != null) {
                b.append(cell(c.toString()));
            }
        }
        return b.append("\r\n").toString();
    }

    public static String cell(String s) {
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
