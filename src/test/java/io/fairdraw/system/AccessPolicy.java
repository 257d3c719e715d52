package io.fairdraw.system;

import io.fairdraw.organization.Role;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.util.AntPathMatcher;

/**
 * The access policy of DESIGN.md §2 as a declarative table: route (HTTP method + the handler
 * mapping's path pattern) → who may call it and on which unit's data. {@link AuthorizationMatrixIT}
 * enumerates every route the application serves and fails on a route this table does not
 * classify, so a new controller method needs exactly one line here.
 *
 * <p>The rules, from §2:
 * <ul>
 * <li>{@link #PUBLIC}: the portal, login, static resources, the published API docs — anyone.
 * <li>{@link #SIGNED_IN}: any signed-in account (home, own profile, blank templates).
 * <li>{@code read(roles)}: unit data; the caller needs one of the roles and its scope must read the
 *     data's unit: its own unit; the bureau and its offices (incl. the data centre) every unit read-only;
 *     AUDITOR everything.
 * <li>{@code write(roles)}: changes (and the forms that make them); the caller needs one of the
 *     roles and the data must belong to its own unit — bureau read access never implies writing.
 * <li>{@code role(roles)}: no unit dimension (ADMIN pages, the audit log, roster texts).
 * </ul>
 */
final class AccessPolicy {

    /** Every role of DESIGN.md §2 (reads of a unit's data are for its staff, whatever the role). */
    static final Set<Role> STAFF = EnumSet.allOf(Role.class);

    enum Kind { PUBLIC, SIGNED_IN, READ, WRITE, ROLE }

    /** One line of the table; {@code adminWritesAnyUnit}: ADMIN also maintains every unit's organisation data. */
    record Rule(String method, String pattern, Kind kind, Set<Role> roles, boolean adminWritesAnyUnit) {

        boolean isWrite() {
            return kind == Kind.WRITE;
        }
    }

    /** Who calls: anonymous (roles empty, unit null) or a signed-in account of a unit. */
    record Caller(String username, Set<Role> roles, String unit, boolean bureauOffice) {

        boolean anonymous() {
            return username == null;
        }

        boolean readsUnit(String dataUnit) {
            return roles.contains(Role.AUDITOR) || bureauOffice || unit.equals(dataUnit);
        }
    }

    static final Kind PUBLIC = Kind.PUBLIC;
    static final Kind SIGNED_IN = Kind.SIGNED_IN;

    // ------------------------------------------------------------------------------------------
    // THE TABLE. A new route: add one line "METHOD /pattern" (exactly as the mapping declares it;
    // "*" for any method; Ant patterns only for whole public areas) in its module's block.
    // Modules being built in parallel (inspection/credit, disclosure portal, report/notifications)
    // add their blocks at the marked place at the end.
    // ------------------------------------------------------------------------------------------
    static final List<Rule> TABLE = new ArrayList<>();

