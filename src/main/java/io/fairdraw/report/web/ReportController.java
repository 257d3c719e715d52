package io.fairdraw.report.web;

import io.fairdraw.draw.DrawOversight;
import io.fairdraw.inspection.FollowUps;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scope;
import io.fairdraw.organization.Scopes;
import io.fairdraw.report.domain.Statistics;
import io.fairdraw.shared.UserError;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * Statistics, their charts and exports, and the yearly report (通报). A unit's PLANNER and
 * REVIEWER see their unit; the bureau's offices and AUDITOR see every unit (the one {@link Scope}).
 */
@Controller
class ReportController {

    static final String VIEW = "report/statistics";
    static final String BULLETIN = "report/bulletin";

    private final Statistics statistics;
    private final Scopes scopes;
    private final MessageSource messages;
    private final Clock clock;
    private final DrawOversight oversight;
    private final FollowUps followUps;
    private final io.fairdraw.report.domain.AchievedShares achieved;

    ReportController(Statistics statistics, Scopes scopes, MessageSource messages, Clock clock,
                     DrawOversight oversight, FollowUps followUps, io.fairdraw.report.domain.AchievedShares achieved) {
        this.followUps = followUps;
        this.achieved = achieved;
        this.statistics = statistics;
        this.scopes = scopes;
        this.messages = messages;
        this.clock = clock;
        this.oversight = oversight;
    }

    private io.fairdraw.report.domain.PointStatistics points;

    /** issue 19 item 3: the 检查表 statistics (a setter keeps the constructor as it was). */
    @org.springframework.beans.factory.annotation.Autowired
    void setPoints(io.fairdraw.report.domain.PointStatistics points) {
        this.points = points;
    }

    record Selection(int year, String unit, List<Organization.UnitView> choices, List<String> units) {

        /**
         * Issue 21 item 2: a person reads unit names, not codes. Resolved once per page from the units
         * in view (the same list the unit filter offers); a code outside it is shown as it is.
         */
        Map<String, String> unitNames() {
            Map<String, String> names = new LinkedHashMap<>();
            choices.forEach(u -> names.put(u.code(), u.name() == null || u.name().isBlank() ? u.code() : u.name()));
            return names;
        }
    }

    private Selection select(FairdrawUser user, Integer year, String unit) {
        if (!(user.has(Role.PLANNER) || user.has(Role.REVIEWER) || user.has(Role.AUDITOR))) {
            throw new AccessDeniedException("statistics: PLANNER, REVIEWER or AUDITOR");
        }
        int y = year == null ? today().getYear() : year;
        if (y < 2000 || y > 2100) {
            throw new UserError("year", "report.year.invalid");
        }
        Scope scope = scopes.current();
        List<Organization.UnitView> choices = statistics.unitsFor(scope);
        String u = unit == null || unit.isBlank() ? null : unit.strip();
        if (u != null) {
            scope.requireRead(u);
        }
        List<String> units = u != null ? List.of(u) : choices.stream().map(Organization.UnitView::code).toList();
        return new Selection(y, u, choices, units);
    }

    private LocalDate today() {
        return io.fairdraw.shared.BusinessClock.today(clock);
    }

    @GetMapping("/report")
    String statistics(@AuthenticationPrincipal FairdrawUser user, @RequestParam(required = false) Integer year,
                      @RequestParam(required = false) String unit, Model model) {
        Selection s = select(user, year, unit);
        model.addAttribute("selection", s);
        model.addAttribute("unitNames", s.unitNames());
        model.addAttribute("report", statistics.report(s.year(), s.units(), today()));
        model.addAttribute("oversight", oversight.table(s.units(), s.year()));
        model.addAttribute("topPoints", points.mostNonCompliant(s.year(), s.units()));
        model.addAttribute("followUps", followUps.perUnit(s.units(), today()));   // 后续处置 (issue 19 item 4)
        model.addAttribute("achieved", achieved.of(s.year(), s.units()));
        return VIEW;
    }

