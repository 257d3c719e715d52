package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.draw.RosterSource;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scope;
import io.fairdraw.organization.Scopes;
import io.fairdraw.organization.UnitKind;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20 item 1, 协作部门: a department outside the bureau (demo: P01-SJ 市场监督管理局) stands outside
 * the bureau's tree, reads only its own unit and the joint tasks it takes part in, keeps no plan of its
 * own, and its inspectors are on a roster only where it is a confirmed partner.
 */
@AppIT
class PartnerDepartmentIT {

    private static final int YEAR = 2001;
    private static final String PARTNER = "P01-SJ";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Scopes scopes;

    @Autowired
    RosterSource rosters;

    @Autowired
    Tasks tasks;

    @Test
    @DisplayName("系统管理员登记协作部门：不在自然资源局系统内，不能设上级单位；其范围只有本部门")
    void registeredOutsideTheBureau() {
        WebClient admin = WebClient.loggedIn(port, "admin");
        admin.get("/admin/units/new");
        Map<String, String> form = new java.util.HashMap<>(Map.of("code", "P-IT-HB", "name", "测试生态环境局",
                "parentCode", "BT", "kind", "PARTNER_DEPARTMENT", "active", "true"));
        assertThat(admin.postForm("/admin/units/new", form).body()).contains("协作部门不属于自然资源局系统");
        form.put("parentCode", "");
        assertThat(admin.postForm("/admin/units/new", form).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT kind FROM org_unit WHERE code = 'P-IT-HB' AND parent_code IS NULL")
                .query(String.class).single()).isEqualTo("PARTNER_DEPARTMENT");

        Scope scope = scopes.of(new FairdrawUser(0, "p", "p", PARTNER, "p", UnitKind.PARTNER_DEPARTMENT,
                Set.of(Role.PLANNER, Role.LIAISON), null, true, null));
        assertThat(scope.readsAll()).isFalse();
        assertThat(scope.readable()).containsExactly(PARTNER);
        // ... and the bureau's offices do not read it: it is not below the bureau.
        Scope bureau = scopes.of(new FairdrawUser(0, "b", "b", "BT-GH", "b", UnitKind.DEPARTMENT,
                Set.of(Role.PLANNER), null, true, null));
        assertThat(bureau.canRead("D01")).isTrue();
        assertThat(bureau.canRead(PARTNER)).isFalse();

        WebClient planner = WebClient.loggedIn(port, "planner.p01-sj");
        planner.get("/plans");
        assertThat(planner.postForm("/plans", Map.of("year", String.valueOf(YEAR), "title", "协作部门计划")).statusCode())
                .isEqualTo(302);
        assertThat(planner.get("/plans").body()).contains("协作部门不编制本部门的抽查计划");
        assertThat(jdbc.sql("SELECT count(*) FROM plan_annual WHERE unit_code = ?").param(PARTNER).query(Long.class)
                .single()).isZero();

        // its LIAISON registers its certified inspectors, never into the joint pool (DESIGN.md §2)
        WebClient liaison = WebClient.loggedIn(port, "liaison.p01-hb");
        liaison.get("/inspectors/new");
        Map<String, String> inspector = new java.util.HashMap<>(Map.of("id", "XJ-P01HB-IT1", "name", "测试检查员",
                "certificateNo", "HB65009901", "certificateExpiry", LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(2).toString(),
                "specialties", "MINERAL", "status", "ON_DUTY", "jointPool", "true"));
        assertThat(liaison.postForm("/inspectors/new", inspector).body()).contains("不能列入联合抽查人员库");
        inspector.put("jointPool", "false");
        assertThat(liaison.postForm("/inspectors/new", inspector).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT unit_code FROM inspector WHERE id = 'XJ-P01HB-IT1' AND NOT joint_pool")
                .query(String.class).single()).isEqualTo("P01-HB");
    }

