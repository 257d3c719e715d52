package io.fairdraw.catalog.web;

import io.fairdraw.catalog.ChecklistPoint;
import io.fairdraw.catalog.domain.ChecklistImport;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * A version's 检查细则 as .xlsx, in the import template's columns and headers (zh-CN), so an
 * exported checklist can be edited and imported again; with no points it is the empty template.
 */
final class ChecklistXlsx {

    private ChecklistXlsx() {
    }

    static void write(HttpServletResponse response, String filename, List<ChecklistPoint> points,
                      ChecklistImport importer, MessageSource messages) throws IOException {
        XlsxTable.attachment(response, filename);
        List<String> headers = Arrays.stream(ChecklistImport.Column.values()).map(importer::header).toList();
        String options = messages.getMessage("catalog.checklist.options", null, Locale.SIMPLIFIED_CHINESE);
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), "checklist", headers)) {
            for (ChecklistPoint p : points) {
                t.add(List.of(p.no(), p.text(), p.clause(), p.method(), options));
            }
        }
    }
}