    @GetMapping("/report/bulletin")
    String bulletin(@AuthenticationPrincipal FairdrawUser user, @RequestParam(required = false) Integer year,
                    @RequestParam(required = false) String unit, Model model) {
        Selection s = select(user, year, unit);
        model.addAttribute("selection", s);
        model.addAttribute("report", statistics.report(s.year(), s.units(), today()));
        model.addAttribute("today", today());
        return BULLETIN;
    }

    /** The charts' data (CSP: no inline scripts, so report-charts.js fetches it). Labels are localised here. */
    @GetMapping(value = "/report/charts.json", produces = "application/json")
    @ResponseBody
    Map<String, Object> charts(@AuthenticationPrincipal FairdrawUser user, @RequestParam(required = false) Integer year,
                               @RequestParam(required = false) String unit, Locale locale) {
        Selection s = select(user, year, unit);
        Statistics.Report r = statistics.report(s.year(), s.units(), today());
        Map<String, Object> out = new LinkedHashMap<>();
        Map<String, String> names = s.unitNames();
        // Issue 21 item 2: the chart names each unit; its code stays beside it in "codes" for machines.
        out.put("units", Map.of(
                "labels", r.units().stream().map(u -> unitLabel(u, names)).toList(),
                "codes", r.units().stream().map(Statistics.UnitRow::unitCode).toList(),
                "series", List.of(
                        series(msg("report.col.drawn", locale), r.units().stream().map(Statistics.UnitRow::drawn).toList()),
                        series(msg("report.col.inspected", locale), r.units().stream().map(Statistics.UnitRow::inspected).toList()),
                        series(msg("report.col.published_on_time", locale),
                                r.units().stream().map(Statistics.UnitRow::publishedOnTime).toList()))));
        out.put("coverage", Map.of(
                "labels", r.coverage().stream().map(f -> msg(f.field().messageKey(), locale)).toList(),
                "series", List.of(
                        series(msg("report.col.drawn_rate", locale), r.coverage().stream().map(f -> pct(f.drawnRate())).toList()),
                        series(msg("report.col.inspected_rate", locale),
                                r.coverage().stream().map(f -> pct(f.inspectedRate())).toList())),
                "percent", true));
        out.put("items", Map.of(
                "labels", r.items().stream().map(Statistics.ItemRow::itemName).toList(),
                "series", List.of(series(msg("report.col.problem_rate", locale),
                        r.items().stream().map(i -> pct(i.rate())).toList())),
                "percent", true, "horizontal", true));
        out.put("workload", Map.of(
                "labels", r.workload().stream()
                        .map(w -> w.name() + " (" + names.getOrDefault(w.unitCode(), w.unitCode()) + ")").toList(),
                "series", List.of(series(msg("report.col.visits", locale),
                        r.workload().stream().map(Statistics.WorkloadRow::visits).toList()))));
        return out;
    }

    @GetMapping("/report/{table}.xlsx")
    void export(@AuthenticationPrincipal FairdrawUser user, @PathVariable String table,
                @RequestParam(required = false) Integer year, @RequestParam(required = false) String unit,
                Locale locale, HttpServletResponse response) throws IOException {
        Selection s = select(user, year, unit);
        if (table.equals(OversightXlsx.TABLE)) {
            OversightXlsx.write(response, oversight.table(s.units(), s.year()), s, messages, locale);
            return;
        }
        if (!ReportXlsx.TABLES.contains(table)) {
            throw new UserError("table", "report.table.unknown");
        }
        Statistics.Report r = statistics.report(s.year(), s.units(), today());
        ReportXlsx.write(response, table, r, s, messages, locale);
    }

    private static String unitLabel(Statistics.UnitRow u, Map<String, String> names) {
        if (u.unitName() != null && !u.unitName().isBlank()) {
            return u.unitName();
        }
        return names.getOrDefault(u.unitCode(), u.unitCode());
    }

    private static Map<String, Object> series(String name, List<?> data) {
        return Map.of("name", name, "data", new ArrayList<>(data));
    }

    /** Percent with one decimal, or null (ECharts leaves a gap) when there is no denominator. */
    static Double pct(Double rate) {
        return rate == null ? null : Math.round(rate * 1000) / 10.0;
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