    static {
        // --- public: portal (DESIGN §2 "public: the portal"), login, static files, API docs (§5 contracts)
        add("GET", "/public/**", PUBLIC);
        add("GET", "/login", PUBLIC);
        add("POST", "/login", PUBLIC);                 // security filter (form login)
        add("POST", "/logout", PUBLIC);                // security filter; permitAll (ends the caller's own session)
        add("*", "/error", PUBLIC);
        add("GET", "/webjars/**", PUBLIC);
        add("GET", "/**", PUBLIC);                     // static resources: /css, /js, favicon
        add("GET", "/v3/api-docs", PUBLIC);
        add("GET", "/v3/api-docs/**", PUBLIC);
        add("GET", "/v3/api-docs.yaml", PUBLIC);
        add("GET", "/v3/api-docs.yaml/{group}", PUBLIC);  // issue 21 item 3: the public/internal groups
        add("GET", "/swagger-ui.html", PUBLIC);
        add("GET", "/swagger-ui/**", PUBLIC);

        // --- system
        add("GET", "/", SIGNED_IN);

        // --- organization: ADMIN units/accounts/calendar; LIAISON (and ADMIN) the unit's contact data
        add("GET", "/units/mine", SIGNED_IN);
        read("GET", "/units/{code}", STAFF);
        writeOrAdmin("POST", "/units/{code}/contact", Role.LIAISON);
        read("GET", "/api/v1/units/{code}", STAFF);
        writeOrAdmin("PUT", "/api/v1/units/{code}/contact", Role.LIAISON);
        role("GET", "/admin/units", Role.ADMIN);
        role("GET", "/admin/units/export", Role.ADMIN);
        role("GET", "/admin/units/new", Role.ADMIN);
        role("POST", "/admin/units/new", Role.ADMIN);
        role("GET", "/admin/units/{code}", Role.ADMIN);
        role("POST", "/admin/units/{code}", Role.ADMIN);
        role("GET", "/admin/accounts", Role.ADMIN);
        role("GET", "/admin/accounts/export", Role.ADMIN);
        role("GET", "/admin/accounts/new", Role.ADMIN);
        role("POST", "/admin/accounts/new", Role.ADMIN);
        role("GET", "/admin/accounts/{id}", Role.ADMIN);
        role("POST", "/admin/accounts/{id}", Role.ADMIN);
        role("POST", "/admin/accounts/{id}/password", Role.ADMIN);
        role("POST", "/admin/accounts/{id}/enabled", Role.ADMIN);
        add("GET", "/profile/password", SIGNED_IN);
        add("POST", "/profile/password", SIGNED_IN);

        // --- calendar: ADMIN maintains; the deadline service is for every integration account
        role("GET", "/admin/calendar", Role.ADMIN);
        role("POST", "/admin/calendar", Role.ADMIN);
        role("POST", "/admin/calendar/delete", Role.ADMIN);
        add("GET", "/api/v1/calendar/deadline", SIGNED_IN);

        // --- catalog: lists show what the caller's scope reads; LIAISON maintains its unit's items
        add("GET", "/catalog", SIGNED_IN);
        add("GET", "/catalog/export", SIGNED_IN);
        read("GET", "/catalog/items/{code}", STAFF);
        read("GET", "/catalog/items/{code}/versions/{no}", STAFF);
        write("GET", "/catalog/new", Role.LIAISON);
        write("POST", "/catalog/new", Role.LIAISON);
        write("GET", "/catalog/items/{code}/revise", Role.LIAISON);
        write("POST", "/catalog/items/{code}/revise", Role.LIAISON);
        write("POST", "/catalog/items/{code}/retire", Role.LIAISON);
        add("GET", "/api/v1/catalog/items", SIGNED_IN);
        read("GET", "/api/v1/catalog/items/{code}", STAFF);
        read("GET", "/api/v1/catalog/versions/{id}", STAFF);
        write("POST", "/api/v1/catalog/items", Role.LIAISON);
        write("POST", "/api/v1/catalog/items/{code}/versions", Role.LIAISON);

        // --- registry: LIAISON maintains its unit's entities; the unit's staff read them
        read("GET", "/registry", STAFF);
        read("GET", "/registry/entities/export", STAFF);
        read("GET", "/registry/entities/{uscc}", STAFF);
        write("GET", "/registry/entities/new", Role.LIAISON);
        write("POST", "/registry/entities/new", Role.LIAISON);
        write("GET", "/registry/entities/{uscc}/edit", Role.LIAISON);
        write("POST", "/registry/entities/{uscc}/edit", Role.LIAISON);
        write("POST", "/registry/entities/{uscc}/deregister", Role.LIAISON);
        write("GET", "/registry/imports", Role.LIAISON);
        write("POST", "/registry/imports", Role.LIAISON);
        read("GET", "/registry/imports/{id}", STAFF);
        read("GET", "/registry/imports/{id}/progress", STAFF);
        read("GET", "/registry/imports/{id}/errors.xlsx", STAFF);
        add("GET", "/registry/imports/template.xlsx", SIGNED_IN);
        write("POST", "/api/v1/registry/imports", Role.LIAISON);
        read("GET", "/api/v1/registry/imports/{id}", STAFF);
        read("GET", "/api/v1/registry/imports/{id}/errors.xlsx", STAFF);
        read("GET", "/api/v1/registry/entities/{uscc}", STAFF);

        // --- inspector: LIAISON maintains its unit's inspectors
        read("GET", "/inspectors", STAFF);
        read("GET", "/inspectors/{id}", STAFF);
        read("GET", "/inspectors/export", STAFF);
        write("GET", "/inspectors/new", Role.LIAISON);
        write("POST", "/inspectors/new", Role.LIAISON);
        write("GET", "/inspectors/{id}/edit", Role.LIAISON);
        write("POST", "/inspectors/{id}/edit", Role.LIAISON);
        write("POST", "/inspectors/{id}/leaves", Role.LIAISON);
        write("POST", "/inspectors/{id}/leaves/{leaveId}/delete", Role.LIAISON);
        write("POST", "/inspectors/{id}/conflicts", Role.LIAISON);
        write("POST", "/inspectors/{id}/conflicts/{conflictId}/delete", Role.LIAISON);
        write("GET", "/inspectors/import", Role.LIAISON);
        write("POST", "/inspectors/import", Role.LIAISON);
        add("GET", "/inspectors/import/template.xlsx", SIGNED_IN);
        read("GET", "/api/v1/inspectors", STAFF);
        read("GET", "/api/v1/inspectors/{id}", STAFF);
        write("PUT", "/api/v1/inspectors/{id}", Role.LIAISON);
        write("POST", "/api/v1/inspectors", Role.LIAISON);
        write("POST", "/api/v1/inspectors/imports", Role.LIAISON);

        // --- plan: PLANNER drafts and submits, REVIEWER approves/returns/publishes (own unit)
        read("GET", "/plans", STAFF);
        write("POST", "/plans", Role.PLANNER);
        read("GET", "/plans/{id}", STAFF);
        write("POST", "/plans/{id}/{transition:submit|approve|publish|return}", Role.PLANNER, Role.REVIEWER);
        read("GET", "/plans/{id}/print", STAFF);
        read("GET", "/plans/{id}/export", STAFF);
        write("GET", "/plans/{planId}/tasks/new", Role.PLANNER);
        write("POST", "/plans/{planId}/tasks", Role.PLANNER);
        read("POST", "/plans/{planId}/tasks/preview", STAFF);   // htmx preview: computes, changes nothing
        read("GET", "/tasks/{id}", STAFF);
        read("GET", "/tasks/{id}/overlaps", STAFF);
        write("GET", "/tasks/{id}/edit", Role.PLANNER);
        write("POST", "/tasks/{id}", Role.PLANNER);
        write("POST", "/tasks/{id}/delete", Role.PLANNER);
        write("POST", "/tasks/{id}/partners", Role.PLANNER);
        write("POST", "/tasks/{id}/items", Role.PLANNER);
        write("POST", "/tasks/{id}/answer", Role.PLANNER);   // the invited partner's PLANNER (own unit = the partner)
        read("GET", "/api/v1/plans/{id}", STAFF);
        write("POST", "/api/v1/plans/{id}/submit", Role.PLANNER);
        write("POST", "/api/v1/plans/{id}/approve", Role.REVIEWER);
        write("POST", "/api/v1/plans/{id}/return", Role.REVIEWER);
        write("POST", "/api/v1/plans/{id}/publish", Role.REVIEWER);

        // --- draw: PLANNER of the task's unit announces, executes, substitutes; AUDITOR reads roster texts
        read("GET", "/tasks/{taskId}/draws", STAFF);
        write("POST", "/tasks/{taskId}/draws", Role.PLANNER);
        write("POST", "/draws/{drawId}/execute", Role.PLANNER);
        write("POST", "/draws/{drawId}/substitutions", Role.PLANNER);
        role("GET", "/audit/draws/{drawId}/roster.csv", Role.AUDITOR);      // DRAW-PROTOCOL.md §4
        role("GET", "/audit/draws/{drawId}/conflicts.csv", Role.AUDITOR);
        write("POST", "/api/v1/tasks/{taskId}/draws", Role.PLANNER);
        write("POST", "/api/v1/draws/{drawId}/execute", Role.PLANNER);
        write("POST", "/api/v1/draws/{drawId}/substitutions", Role.PLANNER);
        role("GET", "/api/v1/draws/{drawId}/roster.csv", Role.AUDITOR);
        role("GET", "/api/v1/draws/{drawId}/conflicts.csv", Role.AUDITOR);

        // --- audit: AUDITOR verifies (§2); ADMIN reads the log of the accounts/settings it administers
        role("GET", "/audit", Role.AUDITOR, Role.ADMIN);
        role("GET", "/audit/export", Role.AUDITOR, Role.ADMIN);
        role("GET", "/api/v1/audit/verify", Role.AUDITOR, Role.ADMIN);
        role("GET", "/api/v1/audit/verify/merkle", Role.AUDITOR, Role.ADMIN);
        role("GET", "/api/v1/audit/entries/{seq}", Role.AUDITOR, Role.ADMIN);

        // --- inspection: the team's INSPECTORs record (own visits; RecordAccess also requires team
        //     membership), the REVIEWER of the task's unit approves/returns (谁抽查、谁公示); visits,
        //     records, evidence and the printed notice/sheet are the task unit's data (bureau, AUDITOR read).
        add("GET", "/inspection/visits", SIGNED_IN);          // 我的检查任务: only the caller's own team visits
        read("GET", "/inspection/visits/{id}", STAFF);
        read("GET", "/inspection/visits/{id}/notice", STAFF);
        read("GET", "/inspection/records/{id}/sheet", STAFF);
        read("GET", "/inspection/evidence/{id}", STAFF);
        write("POST", "/inspection/visits/{id}/record", Role.INSPECTOR);
        write("POST", "/inspection/records/{id}", Role.INSPECTOR);
        write("POST", "/inspection/records/{id}/draft", Role.INSPECTOR);
        write("POST", "/inspection/records/{id}/confirm", Role.INSPECTOR);
        write("POST", "/inspection/records/{id}/submit", Role.INSPECTOR);
        write("POST", "/inspection/records/{id}/correction", Role.INSPECTOR);
        write("POST", "/inspection/evidence/{id}/delete", Role.INSPECTOR);
        write("POST", "/inspection/records/{id}/approve", Role.REVIEWER);
        write("POST", "/inspection/records/{id}/return", Role.REVIEWER);
        add("GET", "/inspection/review", SIGNED_IN);           // 待审核: the REVIEWER's own unit's queue, empty for others
        role("GET", "/inspection/accounts", Role.LIAISON);      // the LIAISON's own unit's links only
        write("POST", "/inspection/accounts", Role.LIAISON);    // links an account and inspector of its own unit
        write("POST", "/inspection/accounts/{username}/unlink", Role.LIAISON);

        // --- credit: 一处违规、处处受限 — every signed-in unit role reads any entity's credit records;
        //     the scoring rules page is for ADMIN (maintains settings) and AUDITOR (supervises them).
        role("GET", "/credit/rules", Role.ADMIN, Role.AUDITOR);
        add("GET", "/credit/entities/{uscc}/panel", SIGNED_IN);
        add("GET", "/api/v1/credit/{uscc}", SIGNED_IN);

        // --- report: statistics for PLANNER/REVIEWER (own unit) and AUDITOR; bureau roles read the
        //     divisions (the unit selection is the caller's Scope, a foreign ?unit= is 404).
        role("GET", "/report", Role.PLANNER, Role.REVIEWER, Role.AUDITOR);
        role("GET", "/report/bulletin", Role.PLANNER, Role.REVIEWER, Role.AUDITOR);
        role("GET", "/report/charts.json", Role.PLANNER, Role.REVIEWER, Role.AUDITOR);
        role("GET", "/report/{table}.xlsx", Role.PLANNER, Role.REVIEWER, Role.AUDITOR);

        // --- notification: a person's reminders (its unit's, of kinds concerning its roles); read state is its own
        add("GET", "/notifications", SIGNED_IN);
        write("POST", "/notifications/{id}/read", STAFF.toArray(Role[]::new));
        add("POST", "/notifications/read-all", SIGNED_IN);

        // --- disclosure: the portal is under /public/** (above); 谁抽查、谁公示 — the REVIEWER of the
        //     task's unit sees its publication queue and publishes its unit's approved results.
        role("GET", "/disclosure", Role.REVIEWER);
        write("POST", "/disclosure/records/{id}/publish", Role.REVIEWER);
        write("POST", "/disclosure/tasks/{taskId}/publish", Role.REVIEWER);

        // --- draw substitutions (issue 17 item 6): PLANNER requests (the lines above); a REVIEWER of the
        //     draw's unit, never the requester, approves or refuses.
        write("POST", "/substitution-requests/{requestId}/approve", Role.REVIEWER);
        write("POST", "/substitution-requests/{requestId}/refuse", Role.REVIEWER);
        write("POST", "/api/v1/substitution-requests/{requestId}/approve", Role.REVIEWER);
        write("POST", "/api/v1/substitution-requests/{requestId}/refuse", Role.REVIEWER);
        // --- staffing check overrides (issue 17 item 5): PLANNER requests, a REVIEWER (not the requester) decides
        write("POST", "/tasks/{taskId}/staffing-overrides", Role.PLANNER);
        write("POST", "/staffing-overrides/{overrideId}/approve", Role.REVIEWER);
        write("POST", "/staffing-overrides/{overrideId}/refuse", Role.REVIEWER);
        write("POST", "/api/v1/tasks/{taskId}/staffing-overrides", Role.PLANNER);
        write("POST", "/api/v1/staffing-overrides/{overrideId}/approve", Role.REVIEWER);
        write("POST", "/api/v1/staffing-overrides/{overrideId}/refuse", Role.REVIEWER);

        // --- further modules: add their routes here.

        // --- organization, API tokens (issue 18 §5): each account its own on the profile; ADMIN any account's
        add("GET", "/profile/tokens", SIGNED_IN);
        add("POST", "/profile/tokens", SIGNED_IN);
        add("POST", "/profile/tokens/revoke", SIGNED_IN);
        role("GET", "/admin/accounts/{id}/tokens", Role.ADMIN);
        role("POST", "/admin/accounts/{id}/tokens", Role.ADMIN);
        role("POST", "/admin/accounts/{id}/tokens/revoke", Role.ADMIN);
        // --- sub-offices (所所交叉, issue 17 item 2): a division's offices, kept by its LIAISON or ADMIN;
        //     an entity's supervising office, set by the LIAISON of the entity's unit.
        read("GET", "/units/{code}/offices", STAFF);
        writeOrAdmin("POST", "/units/{code}/offices", Role.LIAISON);
        writeOrAdmin("POST", "/offices/{office}", Role.LIAISON);
        write("POST", "/registry/entities/{uscc}/office", Role.LIAISON);
        read("GET", "/api/v1/registry/entities/{uscc}/office", STAFF);
        write("PUT", "/api/v1/registry/entities/{uscc}/office", Role.LIAISON);
        // --- plan (issue 17): JSON API for plans/tasks (PLANNER of the plan's unit); REVIEWER changes draw parameters
        write("POST", "/api/v1/plans", Role.PLANNER);
        write("POST", "/api/v1/plans/{id}/tasks", Role.PLANNER);
        write("POST", "/tasks/{id}/parameters", Role.REVIEWER);
        // --- draw: ADMIN maintains the beacon sources a draw declares (issue 17)
        role("GET", "/admin/beacon-sources", Role.ADMIN);
        role("POST", "/admin/beacon-sources", Role.ADMIN);
        // --- catalog checklists (issue 19 item 3): staff read an item's checklist; its LIAISON imports a new one
        read("GET", "/catalog/items/{code}/checklist.xlsx", STAFF);
        write("POST", "/catalog/items/{code}/checklist", Role.LIAISON);
        write("POST", "/api/v1/catalog/items/{code}/checklist", Role.LIAISON);
        // --- inspection: 后续处置 (issue 19 item 4): the unit's and the caller's own visits' follow-ups;
        //     the visit's team (INSPECTORs of the task's unit) records the 复查 / 移送 / 抄告
        add("GET", "/inspection/follow-ups", SIGNED_IN);
        read("GET", "/inspection/follow-ups/{id}", STAFF);
        write("POST", "/inspection/follow-ups/{id}", Role.INSPECTOR);
        // --- plan (issue 19, helper B): a task as JSON, with its item scope and today's frame preview
        read("GET", "/api/v1/tasks/{id}", STAFF);
        // --- plan amendments (计划调整, issue 19 item 6): PLANNER proposes; a REVIEWER (not the proposer) decides
        write("POST", "/plans/{id}/amendments", Role.PLANNER);
        write("GET", "/plans/{id}/amendments/task", Role.PLANNER);
        write("POST", "/plans/{id}/amendments/task", Role.PLANNER);
        write("POST", "/plans/{id}/amendments/{amendmentId}/{transition:approve|return}", Role.REVIEWER);
        read("GET", "/api/v1/plans/{id}/amendments", STAFF);
        write("POST", "/api/v1/plans/{id}/amendments", Role.PLANNER);
        write("POST", "/api/v1/plans/{id}/amendments/{amendmentId}/{transition:approve|return}", Role.REVIEWER);
        // --- issue 21 item 6 (helper F): the drawn list printed and exported, same scope as the task's draw page
        read("GET", "/draws/{drawId}/drawn-list", STAFF);
        read("GET", "/draws/{drawId}/drawn-list.xlsx", STAFF);
        read("GET", "/inspection/entities/{uscc}/history", STAFF);   // the staff entity page's 检查记录 panel
        // --- 操作手册 (issue 21 item 7): every signed-in account reads every role's manual and its screenshots;
        //     the hall's screen (item 8) is part of the portal (一公开), as its data feed
        add("GET", "/help", SIGNED_IN);
        add("GET", "/help/{role}", SIGNED_IN);
        add("GET", "/help/img/**", SIGNED_IN);
        add("GET", "/public/screen", PUBLIC);
        add("GET", "/public/screen.json", PUBLIC);
        // --- exchange: daily file drop (issue 20 item 2, helper C): ADMIN lists the drops and runs a day again
        role("GET", "/admin/file-drops", Role.ADMIN);
        role("POST", "/admin/file-drops/run", Role.ADMIN);
        // --- credit: 外部信用 (issue 20 item 3) — a source authenticates by its HMAC signature (no account);
        //     ADMIN configures the sources and imports .xlsx changes.
        add("POST", "/api/v1/credit/external-changes", PUBLIC);
        role("POST", "/api/v1/credit/external-changes/imports", Role.ADMIN);
        role("GET", "/admin/external-credit", Role.ADMIN);
        role("POST", "/admin/external-credit/sources", Role.ADMIN);
        role("POST", "/admin/external-credit/imports", Role.ADMIN);
        role("GET", "/admin/external-credit/template.xlsx", Role.ADMIN);
        // --- exchange: 信息归集 (issue 20 item 2, helper B): ADMIN configures receivers, sees and retries deliveries
        role("GET", "/admin/exchange/receivers", Role.ADMIN);
        role("POST", "/admin/exchange/receivers", Role.ADMIN);
        role("GET", "/admin/exchange/deliveries", Role.ADMIN);
        role("POST", "/admin/exchange/deliveries/retry", Role.ADMIN);
        // --- 异议 (issue 20 item 4, helper E): anyone files on a published result (GET under /public/** above);
        //     the publishing unit's REVIEWER reads, downloads the attachment and answers
        add("POST", "/public/results/{recordId}/objection", PUBLIC);
        role("GET", "/disclosure/objections", Role.REVIEWER);
        write("GET", "/disclosure/objections/{id}", Role.REVIEWER);
        write("GET", "/disclosure/objections/{id}/attachment", Role.REVIEWER);
        write("POST", "/disclosure/objections/{id}/answer", Role.REVIEWER);
    }

