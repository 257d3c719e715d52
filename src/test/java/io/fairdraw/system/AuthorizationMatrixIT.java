package io.fairdraw.system;

import io.fairdraw.support.Beacons;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.Role;
import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.system.AccessPolicy.Caller;
import io.fairdraw.system.AccessPolicy.Rule;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.logout.LogoutFilter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.handler.AbstractUrlHandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

/**
 * Every route the application serves × every role (and anonymous) × own / foreign unit, checked
 * against the declarative policy of DESIGN.md §2 in {@link AccessPolicy}.
 *
 * <p>Routes come from the handler mappings themselves (controllers, static resources, springdoc)
 * plus the endpoints the security filters handle (login, logout), so a new controller method is in
 * the matrix without touching this class; if {@link AccessPolicy#TABLE} has no line for it, the
 * test fails and lists it. Path variables are filled from real data of D01 (own) and D02 (foreign);
 * the bureau's offices read both read-only.
 *
 * <p>Reads (GET) are checked both ways: refused when the policy denies, served when it allows.
 * Writes are sent (forms with the session's CSRF token, {@code /api/**} with HTTP Basic) for every
 * caller the policy refuses, and must be refused before anything is validated or changed; writes
 * the policy allows are left to the feature tests, so the matrix never changes shared demo data.
 */
@AppIT
class AuthorizationMatrixIT {

    /** Refused: not signed in, forbidden, or hidden as not found (DESIGN §2: existence not revealed). */
    private static final Set<Integer> REFUSED = Set.of(401, 403, 404);
    private static final int YEAR = 2077;
    private static final String PASSWORD = WebClient.DEMO_PASSWORD;

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    DemoPlans plans;

    /** {@code accept}: what a client of the route asks for (text/html unless the mapping produces only other types). */
    record Route(String method, String pattern, boolean multipart, String accept) {
        boolean api() {
            return pattern.startsWith("/api/");
        }

        boolean write() {
            return !method.equals("GET");
        }

        /** A POST that changes nothing (e.g. the task form's live preview): sent like a read. */
        boolean carriesData() {
            return pattern.replaceAll("\\{transition[^}]*}", "").contains("{");
        }

        @Override
        public String toString() {
            return method + " " + pattern;
        }
    }

    @Test
    @DisplayName("授权矩阵：每条路由 × 每个角色 × 本单位/外单位，均符合 DESIGN.md §2")
    void everyRouteEveryRoleEveryUnit() {
        List<Route> routes = routes();
        List<String> unclassified = routes.stream().filter(r -> AccessPolicy.ruleFor(r.method(), r.pattern()).isEmpty())
                .map(Route::toString).sorted().toList();

        Map<String, Map<String, String>> fixtures = new LinkedHashMap<>();
        fixtures.put("D01", fixtures("D01"));
        fixtures.put("D02", fixtures("D02"));
        List<Caller> callers = callers();
        Map<String, WebClient> clients = new LinkedHashMap<>();
        for (Caller c : callers) {
            clients.put(String.valueOf(c.username()), c.anonymous() ? anonymous() : WebClient.loggedIn(port, c.username()));
        }
        String webjar = webjarSample();

        List<String> violations = new ArrayList<>();
        Set<String> invalidBeforeAuthorization = new TreeSet<>();
        int requests = 0;
        int sentWrites = 0;
        for (Route route : routes) {
            Rule rule = AccessPolicy.ruleFor(route.method(), route.pattern()).orElse(null);
            if (rule == null) {
                continue;
            }
            List<String> units = route.carriesData() ? List.of("D01", "D02") : Arrays.asList((String) null);
            for (String unit : units) {
                String path = fill(route.pattern(), fixtures.get(unit == null ? "D01" : unit), webjar);
                for (Caller caller : callers) {
                    boolean allowed = AccessPolicy.allows(rule, caller, unit);
                    if (route.write() && allowed && rule.kind() != AccessPolicy.Kind.READ) {
                        continue;   // allowed writes: the feature tests (shared demo data stays intact)
                    }
                    WebClient client = clients.get(String.valueOf(caller.username()));
                    HttpResponse<String> r = send(client, caller, route, path);
                    requests++;
                    if (route.write()) {
                        sentWrites++;
                    }
                    if (!allowed && r.statusCode() == 400) {
                        invalidBeforeAuthorization.add(route.toString());
                    }
                    String verdict = verdict(r, allowed, route, rule);
                    if (verdict != null) {
                        violations.add(String.format("%-6s %-55s as %-15s on %s: %s", route.method(), path,
                                caller.anonymous() ? "anonymous" : caller.username(), unit == null ? "-" : unit, verdict));
                    }
                }
            }
        }
        System.out.printf("AUTHORIZATION MATRIX: %d routes, %d callers, %d requests (%d writes), %d violations, "
                + "%d unclassified routes%n", routes.size(), callers.size(), requests, sentWrites, violations.size(),
                unclassified.size());
        violations.forEach(v -> System.out.println("  VIOLATION " + v));
        // Refused with 400: the request was checked before the caller was authorised (docs/security.md).
        invalidBeforeAuthorization.forEach(v -> System.out.println("  REJECTED-AS-INVALID " + v));
        unclassified.forEach(u -> System.out.println("  UNCLASSIFIED " + u));
        assertThat(unclassified).as("routes without a line in AccessPolicy.TABLE").isEmpty();
        assertThat(violations).as("accesses outside DESIGN.md §2").isEmpty();
        assertThat(invalidBeforeAuthorization).as("denied writes answered 400 instead of 403/404").isEmpty();
        assertThat(routes.size()).as("routes enumerated").isGreaterThan(100);
    }

