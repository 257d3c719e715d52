package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.TestDivision;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 联合抽查人员库只进入联合抽查和局机关任务的名单，不进入师市本单位常规抽查（DESIGN.md §2）；师市局登记所属的所后，
 * 所所交叉在本单位内生效（issue 17 item 2）。
 */
@AppIT
class RosterRulesIT {

    /** The demo departments' joint-pool inspectors (seed/demo-inspectors.csv). */
    static final List<String> JOINT_POOL = List.of("XJ-BT-GH-01", "XJ-BT-KC-01", "XJ-BT-LC-01", "XJ-BT-SYQ-01");

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    private List<String> rosterIds(String drawId) {
        return rosterLines(drawId).stream().map(l -> l.split(",")[0]).toList();
    }

    private List<String> rosterLines(String drawId) {
        String text = jdbc.sql("SELECT roster FROM draw_announcement WHERE draw_id = ?").param(drawId)
                .query(String.class).single();
        return text.lines().toList();
    }

    @Test
    @DisplayName("师市本单位常规抽查：名单不含局机关处室的联合抽查人员；抽取页说明名单来源")
    void divisionRoutineDrawHasNoJointPool() {
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2081, 2, false, 3, null);
        WebClient client = new WebClient(port);
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");

        List<String> roster = rosterIds(drawId);
        assertThat(roster).isNotEmpty().allMatch(id -> id.startsWith("XJ-D01-"));
        assertThat(roster).doesNotContainAnyElementsOf(JOINT_POOL);

