package io.fairdraw.exchange.filedrop;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.spreadsheet.SheetRow;
import io.fairdraw.spreadsheet.XlsxLimits;
import io.fairdraw.spreadsheet.XlsxReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a drop back the way a receiver would: the .xlsx with the project's reader, the .csv as RFC 4180. */
final class DropFiles {

    private DropFiles() {
    }

    static List<List<String>> xlsx(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (XlsxReader reader = XlsxReader.open(file, XlsxLimits.excel(64L << 20))) {
            SheetRow row = new SheetRow();
            while (reader.next(row)) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < row.width(); c++) {
                    String t = row.text(c);
                    cells.add(t == null ? "" : t);
                }
                rows.add(cells);
            }
        }
        // A trailing empty cell may be left out of a row: pad to the header's width.
        int width = rows.isEmpty() ? 0 : rows.get(0).size();
        rows.forEach(r -> {
            while (r.size() < width) {
                r.add("");
            }
        });
        return rows;
    }

    /** The rows of an RFC 4180 file (CRLF, quoted cells) that starts with a UTF-8 byte order mark. */
    static List<List<String>> csv(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes).as("UTF-8 BOM").startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String s = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(s).as("ends with CRLF").endsWith("\r\n");
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    cell.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (ch == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(ch);
            }
        }
        return rows;
    }
}