    /** Null when the response agrees with the policy, else what is wrong. */
    private static String verdict(HttpResponse<String> r, boolean allowed, Route route, Rule rule) {
        int s = r.statusCode();
        String location = r.headers().firstValue("Location").orElse("");
        if (s >= 500 && !route.pattern().equals("/error")) {
            return "server error " + s;   // (/error called directly has no failed request to report: 500)
        }
        boolean refused = (rule.kind() == AccessPolicy.Kind.PUBLIC ? Set.of(401, 403) : REFUSED).contains(s)
                || (s / 100 == 3 && location.contains("/login"));
        if (allowed) {
            return refused ? "refused (" + s + " " + location + ") but the policy allows it" : null;
        }
        if (refused) {
            return null;
        }
        if (s == 400) {
            return null;   // rejected as invalid before anything was read or changed (listed below)
        }
        return "served (" + s + (location.isEmpty() ? "" : " -> " + location) + ") but the policy denies it";
    }

    private HttpResponse<String> send(WebClient client, Caller caller, Route route, String path) {
        if (route.api()) {
            if (route.multipart()) {
                return caller.anonymous()
                        ? client.api(route.method(), path, null, null)
                        : client.apiUpload(path, caller.username(), "probe.csv", probeCsv());
            }
            return client.api(route.method(), path, caller.username(), passwordOf(caller),
                    route.write() ? "{}" : null);
        }
        if (!route.write()) {
            // A route that only produces e.g. JSON would answer a text/html request 406 before its
            // handler runs, for allowed and denied callers alike: ask as its real client does.
            return route.accept().equals("text/html") ? client.get(path) : client.get(path, route.accept());
        }
        if (caller.anonymous()) {
            client.get("/login");   // a token for the anonymous session, as a browser would have
        }
        if (route.multipart()) {
            return client.postUpload(path, "probe.csv", probeCsv());
        }
        return route.method().equals("POST") ? client.postForm(path, Map.of())
                : client.api(route.method(), path, null, null);
    }

    private static String passwordOf(Caller c) {
        return PASSWORD;
    }

    private static byte[] probeCsv() {
        return "统一社会信用代码,名称\n".getBytes(StandardCharsets.UTF_8);
    }

    // ---------------------------------------------------------------------------------------------
    // Routes: every handler mapping, plus the security filters' own endpoints.
    // ---------------------------------------------------------------------------------------------

