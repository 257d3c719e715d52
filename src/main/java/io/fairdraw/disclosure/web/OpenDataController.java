package io.fairdraw.disclosure.web;

import io.fairdraw.shared.Csv;
import io.fairdraw.disclosure.domain.Portal;
import io.fairdraw.disclosure.domain.ResultQuery;
import io.fairdraw.shared.XlsxTable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 一公开 open data: the published results as JSON for machines ({@link OpenDataRow}, field names
 * never change, documented by {@code /public/open-data/results.schema.json}) and as CSV and .xlsx for
 * people ({@link OpenDataSheet}: headers in the reader's language, codes resolved to names), no
 * login, the same filters as the portal list. Only published rows. OpenAPI texts are message keys
 * (issue 21 item 3: no Chinese in Java), resolved by springdoc's MessageSource support.
 */
@RestController
@Tag(name = "openapi.tag.open_data", description = "openapi.tag.open_data.description")
class OpenDataController {

    static final int MAX_JSON_PAGE = 1000;

    private final Portal portal;
    private final PortalLabels labels;
    private final MessageSource messages;

    OpenDataController(Portal portal, PortalLabels labels, MessageSource messages) {
        this.portal = portal;
        this.labels = labels;
        this.messages = messages;
    }

    /** A page of published results (descriptions: message keys, resolved by springdoc in the reader's language). */
    @Schema(description = "openapi.schema.result_page")
    record ResultPage(@Schema(description = "openapi.schema.result_page.items") List<OpenDataRow> items,
                      @Schema(description = "openapi.schema.result_page.next") String next,
                      @Schema(description = "openapi.schema.result_page.count") int count,
                      @Schema(description = "openapi.schema.result_page.count_capped") boolean countCapped,
                      @Schema(description = "openapi.schema.result_page.count_at_least") boolean countAtLeast) {
    }

    @GetMapping(value = "/public/results.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "openapi.results_json.summary", description = "openapi.results_json.description")
    ResultPage json(@Parameter(description = "openapi.param.q") @RequestParam(required = false) String q,
                    @Parameter(description = "openapi.param.uscc") @RequestParam(required = false) String uscc,
                    @Parameter(description = "openapi.param.unit") @RequestParam(required = false) String unit,
                    @Parameter(description = "openapi.param.year") @RequestParam(required = false) Integer year,
                    @Parameter(description = "openapi.param.field") @RequestParam(required = false) String field,
                    @Parameter(description = "openapi.param.result") @RequestParam(required = false) String result,
                    @Parameter(description = "openapi.param.after") @RequestParam(required = false) String after,
                    @Parameter(description = "openapi.param.size") @RequestParam(defaultValue = "100") int size,
                    Locale locale) {
        Portal.Page page = portal.search(new ResultQuery(q, uscc, unit, year, field, result, after),
                Math.max(1, Math.min(size, MAX_JSON_PAGE)), true);
        return new ResultPage(page.rows().stream().map(r -> labels.row(r, locale)).toList(), page.next(), page.count(),
                page.countCapped(), false);
    }

    @GetMapping(value = "/public/results.csv", produces = "text/csv")
    @Operation(summary = "openapi.results_csv.summary", description = "openapi.results_csv.description",
            responses = @ApiResponse(responseCode = "200", description = "openapi.results_csv.response",
                    content = @Content(mediaType = "text/csv")))
    void csv(@Parameter(description = "openapi.param.q") @RequestParam(required = false) String q,
             @Parameter(description = "openapi.param.uscc") @RequestParam(required = false) String uscc,
             @Parameter(description = "openapi.param.unit") @RequestParam(required = false) String unit,
             @Parameter(description = "openapi.param.year") @RequestParam(required = false) Integer year,
             @Parameter(description = "openapi.param.field") @RequestParam(required = false) String field,
             @Parameter(description = "openapi.param.result") @RequestParam(required = false) String result,
             Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"results.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        // The byte order mark makes Excel read the file as UTF-8 (Chinese headers and names).
        out.write('\uFEFF');
        out.write(Csv.line(OpenDataSheet.headers(messages, locale)));
        portal.each(new ResultQuery(q, uscc, unit, year, field, result, null), r -> {
            try {
                out.write(Csv.line(OpenDataSheet.cells(r, labels, locale)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }

    @GetMapping("/public/results.xlsx")
    @Operation(summary = "openapi.results_xlsx.summary", description = "openapi.results_xlsx.description",
            responses = @ApiResponse(responseCode = "200", description = "openapi.results_xlsx.response", content = @Content(
                    mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))
    void xlsx(@Parameter(description = "openapi.param.q") @RequestParam(required = false) String q,
              @Parameter(description = "openapi.param.uscc") @RequestParam(required = false) String uscc,
              @Parameter(description = "openapi.param.unit") @RequestParam(required = false) String unit,
              @Parameter(description = "openapi.param.year") @RequestParam(required = false) Integer year,
              @Parameter(description = "openapi.param.field") @RequestParam(required = false) String field,
              @Parameter(description = "openapi.param.result") @RequestParam(required = false) String result,
              Locale locale, HttpServletResponse response) throws IOException {
        XlsxTable.attachment(response, "results.xlsx");
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), "results", OpenDataSheet.headers(messages, locale))) {
            portal.each(new ResultQuery(q, uscc, unit, year, field, result, null),
                    r -> t.add(OpenDataSheet.cells(r, labels, locale)));
        }
    }
}