    // --- partner departments (协作部门, issue 20 item 1): a department outside the bureau reads its own
    //     unit and, of other units, only the joint tasks it takes part in — the task, its plan (showing
    //     only that task), its draw and drawn list, its visits and records; its PLANNER answers the
    //     invitation and adds its own items. Every other route on another unit's data is refused.
    static final Set<String> JOINT_TASK_READS = Set.of(
            "GET /tasks/{id}", "GET /api/v1/tasks/{id}",
            "GET /plans/{id}", "GET /api/v1/plans/{id}", "GET /plans/{id}/print", "GET /plans/{id}/export",
            "GET /api/v1/plans/{id}/amendments",
            "GET /tasks/{taskId}/draws", "GET /draws/{drawId}/drawn-list", "GET /draws/{drawId}/drawn-list.xlsx",
            "GET /inspection/visits/{id}", "GET /inspection/visits/{id}/notice", "GET /inspection/records/{id}/sheet",
            "GET /inspection/evidence/{id}");
    static final Set<String> JOINT_TASK_WRITES = Set.of("POST /tasks/{id}/answer", "POST /tasks/{id}/items");

    /** Whether a partner department's caller may call the route on the joint task it has confirmed. */
    static boolean allowsOnJointTask(Rule rule, Caller c, String method, String pattern) {
        String route = method + " " + pattern;
        if (rule.kind() == Kind.READ && JOINT_TASK_READS.contains(route)) {
            return rule.roles().stream().anyMatch(c.roles()::contains);
        }
        if (JOINT_TASK_WRITES.contains(route)) {
            return c.roles().contains(Role.PLANNER);
        }
        return allows(rule, c, "JOINT-LEAD");   // anything else: the lead unit's data, which it does not read
    }