    private List<Route> routes() {
        Set<String> seen = new TreeSet<>();
        List<Route> out = new ArrayList<>();
        for (HandlerMapping mapping : context.getBeansOfType(HandlerMapping.class).values()) {
            if (mapping instanceof RequestMappingInfoHandlerMapping rm) {
                rm.getHandlerMethods().forEach((info, handler) -> {
                    Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
                    boolean multipart = isMultipart(handler);
                    var produces = info.getProducesCondition().getProducibleMediaTypes();
                    String accept = produces.isEmpty() || produces.stream().anyMatch(t -> t.includes(
                            org.springframework.http.MediaType.TEXT_HTML)) ? "text/html" : produces.iterator().next().toString();
                    for (String pattern : info.getPatternValues()) {
                        for (RequestMethod m : methods.isEmpty() ? EnumSet.of(RequestMethod.GET) : methods) {
                            if (seen.add(m.name() + " " + pattern)) {
                                out.add(new Route(m.name(), pattern, multipart, accept));
                            }
                        }
                    }
                });
            } else if (mapping instanceof AbstractUrlHandlerMapping um) {
                for (String pattern : um.getHandlerMap().keySet()) {
                    if (seen.add("GET " + pattern)) {
                        out.add(new Route("GET", pattern, false, "text/html"));
                    }
                }
            } else if (mapping instanceof RouterFunctionMapping fm) {
                assertThat(fm.getRouterFunction()).as("functional routes: enumerate them here too").isNull();
            }
        }
        // Endpoints served by Spring Security's filters, not by a handler mapping.
        FilterChainProxy chains = context.getBean(FilterChainProxy.class);
        var filters = chains.getFilterChains().stream().flatMap(c -> c.getFilters().stream()).toList();
        assertThat(filters).anyMatch(UsernamePasswordAuthenticationFilter.class::isInstance)
                .anyMatch(LogoutFilter.class::isInstance);
        for (String security : List.of("POST /login", "POST /logout")) {
            if (seen.add(security)) {
                String[] p = security.split(" ");
                out.add(new Route(p[0], p[1], false, "text/html"));
            }
        }
        out.sort((a, b) -> (a.pattern() + a.method()).compareTo(b.pattern() + b.method()));
        return out;
    }

    private static boolean isMultipart(HandlerMethod handler) {
        return Arrays.stream(handler.getMethodParameters())
                .anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
    }

    // ---------------------------------------------------------------------------------------------
    // Fixtures: real data of D01 and D02 for every path variable. A route with a new variable name
    // needs one line in fill().
    // ---------------------------------------------------------------------------------------------

    private static final Pattern VAR = Pattern.compile("\\{([A-Za-z]+)(:[^}]*)?}");