    @Test
    @DisplayName("联合抽查：协作部门只看到所参加的任务，确认后加入本部门事项，其检查人员只进入该任务的名单")
    void seesOnlyItsJointTaskAndIsDrawnOnlyThere() {
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(rosters.roster("D01", Set.of("D01"), today)).noneMatch(e -> e.unitCode().equals(PARTNER));
        assertThat(rosters.roster("BT-GH", Set.of("BT-GH"), today)).as("a bureau-level task: the joint pool, not the partner")
                .isNotEmpty().noneMatch(e -> e.unitCode().equals(PARTNER));
        assertThat(rosters.roster("D01", Set.of("D01", PARTNER), today)).anyMatch(e -> e.unitCode().equals(PARTNER));

        WebClient lead = WebClient.loggedIn(port, "planner.d01");
        long plan = PlanSupport.createPlan(lead, YEAR);
        long item = PlanSupport.currentVersion(jdbc, "D01-TD-001");
        long joint = PlanSupport.createTask(lead, plan, PlanSupport.taskForm(item, YEAR));
        long own = PlanSupport.createTask(lead, plan, PlanSupport.taskForm(item, YEAR));

        WebClient partner = WebClient.loggedIn(port, "planner.p01-sj");
        assertThat(partner.get("/tasks/" + joint).statusCode()).as("not yet invited").isEqualTo(404);
        lead.get("/tasks/" + joint);
        lead.postForm("/tasks/" + joint + "/partners", Map.of("partner", PARTNER));

        assertThat(partner.get("/tasks/" + joint).statusCode()).isEqualTo(200);
        assertThat(partner.get("/tasks/" + own).statusCode()).as("the lead's other task").isEqualTo(404);
        assertThat(partner.get("/tasks/" + own + "/draws").statusCode()).isEqualTo(404);
        String planPage = partner.get("/plans/" + plan).body();
        assertThat(planPage).contains("/tasks/" + joint).doesNotContain("/tasks/" + own + "\"");
        assertThat(partner.get("/plans").body()).contains("/tasks/" + joint);

        partner.get("/tasks/" + joint);
        partner.postForm("/tasks/" + joint + "/answer", Map.of("confirm", "true"));
        long partnerItem = PlanSupport.currentVersion(jdbc, "P01-SJ-001");
        partner.get("/tasks/" + joint);
        partner.postForm("/tasks/" + joint + "/items", Map.of("itemVersionIds", String.valueOf(partnerItem)));
        // by parameter: another task's id is refused, nothing is added there
        partner.postForm("/tasks/" + own + "/items", Map.of("itemVersionIds", String.valueOf(partnerItem)));
        assertThat(partner.postForm("/tasks/" + own + "/answer", Map.of("confirm", "true")).statusCode()).isEqualTo(404);

        TaskView view = tasks.task(joint).orElseThrow();
        assertThat(view.rosterUnits()).containsExactly("D01", PARTNER);
        assertThat(view.items()).extracting(TaskView.Item::unitCode).contains("D01", PARTNER);
        assertThat(tasks.task(own).orElseThrow().items()).extracting(TaskView.Item::unitCode).containsOnly("D01");
        assertThat(lead.get("/tasks/" + joint).body()).contains("data-partner-status=\"CONFIRMED\"");

        // docs/integration.md: the department's API token reads its joint task and nothing else
        long account = jdbc.sql("SELECT id FROM org_account WHERE username = 'planner.p01-sj'").query(Long.class).single();
        String token = apiTokens.create(account, "IT joint task", 1).token();
        assertThat(bearer(token, "/api/v1/tasks/" + joint).statusCode()).isEqualTo(200);
        assertThat(bearer(token, "/api/v1/tasks/" + joint).body()).contains("P01-SJ-001");
        assertThat(bearer(token, "/api/v1/tasks/" + own).statusCode()).isEqualTo(404);
        assertThat(bearer(token, "/api/v1/units/D01").statusCode()).isEqualTo(404);
    }

    @Autowired
    io.fairdraw.organization.domain.ApiTokenService apiTokens;

    private java.net.http.HttpResponse<String> bearer(String token, String path) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create("http://localhost:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
