package io.fairdraw.disclosure.web;

import io.fairdraw.disclosure.domain.Portal;
import io.fairdraw.disclosure.domain.ResultQuery;
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
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 一公开 open data: the published results as CSV and JSON, no login, the same filters as the
 * portal list. Only published rows and only the columns of {@link OpenDataRow}.
 */
@RestController
@Tag(name = "Open data", description = "Published inspection results, no login required")
class OpenDataController {

    static final int MAX_JSON_PAGE = 1000;

    private final Portal portal;
    private final PortalLabels labels;

    OpenDataController(Portal portal, PortalLabels labels) {
        this.portal = portal;
        this.labels = labels;
    }

    /** A page of published results. */
    @Schema(description = "A page of published results, newest publication first")
    record ResultPage(List<OpenDataRow> items,
                      @Schema(description = "Cursor for the next page (pass as 'after'), null on the last page") String next,
                      @Schema(description = "Number of matches, counted up to 1000") int count,
                      @Schema(description = "True when there are more than 1000 matches") boolean countCapped,
                      @Schema(description = "Always false: counts are exact up to 1000 (kept so the columns stay "
                              + "stable; it once marked a lower bound)") boolean countAtLeast) {
    }

    @GetMapping(value = "/public/results.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Published inspection results (JSON, paged by cursor)",
            description = "Search and filters as on /public/results. q: part of an entity name, or (6-18 letters "
                    + "and digits) a prefix of the unified social credit code. Pages of up to 1000 rows; follow "
                    + "'next' with the parameter 'after'.")
    ResultPage json(@Parameter(description = "Part of an entity name, or a code prefix") @RequestParam(required = false) String q,
                    @Parameter(description = "Exact unified social credit code") @RequestParam(required = false) String uscc,
                    @Parameter(description = "Unit code") @RequestParam(required = false) String unit,
                    @Parameter(description = "Plan year") @RequestParam(required = false) Integer year,
                    @Parameter(description = "Supervision field") @RequestParam(required = false) String field,
                    @Parameter(description = "Result category") @RequestParam(required = false) String result,
                    @Parameter(description = "Cursor from 'next'") @RequestParam(required = false) String after,
                    @Parameter(description = "Page size, 1-1000") @RequestParam(defaultValue = "100") int size,
                    Locale locale) {
        Portal.Page page = portal.search(new ResultQuery(q, uscc, unit, year, field, result, after),
                Math.max(1, Math.min(size, MAX_JSON_PAGE)), true);
        return new ResultPage(page.rows().stream().map(r -> labels.row(r, locale)).toList(), page.next(), page.count(),
                page.countCapped(), false);
    }

    @GetMapping(value = "/public/results.csv", produces = "text/csv")
    @Operation(summary = "Published inspection results (CSV, every match)",
            description = "UTF-8 with a byte order mark, RFC 4180, header row: record_id, task, year, unit_code, "
                    + "unit_name, item_code, item_version, item_name, uscc, entity_name, field, result, result_label, "
                    + "inspection_date, published_on, corrected_by_record_id. Cells starting with = + - @ are "
                    + "prefixed with an apostrophe (spreadsheet formula injection). Same parameters as the JSON.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "text/csv")))
    void csv(@RequestParam(required = false) String q, @RequestParam(required = false) String uscc,
             @RequestParam(required = false) String unit, @RequestParam(required = false) Integer year,
             @RequestParam(required = false) String field, @RequestParam(required = false) String result,
             Locale locale, HttpServletResponse response) throws IOException {
        response.setContentType("text/csv; charset=utf-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"results.csv\"");
        Writer out = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
        out.write('\uFEFF');
        out.write(Csv.line(OpenDataRow.CSV_HEADER));
        portal.each(new ResultQuery(q, uscc, unit, year, field, result, null), r -> {
            try {
                out.write(Csv.line(labels.row(r, locale).cells()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }
}