        String page = WebClient.loggedIn(port, "planner.d01").get("/tasks/" + taskId + "/draws").body();
        assertThat(page).contains("id=\"roster-basis\"").contains("data-rule=\"OWN_UNIT\"")
                .contains("data-rule=\"NO_JOINT_POOL\"").doesNotContain("data-rule=\"JOINT_POOL\"");
    }

    @Test
    @DisplayName("联合抽查任务：名单含伙伴单位人员和各处室联合抽查人员；抽取页逐条说明规则")
    void jointTaskRosterHasThePool() {
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2082, 2, false, 3, "D02");
        WebClient client = new WebClient(port);
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");

        List<String> roster = rosterIds(drawId);
        assertThat(roster).containsAll(JOINT_POOL).anyMatch(id -> id.startsWith("XJ-D01-"))
                .anyMatch(id -> id.startsWith("XJ-D02-"));
        assertThat(rosterLines(drawId)).contains("XJ-BT-KC-01,BT-KC");

        String page = WebClient.loggedIn(port, "planner.d01").get("/tasks/" + taskId + "/draws").body();
        assertThat(page).contains("data-rule=\"OWN_UNIT\"").contains("data-rule=\"JOINT_PARTNER\"")
                .contains("data-rule=\"JOINT_POOL\"").contains("联合抽查人员库（局机关处室）").contains("BT-KC")
                .doesNotContain("data-rule=\"NO_JOINT_POOL\"");
        // The public draw page says the same to anyone.
        assertThat(new WebClient(port).get("/public/draws/" + drawId).body()).contains("id=\"roster-basis\"")
                .contains("data-rule=\"JOINT_POOL\"").contains("data-rule=\"JOINT_PARTNER\"");
    }

    @Test
    @DisplayName("所所交叉：师市局登记两个所，人员和主体分属两所，抽取后没有人检查本所的主体")
    void crossOfficeInsideADivision() {
        String unit = "D91";
        TestDivision.create(jdbc, unit);
        WebClient liaison = WebClient.loggedIn(port, "liaison.d91");
        // The LIAISON registers the sub-offices; a PLANNER may not.
        liaison.get("/units/" + unit + "/offices");
        assertThat(liaison.postForm("/units/" + unit + "/offices", Map.of("suffix", "S01", "name", "一团自然资源所"))
                .statusCode()).isEqualTo(302);
        liaison.postForm("/units/" + unit + "/offices", Map.of("suffix", "S02", "name", "二团自然资源所"));
        String bad = follow(liaison, liaison.postForm("/units/" + unit + "/offices", Map.of("suffix", "S 3", "name", "三团")));
        assertThat(bad).contains("所代码“S 3”不符合要求").contains("value=\"三团\"");
        WebClient planner = WebClient.loggedIn(port, "planner.d91");
        planner.get("/units/" + unit + "/offices");
        assertThat(planner.postForm("/units/" + unit + "/offices", Map.of("suffix", "S09", "name", "x")).statusCode())
                .isEqualTo(403);
        assertThat(jdbc.sql("SELECT code FROM org_office WHERE unit_code = ? ORDER BY code").param(unit)
                .query(String.class).list()).containsExactly("D91-S01", "D91-S02");

        // Four inspectors per office, entered on the inspector form with their office.
        LocalDate expiry = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusYears(2);
        Map<String, String> officeOf = new HashMap<>();
        for (int i = 1; i <= 8; i++) {
            String id = "XJ-D91-00" + i;
            String office = i <= 4 ? "D91-S01" : "D91-S02";
            liaison.get("/inspectors/new");
            Map<String, String> form = new HashMap<>(Map.of("id", id, "name", "所检查员" + i, "certificateNo",
                    "XJ9100" + i, "certificateExpiry", expiry.toString(), "specialties", "LAND", "status", "ON_DUTY",
                    "officeCode", office));
            HttpResponse<String> created = liaison.postForm("/inspectors/new", form);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
            officeOf.put(id, office);
        }
        // An office of another unit is refused, and the form keeps what was typed.
        liaison.get("/inspectors/new");
        String refused = liaison.postForm("/inspectors/new", Map.of("id", "XJ-D91-099", "name", "外所", "status", "ON_DUTY",
                "officeCode", "D01-AM")).body();
        assertThat(refused).contains("不是本单位（D91）登记的所").contains("value=\"XJ-D91-099\"");

        // Six entities, three per office, assigned through the registry API.
        List<String> usccs = TestDivision.entities(jdbc, unit, 6, 2083);
        for (int i = 0; i < usccs.size(); i++) {
            String office = i < 3 ? "D91-S01" : "D91-S02";
            HttpResponse<String> put = liaison.api("PUT", "/api/v1/registry/entities/" + usccs.get(i) + "/office",
                    "liaison.d91", "{\"officeCode\":\"" + office + "\"}");
            assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
            officeOf.put(usccs.get(i), office);
        }
        assertThat(liaison.api("PUT", "/api/v1/registry/entities/" + usccs.get(0) + "/office", "liaison.d91",
                "{\"officeCode\":\"D01-AM\"}").statusCode()).as("another unit's office").isEqualTo(400);
        assertThat(liaison.api("PUT", "/api/v1/registry/entities/" + usccs.get(0) + "/office", "planner.d91",
                "{\"officeCode\":\"D91-S02\"}").statusCode()).as("not the LIAISON").isEqualTo(403);
        assertThat(liaison.api("GET", "/api/v1/registry/entities/" + usccs.get(0) + "/office", "planner.d91", null)
                .body()).contains("\"officeCode\":\"D91-S01\"");

        // A cross-office draw (所所交叉) of every entity: announced and executed by the division's planner.
        long taskId = DrawFixtures.publishedTask(plans, unit, 2083, 2, true, 100, null);
        WebClient client = new WebClient(port);
        String drawId = DrawFixtures.announce(client, taskId, "planner.d91");
        assertThat(rosterLines(drawId)).contains("XJ-D91-001,D91-S01", "XJ-D91-008,D91-S02").hasSize(8);
        HttpResponse<String> executed = DrawFixtures.execute(client, drawId, "planner.d91", "IT cross office 2083");
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);

        List<Object[]> visits = jdbc.sql("SELECT uscc, org_code, inspectors FROM inspection_visit WHERE draw_id = ?")
                .param(drawId).query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2),
                        Arrays.asList((String[]) rs.getArray(3).getArray())}).list();
        assertThat(visits).hasSize(6);
        for (Object[] v : visits) {
            String uscc = (String) v[0];
            assertThat(v[1]).as("frame org code of %s", uscc).isEqualTo(officeOf.get(uscc));
            @SuppressWarnings("unchecked")
            List<String> team = (List<String>) v[2];
            assertThat(team).hasSize(2).allSatisfy(i -> assertThat(officeOf.get(i)).as("office of %s inspecting %s", i, uscc)
                    .isNotEqualTo(officeOf.get(uscc)));
        }
        // Statistics count coverage by the entity's unit, not by its office.
        assertThat(jdbc.sql("SELECT DISTINCT entity_unit FROM report_visit WHERE draw_id = ?").param(drawId)
                .query(String.class).list()).containsExactly(unit);

        // An office is deactivated, never deleted: who belongs to it keeps it, nobody new may be assigned to it.
        liaison.get("/units/" + unit + "/offices");
        assertThat(follow(liaison, liaison.postForm("/offices/D91-S02", Map.of("name", "二团自然资源所（已合并）"))))
                .contains("已保存 D91-S02");
        assertThat(jdbc.sql("SELECT active FROM org_office WHERE code = 'D91-S02'").query(Boolean.class).single()).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM inspector WHERE office_code = 'D91-S02'").query(Long.class).single())
                .isEqualTo(4);
        HttpResponse<String> inactive = liaison.api("PUT", "/api/v1/registry/entities/" + usccs.get(0) + "/office",
                "liaison.d91", "{\"officeCode\":\"D91-S02\"}");
        assertThat(inactive.statusCode()).isEqualTo(400);
        assertThat(inactive.body()).contains("已停用");
        // Every change audited (entries may still wait in audit_pending for the chain).
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT action, target_id FROM audit_entry UNION ALL "
                + "SELECT action, target_id FROM audit_pending) a WHERE action IN ('OFFICE_CREATED', 'OFFICE_UPDATED', "
                + "'REGISTRY_ENTITY_OFFICE_SET') AND (target_id LIKE 'D91-%' OR target_id = ANY(?))")
                .param(usccs.toArray(String[]::new)).query(Long.class).single()).isEqualTo(2 + 1 + 6);
    }

    private static String follow(WebClient c, HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return c.get(r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
    }
}
