package io.fairdraw.report.web;

import io.fairdraw.draw.DrawOversight;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** 抽取监督 (issue 17 item 8) as an .xlsx sheet, with the columns of the table on screen. */
final class OversightXlsx {

    static final String TABLE = "oversight";

    private OversightXlsx() {
    }

    static void write(HttpServletResponse response, List<DrawOversight.Row> rows, ReportController.Selection s,
                      MessageSource messages, Locale locale) throws IOException {
        XlsxTable.attachment(response, "statistics-" + s.year() + (s.unit() == null ? "" : "-" + s.unit()) + "-"
                + TABLE + ".xlsx");
        List<String> headers = new ArrayList<>();
        for (String c : List.of("unit", "year", "announced", "executed", "failed", "superseded", "overridden")) {
            headers.add(messages.getMessage("oversight.col." + c, null, locale));
        }
        String substitutions = messages.getMessage("oversight.col.substitutions", null, locale);
        for (String reason : DrawOversight.REASONS) {
            headers.add(substitutions + ": " + messages.getMessage("draw.substitution.reason." + reason, null, locale));
        }
        headers.add(messages.getMessage("oversight.col.cancelled_after_draw", null, locale));
        headers.add(messages.getMessage("oversight.col.draws", null, locale));
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), TABLE, headers)) {
            for (DrawOversight.Row r : rows) {
                List<Object> row = new ArrayList<>(List.of(r.unitCode(), r.year(), r.announced(), r.executed(),
                        r.failed(), r.superseded(), r.overridden()));
                DrawOversight.REASONS.forEach(reason -> row.add(r.substituted(reason)));
                row.add(r.cancelledAfterDraw());
                row.add(String.join(" ", r.drawIds()));
                t.add(row);
            }
        }
    }
}
