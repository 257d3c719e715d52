package io.fairdraw.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 21 item 6: the staff entity page shows the entity's inspections, scoped to what the viewer may see. */
@AppIT
class EntityHistoryIT {

    @LocalServerPort
    int port;

    /** This class's plan year (each IT class takes its own, see DrawFixtures). */
    static final int YEAR = 2063;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoPlans plans;

    @Test
    @DisplayName("主体页面列出本主体的检查记录（任务、日期、状态、结果、链接）；只列出查看者有权查看的检查，外单位看不到主体")
    void entityPageListsItsInspectionsInScope() {
        // A D01 entity inspected in a D01 task, with an approved record if the demo has one.
        Map<String, Object> v = jdbc.sql("SELECT v.id, v.uscc, t.code, t.name, r.inspection_date, r.status, "
                + "r.entity_category FROM inspection_visit v JOIN plan_task t ON t.id = v.task_id "
                + "JOIN plan_annual p ON p.id = t.plan_id JOIN registry_entity e ON e.uscc = v.uscc "
                + "JOIN inspection_record r ON r.visit_id = v.id "
                + "WHERE p.unit_code = 'D01' AND e.unit_code = 'D01' AND v.merged_into IS NULL "
                // one record, so the row shows this record's date (a corrected visit shows its correction's)
                + "AND (SELECT count(*) FROM inspection_record r2 WHERE r2.visit_id = v.id) = 1 "
                + "ORDER BY (r.status = 'APPROVED') DESC, v.id LIMIT 1").query().singleRow();
        String uscc = (String) v.get("uscc");
        long visitId = ((Number) v.get("id")).longValue();

        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        assertThat(reviewer.get("/registry/entities/" + uscc).body())
                .contains("hx-get=\"/inspection/entities/" + uscc + "/history\"");

        // A visit of another unit's task on the same entity (as a bureau department or a partner would
        // draw it): D01 may read the entity but not that task, so the panel leaves it out. Created long
        // ago so that no cool-down counts it; removed at the end (the database is shared).
        List<Long> created = plans.publishedPlan("D02", YEAR, "IT history " + YEAR, List.of(new DemoPlans.DemoTask(
                "IT history task", 2, false, 5, "IT beacon source " + YEAR, null)));
        long otherTask = created.isEmpty() ? jdbc.sql("SELECT t.id FROM plan_task t JOIN plan_annual p ON p.id = t.plan_id "
                + "WHERE p.unit_code = 'D02' AND p.year = ? ORDER BY t.id LIMIT 1").param(YEAR).query(Long.class).single()
                : created.get(0);
        long foreign = jdbc.sql("INSERT INTO inspection_visit (draw_id, task_id, uscc, org_code, inspectors, item_codes, "
                + "status, created_at) VALUES ('IT-HISTORY-D02', ?, ?, 'D01', '{}', '{}', 'PLANNED', TIMESTAMPTZ "
                + "'2000-01-01 00:00:00+08') RETURNING id").params(otherTask, uscc).query(Long.class).single();
        try {
            HttpResponse<String> panel = reviewer.get("/inspection/entities/" + uscc + "/history");
            assertThat(panel.statusCode()).isEqualTo(200);
            Document doc = Jsoup.parse(panel.body());
            Element row = doc.selectFirst("#inspection-history-table tr[data-visit=" + visitId + "]");
            assertThat(row).as("the D01 visit %s is listed", visitId).isNotNull();
            assertThat(row.text()).contains((String) v.get("code"), (String) v.get("name"));
            if (v.get("inspection_date") != null) {
                assertThat(row.text()).contains(v.get("inspection_date").toString());
            }
            String status = switch ((String) v.get("status")) {
                case "APPROVED" -> "已审核";
                case "SUBMITTED" -> "待审核";
                default -> "记录中";
            };
            assertThat(row.text()).contains(status);
            if ("APPROVED".equals(v.get("status"))) {
                assertThat(row.select("td").get(5).text()).as("approved results by name").isNotBlank()
                        .doesNotContainPattern("[A-Z_]{4,}");
            }
            assertThat(row.select("a").eachAttr("href")).contains("/inspection/visits/" + visitId);
            assertThat(doc.select("tr[data-visit=" + foreign + "]")).as("another unit's task is not D01's to see").isEmpty();
            assertThat(reviewer.get("/inspection/visits/" + visitId).statusCode()).as("its link opens").isEqualTo(200);

            // The auditor reads everything: both visits.
            Document audit = Jsoup.parse(WebClient.loggedIn(port, "auditor").get("/inspection/entities/" + uscc + "/history").body());
            assertThat(audit.select("tr[data-visit=" + visitId + "]")).hasSize(1);
            assertThat(audit.select("tr[data-visit=" + foreign + "]")).hasSize(1);

            // Another division's staff may not read the entity: 404, nothing revealed.
            assertThat(WebClient.loggedIn(port, "reviewer.d02").get("/inspection/entities/" + uscc + "/history")
                    .statusCode()).isEqualTo(404);
        } finally {
            jdbc.sql("DELETE FROM inspection_visit WHERE id = ?").param(foreign).update();
        }
    }
}