    private static String fill(String pattern, Map<String, String> f, String webjar) {
        if (pattern.endsWith("**")) {
            return switch (pattern) {
                case "/webjars/**" -> webjar;
                case "/**" -> "/css/app.css";
                case "/swagger-ui/**" -> "/swagger-ui/index.html";
                case "/help/img/**" -> "/help/img/planner-dashboard.png";   // a committed screenshot (issue 21 item 7)
                default -> pattern.replace("/**", "/x");
            };
        }
        Matcher m = VAR.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String key = switch (name) {
                case "id" -> idKind(pattern);
                case "code" -> pattern.contains("catalog") ? "catalogCode" : "unit";
                case "username" -> "linkedAccount";
                default -> name;
            };
            String value = f.get(key);
            if (value == null) {
                throw new IllegalStateException("no fixture for {" + name + "} in " + pattern
                        + ": add one to AuthorizationMatrixIT.fixtures()/fill()");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String idKind(String pattern) {
        String p = pattern.replace("/api/v1", "");
        if (p.startsWith("/plans/") || p.startsWith("/public/plans/")) {
            return "planId";
        }
        if (p.startsWith("/tasks/")) {
            return "taskId";
        }
        if (p.startsWith("/inspectors/")) {
            return "inspectorId";
        }
        if (p.startsWith("/registry/imports/")) {
            return "importId";
        }
        if (p.startsWith("/admin/accounts/")) {
            return "accountId";
        }
        if (p.startsWith("/catalog/versions/")) {
            return "versionId";
        }
        if (p.startsWith("/inspection/visits/")) {
            return "visitId";
        }
        if (p.startsWith("/inspection/records/") || p.startsWith("/disclosure/records/")) {
            return "recordId";   // disclosure keys its rows by the inspection record's id
        }
        if (p.startsWith("/inspection/evidence/")) {
            return "evidenceId";
        }
        if (p.startsWith("/notifications/")) {
            return "reminderId";
        }
        if (p.startsWith("/inspection/follow-ups/")) {
            return "followUpId";   // 后续处置 (issue 19 item 4)
        }
        if (p.startsWith("/disclosure/objections/")) {
            return "objectionId";   // 异议 (issue 20 item 4)
        }
        return "unknown-id:" + pattern;
    }

    private Map<String, String> fixtures(String unit) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("unit", unit);
        f.put("no", "1");
        f.put("seq", "1");
        f.put("group", "public");    // springdoc's OpenAPI groups (issue 21 item 3): public, internal
        f.put("transition", "approve");
        f.put("amendmentId", "0");   // 计划调整 (issue 19 item 6): the plan is checked before the amendment
        f.put("role", "planner");     // 操作手册 /help/{role} (issue 21 item 7)
        WebClient planner = WebClient.loggedIn(port, "planner." + unit.toLowerCase());
        WebClient liaison = WebClient.loggedIn(port, "liaison." + unit.toLowerCase());
        // A published plan with one task and an announced draw, in a year no other test uses.
        Long taskId = jdbc.sql("SELECT t.id FROM plan_task t JOIN plan_annual p ON p.id = t.plan_id "
                + "WHERE p.unit_code = ? AND p.year = ? ORDER BY t.id LIMIT 1").params(unit, YEAR).query(Long.class)
                .optional().orElse(null);
        if (taskId == null) {
            taskId = plans.publishedPlan(unit, YEAR, "Matrix " + unit, List.of(new DemoPlans.DemoTask(
                    "Matrix task " + unit, 2, false, 5, "Matrix beacon source", null))).get(0);
        }
        f.put("taskId", taskId.toString());
        f.put("planId", jdbc.sql("SELECT plan_id FROM plan_task WHERE id = ?").param(taskId).query(Long.class)
                .single().toString());
        String drawId = jdbc.sql("SELECT draw_id FROM draw_announcement WHERE task_id = ? LIMIT 1").param(taskId)
                .query(String.class).optional().orElse(null);
        if (drawId == null) {
            HttpResponse<String> r = planner.api("POST", "/api/v1/tasks/" + taskId + "/draws",
                    "planner." + unit.toLowerCase(), Beacons.declaration(planner));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            drawId = jdbc.sql("SELECT draw_id FROM draw_announcement WHERE task_id = ? LIMIT 1").param(taskId)
                    .query(String.class).single();
        }
        f.put("drawId", drawId);
        // A sub-office of the unit (所所交叉) for /offices/{office}.
        jdbc.sql("INSERT INTO org_office (code, unit_code, name) VALUES (?, ?, 'IT matrix office') ON CONFLICT DO NOTHING")
                .params(unit + "-AM", unit).update();
        f.put("office", unit + "-AM");
        f.put("uscc", jdbc.sql("SELECT uscc FROM registry_entity WHERE unit_code = ? ORDER BY uscc LIMIT 1")
                .param(unit).query(String.class).single());
        String inspector = jdbc.sql("SELECT id FROM inspector WHERE unit_code = ? ORDER BY id LIMIT 1").param(unit)
                .query(String.class).single();
        f.put("inspectorId", inspector);
        if (jdbc.sql("SELECT count(*) FROM inspector_leave WHERE inspector_id = ?").param(inspector)
                .query(Long.class).single() == 0) {
            liaison.get("/inspectors/" + inspector);
            liaison.postForm("/inspectors/" + inspector + "/leaves",
                    Map.of("start", YEAR + "-01-05", "end", YEAR + "-01-06", "reason", "matrix"));
        }
        f.put("leaveId", jdbc.sql("SELECT id FROM inspector_leave WHERE inspector_id = ? ORDER BY id LIMIT 1")
                .param(inspector).query(Long.class).single().toString());
        if (jdbc.sql("SELECT count(*) FROM inspector_conflict WHERE inspector_id = ?").param(inspector)
                .query(Long.class).single() == 0) {
            liaison.get("/inspectors/" + inspector);
            liaison.postForm("/inspectors/" + inspector + "/conflicts", Map.of("uscc", f.get("uscc"), "reason", "matrix"));
        }
        f.put("conflictId", jdbc.sql("SELECT id FROM inspector_conflict WHERE inspector_id = ? ORDER BY id LIMIT 1")
                .param(inspector).query(Long.class).single().toString());
        String item = jdbc.sql("SELECT code FROM catalog_item WHERE unit_code = ? AND status = 'ACTIVE' ORDER BY code "
                + "LIMIT 1").param(unit).query(String.class).single();
        f.put("catalogCode", item);
        f.put("versionId", jdbc.sql("SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id "
                + "WHERE i.code = ? ORDER BY v.version_no LIMIT 1").param(item).query(Long.class).single().toString());
        if (jdbc.sql("SELECT count(*) FROM registry_import WHERE unit_code = ?").param(unit).query(Long.class)
                .single() == 0) {
            liaison.apiUpload("/api/v1/registry/imports", "liaison." + unit.toLowerCase(), "matrix.csv",
                    ("统一社会信用代码,名称,主体类型,监管领域,所属单位代码,住所,法定代表人,许可证号,状态,信用风险分类\n"
                            + "not-a-code,x,x,土地," + unit + ",x,x,,存续,\n").getBytes(StandardCharsets.UTF_8));
        }
        f.put("importId", jdbc.sql("SELECT id FROM registry_import WHERE unit_code = ? ORDER BY id LIMIT 1").param(unit)
                .query(Long.class).single().toString());
        inspectionFixtures(unit, f);
        f.put("table", "units");
        String target = "mx.target." + unit.toLowerCase();
        ensureAccount(target, unit, Set.of(Role.INSPECTOR));
        f.put("accountId", jdbc.sql("SELECT id FROM org_account WHERE username = ?").param(target).query(Long.class)
                .single().toString());
        return f;
    }

    /**
     * A visit, its record and one evidence file of the unit: the unit's 2077 draw is executed (real
     * visits, as the planner does), a team member's account opens the record through the app, and
     * one evidence row is stored for it. Plus a linked INSPECTOR account and a reminder of the unit.
     */
    private void inspectionFixtures(String unit, Map<String, String> f) {
        String lower = unit.toLowerCase();
        String drawId = f.get("drawId");
        if (jdbc.sql("SELECT count(*) FROM inspection_visit WHERE draw_id = ?").param(drawId).query(Long.class).single() == 0) {
            WebClient planner = WebClient.loggedIn(port, "planner." + lower);
            HttpResponse<String> r = Beacons.afterDeclaredMoments(planner, () -> planner.api("POST",
                    "/api/v1/draws/" + drawId + "/execute", "planner." + lower, "{\"beacon\":\"Matrix beacon " + unit + "\"}"));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        long visitId = jdbc.sql("SELECT id FROM inspection_visit WHERE draw_id = ? ORDER BY id LIMIT 1").param(drawId)
                .query(Long.class).single();
        f.put("visitId", String.valueOf(visitId));
        Long recordId = jdbc.sql("SELECT id FROM inspection_record WHERE visit_id = ? ORDER BY id LIMIT 1").param(visitId)
                .query(Long.class).optional().orElse(null);
        if (recordId == null) {
            String member = jdbc.sql("SELECT inspectors[1] FROM inspection_visit WHERE id = ?").param(visitId)
                    .query(String.class).single();
            String account = jdbc.sql("SELECT username FROM inspection_account WHERE inspector_id = ?").param(member)
                    .query(String.class).optional().orElse(null);
            if (account == null) {
                String memberUnit = jdbc.sql("SELECT unit_code FROM inspector WHERE id = ?").param(member)
                        .query(String.class).single();
                account = "mx.insp." + member.toLowerCase();
                ensureAccount(account, memberUnit, Set.of(Role.INSPECTOR));
                jdbc.sql("INSERT INTO inspection_account (username, inspector_id) VALUES (?, ?)").params(account, member)
                        .update();
            }
            WebClient inspector = WebClient.loggedIn(port, account);
            inspector.get("/inspection/visits/" + visitId);
            HttpResponse<String> r = inspector.postForm("/inspection/visits/" + visitId + "/record", Map.of());
            assertThat(r.statusCode()).as("record opened by %s: %s", account, r.body()).isIn(302, 303);
            recordId = jdbc.sql("SELECT id FROM inspection_record WHERE visit_id = ? ORDER BY id LIMIT 1").param(visitId)
                    .query(Long.class).single();
        }
        f.put("recordId", recordId.toString());
        if (jdbc.sql("SELECT count(*) FROM inspection_evidence WHERE record_id = ?").param(recordId).query(Long.class)
                .single() == 0) {
            String item = jdbc.sql("SELECT item_code FROM inspection_record_item WHERE record_id = ? ORDER BY sort LIMIT 1")
                    .param(recordId).query(String.class).single();
            jdbc.sql("INSERT INTO inspection_evidence (record_id, item_code, file_name, content_type, size_bytes, sha256, "
                            + "data, uploaded_by) VALUES (?, ?, 'matrix.pdf', 'application/pdf', 9, 'matrix', ?, 'matrix')")
                    .params(recordId, item, "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII)).update();
        }
        f.put("evidenceId", jdbc.sql("SELECT id FROM inspection_evidence WHERE record_id = ? ORDER BY id LIMIT 1")
                .param(recordId).query(Long.class).single().toString());
        f.put("linkedAccount", jdbc.sql("SELECT a.username FROM inspection_account a JOIN inspector i ON i.id = a.inspector_id "
                + "WHERE i.unit_code = ? ORDER BY a.username LIMIT 1").param(unit).query(String.class).single());
        // A closed follow-up of the unit's record (issue 19 item 4): closed, so no reminder or open count changes.
        jdbc.sql("INSERT INTO inspection_follow_up (visit_id, record_id, item_code, item_name, kind, unit_code, uscc, "
                + "entity_name, first_date, deadline, status) SELECT r.visit_id, r.id, i.item_code, i.item_name, 'RECTIFY', ?, "
                + "v.uscc, v.uscc, DATE '2077-01-01', DATE '2077-01-31', 'CLOSED' FROM inspection_record r "
                + "JOIN inspection_visit v ON v.id = r.visit_id JOIN inspection_record_item i ON i.record_id = r.id "
                + "WHERE r.id = ? ORDER BY i.sort LIMIT 1 ON CONFLICT DO NOTHING").params(unit, recordId).update();
        f.put("followUpId", jdbc.sql("SELECT id FROM inspection_follow_up WHERE record_id = ? ORDER BY id LIMIT 1")
                .param(recordId).query(Long.class).single().toString());
        // A reminder of the unit, already resolved so it appears in no count or digest of other tests.
        jdbc.sql("INSERT INTO notification_reminder (kind, unit_code, subject, args, resolved_at) "
                + "VALUES ('PLAN_DUE', ?, 'matrix', '{}', now()) ON CONFLICT DO NOTHING").param(unit).update();
        f.put("reminderId", jdbc.sql("SELECT id FROM notification_reminder WHERE unit_code = ? AND kind = 'PLAN_DUE' "
                + "AND subject = 'matrix'").param(unit).query(Long.class).single().toString());
        // An open substitution request of the unit's draw (issue 17 item 6), for the approve/refuse routes.
        jdbc.sql("INSERT INTO draw_substitution_request (draw_id, uscc, out_inspector, reason_code, status, requested_at, "
                + "requested_by) SELECT draw_id, uscc, inspectors[1], 'ILLNESS', 'REQUESTED', now(), 'planner.' || lower(?) "
                + "FROM draw_selection WHERE draw_id = ? ORDER BY order_no LIMIT 1 ON CONFLICT DO NOTHING")
                .params(unit, drawId).update();
        f.put("requestId", jdbc.sql("SELECT id FROM draw_substitution_request WHERE draw_id = ? ORDER BY id LIMIT 1")
                .param(drawId).query(Long.class).single().toString());
        // 异议 (issue 20 item 4): an answered objection to the unit's record, kept off the portal (SUPERSEDED) and
        // out of every reminder (answered).
        jdbc.sql("INSERT INTO disclosure_record (record_id, visit_id, task_id, task_name, year, unit_code, uscc, entity_name, "
                + "field, inspection_date, approved_at, approved_on, due_on, status) SELECT r.id, r.visit_id, v.task_id, "
                + "'matrix', 2000, ?, v.uscc, v.uscc, 'LAND', DATE '2077-01-01', now(), DATE '2077-01-01', "
                + "DATE '2077-01-31', 'SUPERSEDED' FROM inspection_record r JOIN inspection_visit v ON v.id = r.visit_id "
                + "WHERE r.id = ? ON CONFLICT DO NOTHING").params(unit, recordId).update();
        jdbc.sql("INSERT INTO disclosure_objection (record_id, unit_code, uscc, objector_name, contact, legal_rep, reason, "
                + "file_name, content_type, size_bytes, sha256, data, "
                + "filed_at, filed_on, answer_due, status, answer, answered_by, answered_at, answered_on) SELECT record_id, "
                + "unit_code, uscc, 'matrix', 'matrix', 'matrix', 'matrix', 'matrix.pdf', 'application/pdf', 9, 'matrix', "
                + "'\\x255044462d312e340a'::bytea, now(), DATE '2077-01-01', DATE '2077-01-22', "
                + "'REJECTED', 'matrix', 'matrix', now(), DATE '2077-01-02' FROM disclosure_record WHERE record_id = ? "
                + "AND NOT EXISTS (SELECT 1 FROM disclosure_objection WHERE record_id = ?)").params(recordId, recordId).update();
        f.put("objectionId", jdbc.sql("SELECT id FROM disclosure_objection WHERE record_id = ? ORDER BY id LIMIT 1")
                .param(recordId).query(Long.class).single().toString());
        // An open override of the staffing check for the unit's task (issue 17 item 5).
        String taskId = f.get("taskId");
        jdbc.sql("INSERT INTO draw_staffing_override (task_id, unit_code, reason, status, requested_at, requested_by) "
                + "SELECT ?, ?, 'matrix', 'REQUESTED', now(), 'planner.' || lower(?) WHERE NOT EXISTS "
                + "(SELECT 1 FROM draw_staffing_override WHERE task_id = ?)")
                .params(Long.parseLong(taskId), unit, unit, Long.parseLong(taskId)).update();
        f.put("overrideId", jdbc.sql("SELECT id FROM draw_staffing_override WHERE task_id = ? ORDER BY id LIMIT 1")
                .param(Long.parseLong(taskId)).query(Long.class).single().toString());
    }

    private List<Caller> callers() {
        ensureAccount("mx.bt.liaison", "BT-GH", Set.of(Role.LIAISON));
        ensureAccount("mx.bt.planner", "BT-GH", Set.of(Role.PLANNER));
        ensureAccount("mx.bt.reviewer", "BT-GH", Set.of(Role.REVIEWER));
        return List.of(
                new Caller(null, Set.of(), null, false),
                new Caller("admin", Set.of(Role.ADMIN), "BT-DC", true),
                new Caller("auditor", Set.of(Role.AUDITOR), "BT-ZF", true),
                new Caller("liaison.d01", Set.of(Role.LIAISON), "D01", false),
                new Caller("planner.d01", Set.of(Role.PLANNER), "D01", false),
                new Caller("reviewer.d01", Set.of(Role.REVIEWER), "D01", false),
                new Caller("inspector.d01a", Set.of(Role.INSPECTOR), "D01", false),
                new Caller("mx.bt.liaison", Set.of(Role.LIAISON), "BT-GH", true),
                new Caller("mx.bt.planner", Set.of(Role.PLANNER), "BT-GH", true),
                new Caller("mx.bt.reviewer", Set.of(Role.REVIEWER), "BT-GH", true),
                // 协作部门 (issue 20 item 1): outside the bureau; D01's and D02's data are not theirs
                new Caller("liaison.p01-sj", Set.of(Role.LIAISON), JOINT_PARTNER, false),
                new Caller("planner.p01-sj", Set.of(Role.PLANNER), JOINT_PARTNER, false),
                new Caller("inspector.p01-sja", Set.of(Role.INSPECTOR), JOINT_PARTNER, false));
    }

    // ---------------------------------------------------------------------------------------------
    // Issue 20 item 1: the partner department's accounts on a joint task they confirmed (D02's, so
    // no other test's D01 plan year is touched): served only the joint task's own pages
    // (AccessPolicy.JOINT_TASK_READS), refused everything else that carries the joint task's or
    // D02's data. Their refusals on D01's and D02's own tasks are in the matrix above.
    // ---------------------------------------------------------------------------------------------

    private static final String JOINT_PARTNER = "P01-SJ";
    private static final int JOINT_YEAR = 2005;

    @Test
    @DisplayName("授权矩阵：协作部门的账号只能访问所参加的联合抽查任务（按路由、按参数）")
    void partnerDepartmentReadsOnlyItsJointTask() {
        List<Route> routes = routes();
        Map<String, String> d02 = fixtures("D02");
        Map<String, String> f = new LinkedHashMap<>(d02);
        Long taskId = jdbc.sql("SELECT t.id FROM plan_task t JOIN plan_annual p ON p.id = t.plan_id "
                + "WHERE p.unit_code = 'D02' AND p.year = ? ORDER BY t.id LIMIT 1").param(JOINT_YEAR).query(Long.class)
                .optional().orElse(null);
        if (taskId == null) {
            taskId = plans.publishedPlan("D02", JOINT_YEAR, "Matrix joint D02", List.of(new DemoPlans.DemoTask(
                    "Matrix joint task", 2, false, 5, "Matrix beacon source", JOINT_PARTNER))).get(0);
        }
        assertThat(jdbc.sql("SELECT status FROM plan_task_partner WHERE task_id = ? AND unit_code = ?")
                .params(taskId, JOINT_PARTNER).query(String.class).single()).isEqualTo("CONFIRMED");
        f.put("taskId", taskId.toString());
        f.put("planId", jdbc.sql("SELECT plan_id FROM plan_task WHERE id = ?").param(taskId).query(Long.class)
                .single().toString());
        String drawId = jdbc.sql("SELECT draw_id FROM draw_announcement WHERE task_id = ? LIMIT 1").param(taskId)
                .query(String.class).optional().orElse(null);
        if (drawId == null) {
            WebClient planner = WebClient.loggedIn(port, "planner.d02");
            HttpResponse<String> r = planner.api("POST", "/api/v1/tasks/" + taskId + "/draws", "planner.d02",
                    Beacons.declaration(planner));
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            drawId = jdbc.sql("SELECT draw_id FROM draw_announcement WHERE task_id = ? LIMIT 1").param(taskId)
                    .query(String.class).single();
        }
        f.put("drawId", drawId);
        inspectionFixtures("D02", f);   // the joint draw executed; its visit, record, evidence, requests
        List<Caller> partners = callers().stream().filter(c -> JOINT_PARTNER.equals(c.unit())).toList();
        Map<String, WebClient> clients = new LinkedHashMap<>();
        partners.forEach(c -> clients.put(c.username(), WebClient.loggedIn(port, c.username())));
        String webjar = webjarSample();

        List<String> violations = new ArrayList<>();
        List<String> served = new ArrayList<>();
        int requests = 0;
        int dataRoutes = 0;
        for (Route route : routes) {
            Rule rule = AccessPolicy.ruleFor(route.method(), route.pattern()).orElse(null);
            if (rule == null || !route.carriesData()) {
                continue;
            }
            String path = fill(route.pattern(), f, webjar);
            if (path.equals(fill(route.pattern(), d02, webjar))) {
                continue;   // names none of the joint task's ids: D02's own data, refused in the matrix above
            }
            dataRoutes++;
            for (Caller caller : partners) {
                boolean allowed = AccessPolicy.allowsOnJointTask(rule, caller, route.method(), route.pattern());
                if (route.write() && allowed) {
                    continue;   // answering and adding items: PartnerDepartmentIT and the browser test
                }
                HttpResponse<String> r = send(clients.get(caller.username()), caller, route, path);
                requests++;
                if (allowed && r.statusCode() == 200) {
                    served.add(route + " as " + caller.username());
                }
                String verdict = verdict(r, allowed, route, rule);
                if (verdict == null && !allowed && r.statusCode() == 400) {
                    verdict = "refused with 400 instead of 403/404";
                }
                if (verdict != null) {
                    violations.add(String.format("%-6s %-55s as %-18s on the joint task: %s", route.method(), path,
                            caller.username(), verdict));
                }
            }
        }
        System.out.printf("JOINT-TASK MATRIX: %d joint-task routes, %d partner callers, %d requests, %d served, %d violations%n",
                dataRoutes, partners.size(), requests, served.size(), violations.size());
        violations.forEach(v -> System.out.println("  VIOLATION " + v));
        assertThat(violations).as("a partner department's accesses outside its joint task").isEmpty();
        assertThat(served).as("the joint task's pages are served to the partner")
                .contains("GET /tasks/{id} as planner.p01-sj", "GET /tasks/{taskId}/draws as planner.p01-sj",
                        "GET /inspection/visits/{id} as inspector.p01-sja");
    }

    private void ensureAccount(String username, String unit, Set<Role> roles) {
        if (jdbc.sql("SELECT count(*) FROM org_account WHERE username = ?").param(username).query(Long.class).single() == 0) {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
            accounts.seed(username, "矩阵测试", unit, roles, PASSWORD);
        }
    }

    private WebClient anonymous() {
        return new WebClient(port);
    }

    private String webjarSample() {
        Matcher m = Pattern.compile("(/webjars/[^\"]+\\.js)").matcher(new WebClient(port).get("/login").body());
        assertThat(m.find()).as("the login page loads a webjar").isTrue();
        return m.group(1);
    }
}
