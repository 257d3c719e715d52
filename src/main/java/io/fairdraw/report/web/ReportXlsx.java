package io.fairdraw.report.web;

import io.fairdraw.report.domain.Spread;
import io.fairdraw.report.domain.Statistics;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;

/** Each table of the statistics page as an .xlsx sheet, with the same columns as on screen. */
final class ReportXlsx {

    static final List<String> TABLES = List.of("units", "coverage", "items", "workload");

    static final List<String> UNIT_COLUMNS = List.of("unit", "unit_name", "plan_status", "submitted_on", "plan_on_time",
            "tasks", "drawn", "inspected", "item_results", "problems", "problem_rate", "approved", "published",
            "published_on_time", "on_time_rate", "pending", "overdue", "inspectors", "workload_min",
            "workload_median", "workload_max", "workload_cv");
    static final List<String> COVERAGE_COLUMNS = List.of("field", "registered", "drawn", "drawn_rate", "inspected",
            "inspected_rate");
    static final List<String> ITEM_COLUMNS = List.of("item_code", "item_name", "item_results", "problems",
            "problem_rate");
    static final List<String> WORKLOAD_COLUMNS = List.of("inspector", "inspector_name", "unit", "visits");

    private ReportXlsx() {
    }

    static void write(HttpServletResponse response, String table, Statistics.Report r,
                      ReportController.Selection s, MessageSource messages, Locale locale) throws IOException {
        XlsxTable.attachment(response, "statistics-" + r.year() + (s.unit() == null ? "" : "-" + s.unit()) + "-"
                + table + ".xlsx");
        List<String> columns = switch (table) {
            case "units" -> UNIT_COLUMNS;
            case "coverage" -> COVERAGE_COLUMNS;
            case "items" -> ITEM_COLUMNS;
            default -> WORKLOAD_COLUMNS;
        };
        List<String> headers = columns.stream().map(c -> messages.getMessage("report.col." + c, null, locale)).toList();
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), table, headers)) {
            switch (table) {
                case "units" -> {
                    r.units().forEach(u -> t.add(unitRow(u, messages, locale)));
                    t.add(unitRow(r.total(), messages, locale));
                }
                case "coverage" -> r.coverage().forEach(f -> t.add(Arrays.asList(
                        messages.getMessage(f.field().messageKey(), null, locale), f.registered(), f.drawn(),
                        ReportController.pct(f.drawnRate()), f.inspected(), ReportController.pct(f.inspectedRate()))));
                case "items" -> r.items().forEach(i -> t.add(Arrays.asList(i.itemCode(), i.itemName(), i.results(),
                        i.problems(), ReportController.pct(i.rate()))));
                default -> r.workload().forEach(w -> t.add(List.of(w.inspectorId(), w.name(), w.unitCode(),
                        w.visits())));
            }
        }
    }

    /**
     * The cells of a unit row, each under its column's name (UNIT_COLUMNS gives the order). Rates in
     * percent (one decimal); the total row has no unit and no plan figures.
     */
    private static List<Object> unitRow(Statistics.UnitRow u, MessageSource messages, Locale locale) {
        Spread w = u.workload();
        boolean noLoad = w.n() == 0;
        Map<String, Object> cells = new HashMap<>();
        cells.put("unit", u.unitCode() == null ? messages.getMessage("report.total", null, locale) : u.unitCode());
        cells.put("unit_name", u.unitName());
        cells.put("plan_status", u.planStatus() == null ? null
                : messages.getMessage("plan.status." + u.planStatus().name(), null, locale));
        cells.put("submitted_on", u.submittedOn());
        cells.put("plan_on_time", u.planOnTime() == null ? null
                : messages.getMessage("report.on_time." + u.planOnTime(), null, locale));
        cells.put("tasks", u.tasks());
        cells.put("drawn", u.drawn());
        cells.put("inspected", u.inspected());
        cells.put("item_results", u.itemResults());
        cells.put("problems", u.problems());
        cells.put("problem_rate", ReportController.pct(u.problemRate()));
        cells.put("approved", u.approved());
        cells.put("published", u.published());
        cells.put("published_on_time", u.publishedOnTime());
        cells.put("on_time_rate", ReportController.pct(u.onTimeRate()));
        cells.put("pending", u.pending());
        cells.put("overdue", u.overdue());
        cells.put("inspectors", w.n());
        cells.put("workload_min", noLoad ? null : w.min());
        cells.put("workload_median", noLoad ? null : w.median());
        cells.put("workload_max", noLoad ? null : w.max());
        cells.put("workload_cv", w.cv() == null ? null : Math.round(w.cv() * 1000) / 1000.0);
        if (!cells.keySet().equals(Set.copyOf(UNIT_COLUMNS))) {
            throw new IllegalStateException("unit row cells " + cells.keySet() + " differ from " + UNIT_COLUMNS);
        }
        List<Object> row = new ArrayList<>();
        UNIT_COLUMNS.forEach(c -> row.add(cells.get(c)));
        return row;
    }
}