    private static void add(String method, String pattern, Kind kind) {
        TABLE.add(new Rule(method, pattern, kind, Set.of(), false));
    }

    private static void read(String method, String pattern, Set<Role> roles) {
        TABLE.add(new Rule(method, pattern, Kind.READ, roles, false));
    }

    private static void write(String method, String pattern, Role... roles) {
        TABLE.add(new Rule(method, pattern, Kind.WRITE, EnumSet.copyOf(List.of(roles)), false));
    }

    private static void writeOrAdmin(String method, String pattern, Role... roles) {
        TABLE.add(new Rule(method, pattern, Kind.WRITE, EnumSet.copyOf(List.of(roles)), true));
    }

    private static void role(String method, String pattern, Role... roles) {
        TABLE.add(new Rule(method, pattern, Kind.ROLE, EnumSet.copyOf(List.of(roles)), false));
    }

    private static final AntPathMatcher ANT = new AntPathMatcher();

    /** The rule for a route: an exact line first, else the first Ant line (only public areas use them). */
    static Optional<Rule> ruleFor(String method, String pattern) {
        for (Rule r : TABLE) {
            if ((r.method().equals("*") || r.method().equals(method)) && r.pattern().equals(pattern)) {
                return Optional.of(r);
            }
        }
        for (Rule r : TABLE) {
            if ((r.method().equals("*") || r.method().equals(method)) && r.pattern().contains("**")
                    && ANT.match(r.pattern(), pattern)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Whether the caller may call the route on data of {@code dataUnit} (null: the route carries no unit data). */
    static boolean allows(Rule rule, Caller c, String dataUnit) {
        return switch (rule.kind()) {
            case PUBLIC -> true;
            case SIGNED_IN -> !c.anonymous();
            case ROLE -> !c.anonymous() && rule.roles().stream().anyMatch(c.roles()::contains);
            case READ -> !c.anonymous() && rule.roles().stream().anyMatch(c.roles()::contains)
                    && (dataUnit == null || c.readsUnit(dataUnit));
            case WRITE -> !c.anonymous() && ((rule.adminWritesAnyUnit() && c.roles().contains(Role.ADMIN))
                    || (rule.roles().stream().anyMatch(c.roles()::contains)
                    && (dataUnit == null || c.unit().equals(dataUnit))));
        };
    }

    private AccessPolicy() {
    }
}
