package io.fairdraw.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.shared.UnifiedSocialCreditCode;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.StatementCounter;
import io.fairdraw.support.TestDivision;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * issue 23 item 4, a guard and not a timing: every list page runs the same number of SQL statements
 * at 10 rows as at 1,000 rows of what it lists (no query per row). One division of its own (D66,
 * plan year 2006) gets 10 rows of everything its pages list, every page is counted, then the rows
 * grow to 1,000 (each table with one {@code INSERT … SELECT … FROM generate_series}) and every page
 * is counted again. {@link #PAGES} names the pages; {@link ListPagesCoverageTest} fails when a menu
 * entry is neither here nor in {@link #NOT_LISTS}, so a new page cannot escape the guard.
 */
@AppIT
@Import(StatementCounter.Config.class)
class ListPagesQueryCountIT {

    static final String UNIT = "D66";
    static final int YEAR = 2006;
    static final int FEW = 10;
    static final int MANY = 1000;

    /** Who opens a page: the test division's accounts and the demo's system-wide ones. */
    enum As {
        LIAISON("liaison.d66"), PLANNER("planner.d66"), REVIEWER("reviewer.d66"), INSPECTOR("it.xj-d66-a"),
        ADMIN("admin"), AUDITOR("auditor"), PUBLIC(null);

        final String username;

        As(String username) {
            this.username = username;
        }
    }

    /**
     * A list page: the menu entry it belongs to ({@code menu}: the side menu's href, or the portal
     * bar's {@code /public/<link>}), who opens it, the path with the filter that scopes it to D66's
     * rows ({PLAN} and {TASK} are filled in), and the statements it may run beyond its count at 10
     * rows when it holds 1,000 (0 everywhere: no page may grow).
     */
    record Page(String menu, As as, String path, int allowance) {
        Page(String menu, As as, String path) {
            this(menu, as, path, 0);
        }
    }

    static final List<Page> PAGES = List.of(
            // 工作台: each role's block of to-dos lists rows of its own
            new Page("/", As.PLANNER, "/"),
            new Page("/", As.REVIEWER, "/"),
            new Page("/", As.LIAISON, "/"),
            new Page("/", As.INSPECTOR, "/"),
            new Page("/", As.ADMIN, "/"),
            new Page("/", As.AUDITOR, "/"),
            new Page("/units/mine", As.LIAISON, "/units/" + UNIT),            // the unit's accounts
            new Page("/catalog", As.LIAISON, "/catalog?unit=" + UNIT),
            new Page("/registry", As.LIAISON, "/registry?unit=" + UNIT),
            new Page("/registry/imports", As.LIAISON, "/registry/imports"),   // the unit's recent imports
            new Page("/inspectors", As.LIAISON, "/inspectors?unit=" + UNIT),
            new Page("/plans", As.PLANNER, "/plans?year=" + YEAR),
            new Page("/plans", As.PLANNER, "/plans/{PLAN}"),                  // a plan's tasks
            new Page("/plans", As.PLANNER, "/tasks/{TASK}/draws"),            // a task's draws
            new Page("/report", As.PLANNER, "/report?year=" + YEAR + "&unit=" + UNIT),
            new Page("/notifications", As.REVIEWER, "/notifications"),
            new Page("/inspection/visits", As.INSPECTOR, "/inspection/visits"),
            new Page("/inspection/accounts", As.LIAISON, "/inspection/accounts"),
            new Page("/inspection/review", As.REVIEWER, "/inspection/review"),
            new Page("/inspection/follow-ups", As.REVIEWER, "/inspection/follow-ups"),
            new Page("/inspection/follow-ups", As.INSPECTOR, "/inspection/follow-ups"),
            new Page("/disclosure", As.REVIEWER, "/disclosure"),
            new Page("/admin/units", As.ADMIN, "/admin/units?q=" + UNIT),
            new Page("/admin/accounts", As.ADMIN, "/admin/accounts?unit=" + UNIT),
            new Page("/audit", As.AUDITOR, "/audit?targetType=IT_LIST_D66"),
            new Page("/admin/exchange/deliveries", As.ADMIN, "/admin/exchange/deliveries?q=IT-LIST-" + UNIT),
            new Page("/admin/file-drops", As.ADMIN, "/admin/file-drops"),
            new Page("/public/catalog", As.PUBLIC, "/public/catalog?unit=" + UNIT),
            new Page("/public/plans", As.PUBLIC, "/public/plans?year=" + YEAR),
            new Page("/public/draws", As.PUBLIC, "/public/draws"),
            new Page("/public/oversight", As.PUBLIC, "/public/oversight?year=" + YEAR),
            // +1: the capped count (Portal.search) runs once the matches exceed the first page; a first page that
            // holds every match is its own count. One statement, whatever the rows beyond.
            new Page("/public/results", As.PUBLIC, "/public/results?unit=" + UNIT, 1));

    /** Menu entries that list no rows a unit accumulates, and why. */
    static final Map<String, String> NOT_LISTS = Map.of(
            "/public", "the portal's home: a search form and links",
            "/public/log", "the latest checkpoint and the public key: one row each",
            "/profile/password", "a form",
            "/swagger-ui.html", "springdoc's static page",
            "/admin/calendar", "one year's days: 365 or 366 rows whatever the data",
            "/credit/rules", "the fixed rule table (one rule per result category and class step), not user data",
            "/admin/beacon-sources", "the few public sources the data center configures, not data that grows with use");

    /**
     * Pages that still run a statement per row, as "ROLE path" (the guard's findings not yet fixed):
     * each fix removes its page, and a page listed here that no longer grows fails the test.
     */
    static final Set<String> STILL_GROWING = Set.of();

    /** The size of each page's body at the last count: at 1,000 rows a page shows more than at 10. */
    private final Map<Page, Integer> bodies = new HashMap<>();
    private Page current;
    private final Map<Page, List<String>> statements = new HashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    StatementCounter sql;

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate tx;

    @Test
    @DisplayName("每个列表页：10 行与 1000 行执行的 SQL 语句数相同")
    void everyListPageRunsAFixedNumberOfStatements() {
        TestDivision.create(jdbc, UNIT);
        ListPageRows rows = new ListPageRows(jdbc, UNIT, YEAR);
        rows.base(usccs(MANY));
        rows.grow(1, FEW);
        Map<As, WebClient> clients = new HashMap<>();
        for (As as : As.values()) {
            clients.put(as, as.username == null ? new WebClient(port) : WebClient.loggedIn(port, as.username));
        }
        auditEntries(1, FEW);
        Map<Page, Integer> few = countAll(clients, rows, true);
        Map<Page, Integer> fewBodies = new HashMap<>(bodies);
        rows.grow(FEW + 1, MANY);
        auditEntries(FEW + 1, MANY);
        Map<Page, Integer> many = countAll(clients, rows, false);

        StringBuilder table = new StringBuilder("statements per page (" + FEW + " rows / " + MANY + " rows), body chars:\n");
        List<String> grown = new ArrayList<>();
        List<String> fixed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Page p : PAGES) {
            String key = p.as() + " " + p.path();
            boolean grows = many.get(p) > few.get(p) + p.allowance();
            table.append(String.format("  %-3s %-10s %-40s %5d %5d   %8d %8d%n", grows ? "N+1" : "", p.as(), p.path(),
                    few.get(p), many.get(p), fewBodies.get(p), bodies.get(p)));
            if (grows) {
                // what repeats: the statement run once per row
                Map<String, Long> repeated = new java.util.TreeMap<>();
                statements.get(p).forEach(s -> repeated.merge(s.replaceAll("\\s+", " "), 1L, Long::sum));
                repeated.entrySet().stream().filter(e -> e.getValue() >= MANY / 2)
                        .forEach(e -> table.append(String.format("        %6d x %.160s%n", e.getValue(), e.getKey())));
            }
            if (grows && !STILL_GROWING.contains(key)) {
                grown.add(key + ": " + few.get(p) + " -> " + many.get(p));
            }
            if (!grows && STILL_GROWING.contains(key)) {
                fixed.add(key);
            }
            // a 工作台 summarises (counts, the next few to-dos); every other page shows more rows
            if (!p.menu().equals("/") && bodies.get(p) <= fewBodies.get(p)) {
                unchanged.add(key);
            }
        }
        System.out.print(table);
        assertThat(unchanged).as("pages that show no more at %d rows than at %d: the rows are not in their scope\n%s",
                MANY, FEW, table).isEmpty();
        assertThat(grown).as("pages whose statement count grows with their rows\n%s", table).isEmpty();
        assertThat(fixed).as("pages in STILL_GROWING that no longer grow: take them out\n%s", table).isEmpty();
    }

    @AfterAll
    static void noThousandUnitsLeftBehind(@Autowired JdbcClient jdbc) {
        // other classes list every unit (dashboards, the matrix): the 1,000 test units go again
        jdbc.sql("DELETE FROM org_unit WHERE parent_code = ? AND code LIKE ?").params(UNIT, UNIT + "U%").update();
        // The feed /public/draws lists the newest 500 draws: the test's 2,000, announced "now" so that the feed shows
        // them while the pages are counted, move back to the test's year so later classes see their own draws on top
        // (a draw is never deleted: draw_announcement_no_delete).
        jdbc.sql("UPDATE draw_announcement SET announced_at = make_timestamptz(?, 3, 1, 9, 0, 0, 'Asia/Shanghai'), "
                        + "superseded_at = CASE WHEN superseded_at IS NULL THEN NULL "
                        + "ELSE make_timestamptz(?, 3, 1, 10, 0, 0, 'Asia/Shanghai') END WHERE draw_id LIKE ?")
                .params(YEAR, YEAR, "IT-" + UNIT + "-%").update();
    }

    private Map<Page, Integer> countAll(Map<As, WebClient> clients, ListPageRows rows, boolean warmUp) {
        Map<Page, Integer> counts = new LinkedHashMap<>();
        for (Page p : PAGES) {
            String path = p.path().replace("{PLAN}", String.valueOf(rows.planId())).replace("{TASK}",
                    String.valueOf(rows.taskId()));
            current = p;
            counts.put(p, statements(clients.get(p.as()), path, warmUp));
        }
        return counts;
    }

    /**
     * The statements the page runs on the server's request threads; {@code warmUp}: after one request
     * uncounted (the first time a page renders, its template is compiled and its session's caches fill).
     * The second count needs none: the same pages rendered at 10 rows, and each 1,000-row render is slow.
     */
    private int statements(WebClient c, String path, boolean warmUp) {
        if (warmUp) {
            assertThat(c.get(path).statusCode()).as(path).isEqualTo(200);
        }
        List<HttpResponse<String>> response = new ArrayList<>(1);
        List<String> seen = sql.countOnRequestThreads(() -> response.add(c.get(path)));
        assertThat(response.get(0).statusCode()).as(path).isEqualTo(200);
        bodies.put(current, response.get(0).body().length());
        statements.put(current, seen);
        assertThat(seen).as("the counter sees %s's statements", path).isNotEmpty();
        return seen.size();
    }

    /** Audit entries k in [from, to], written as the application writes them (the chain needs its hashes). */
    private void auditEntries(int from, int to) {
        tx.executeWithoutResult(s -> {
            for (int k = from; k <= to; k++) {
                audit.record(AuditEvent.of("IT_LIST", "IT_LIST_D66", "row-" + k, "list page row " + k));
            }
        });
    }

    private static List<String> usccs(int count) {
        Random rnd = new Random(YEAR);
        Set<String> out = new LinkedHashSet<>();
        while (out.size() < count) {
            out.add(UnifiedSocialCreditCode.random(rnd, "659066").value());
        }
        return new ArrayList<>(out);
    }
}
