package io.fairdraw.shared;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Streams one sheet of rows to an .xlsx file with fastexcel: a bold frozen header, then values.
 * Every text is written as a string cell, never as a formula, so a value such as
 * {@code =HYPERLINK(...)} stays inert text (CSV/formula injection).
 */
public final class XlsxTable implements AutoCloseable {

    private static final int FLUSH_EVERY = 1000;

    private final Workbook workbook;
    private final Worksheet sheet;
    private int row;

    public XlsxTable(OutputStream out, String sheetName, List<String> headers) {
        this.workbook = new Workbook(out, "Fairdraw", "1.0");
        this.sheet = workbook.newWorksheet(sheetName);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
            sheet.style(0, c).bold().set();
        }
        sheet.freezePane(0, 1);
        this.row = 1;
    }

    /** Sets the content type and file name of an .xlsx download. */
    public static void attachment(jakarta.servlet.http.HttpServletResponse response, String filename) {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                .filename(filename, java.nio.charset.StandardCharsets.UTF_8).build().toString());
    }

    /** Appends one row; values may be String, Number, Boolean, LocalDate, LocalDateTime or null. */
    public void add(List<?> values) {
        for (int c = 0; c < values.size(); c++) {
            Object v = values.get(c);
            if (v == null) {
                continue;
            }
            // Java 17: no pattern matching for switch yet.
            if (v instanceof Number n) {
                sheet.value(row, c, n);
            } else if (v instanceof Boolean b) {
                sheet.value(row, c, b);
            } else if (v instanceof LocalDate d) {
                sheet.value(row, c, d);
                sheet.style(row, c).format("yyyy-mm-dd").set();
            } else if (v instanceof LocalDateTime t) {
                sheet.value(row, c, t);
                sheet.style(row, c).format("yyyy-mm-dd hh:mm:ss").set();
            } else {
                // Inline strings: the shared-string table would keep every distinct value of a
                // streamed export in memory until the end.
                sheet.inlineString(row, c, v.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            try {
                sheet.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        sheet.finish();
        workbook.finish();
    }
}
