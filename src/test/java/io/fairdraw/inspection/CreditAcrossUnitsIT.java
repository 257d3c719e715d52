package io.fairdraw.inspection;

import static io.fairdraw.inspection.InspectionFixtures.accountFor;
import static io.fairdraw.inspection.InspectionFixtures.form;
import static io.fairdraw.inspection.InspectionFixtures.itemCodes;
import static io.fairdraw.inspection.InspectionFixtures.openRecord;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.plan.FrameRules;
import io.fairdraw.plan.Tasks;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 失信者一处违规、处处受限，跨单位：第一师牵头、第二师参加的联合抽查任务从两师的名录库抽取对象（兵自然资发〔2020〕47号：
 * 联合抽查），第一师检查组对一个第二师的主体记录“公示信息隐瞒真实情况、弄虚作假”，第一师审核人审核通过后，
 * 该主体升为 D 类；第二师自己的下一项抽查任务的预览把它列入 D 层，第二师也能看到第一师的信用记录。
 */
@AppIT
class CreditAcrossUnitsIT {

    static final int JOINT_YEAR = 2072;
    static final int D02_YEAR = 2073;
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tasks tasks;

    private String stratum(long taskId, String uscc) {
        return tasks.frame(taskId, LocalDate.now(ZONE)).entries().stream().filter(e -> e.uscc().equals(uscc))
                .map(FrameRules.Entry::stratum).findFirst().orElse(null);
    }

    /** The frame size of one stratum in the task page's live preview, as the D02 planner sees it. */
    private static int previewFrame(WebClient planner, long taskId, String stratum) {
        String html = planner.get("/tasks/" + taskId).body();
        Matcher m = Pattern.compile("id=\"preview-" + stratum + "\">\\s*<td>[^<]+</td>\\s*<td class=\"fd-frame\">(\\d+)</td>")
                .matcher(html);
        assertThat(m.find()).as("preview row %s in %s", stratum, html.length()).isTrue();
        return Integer.parseInt(m.group(1));
    }

    @Test
    @DisplayName("第一师记录的违法违规使第二师主体升为 D 类，第二师下一任务的预览把它列入 D 层，第二师可见该信用记录")
    void violationFoundByOneUnitRaisesTheClassInAnotherUnitsFrame() {
        List<Long> d02Tasks = plans.publishedPlan("D02", D02_YEAR, "IT " + D02_YEAR, List.of(new DemoPlans.DemoTask(
                "IT D02 next task " + D02_YEAR, 2, false, 5, "IT beacon source " + D02_YEAR, null)));
        assertThat(d02Tasks).hasSize(1);
        long d02Task = d02Tasks.get(0);

        WebClient client = new WebClient(port);
        String drawId = InspectionFixtures.drawnTask(jdbc, plans, client, "D01", JOINT_YEAR, 10, "D02");
        // A D02 entity drawn in D01's joint task, in a class below D, without the serious-dishonesty flag.
        InspectionFixtures.VisitRow visit = InspectionFixtures.visits(jdbc, drawId).stream()
                .filter(v -> v.orgCode().equals("D02"))
                .filter(v -> jdbc.sql("SELECT count(*) FROM registry_entity WHERE uscc = ? AND unit_code = 'D02' "
                                + "AND (risk_class IS NULL OR risk_class <> 'D') AND NOT serious_dishonesty")
                        .param(v.uscc()).query(Integer.class).single() == 1)
                .findFirst().orElseThrow(() -> new AssertionError("no D02 entity below class D in " + drawId));
        String uscc = visit.uscc();
        String before = stratum(d02Task, uscc);
        assertThat(before).as("the entity is in D02's own frame").isNotNull().isNotEqualTo("D");
        WebClient plannerD02 = WebClient.loggedIn(port, "planner.d02");
        int dBefore = previewFrame(plannerD02, d02Task, "D");
        int oldBefore = previewFrame(plannerD02, d02Task, before);

        WebClient a = WebClient.loggedIn(port, accountFor(jdbc, visit.inspectors().get(0)));
        WebClient b = WebClient.loggedIn(port, accountFor(jdbc, visit.inspectors().get(1)));
        String page = "/inspection/visits/" + visit.id();
        a.get(page);
        assertThat(a.postForm(page + "/record", Map.of()).statusCode()).isEqualTo(302);
        long recordId = openRecord(jdbc, visit.id());
        InspectionFixtures.pointEvidence(jdbc, recordId); // issue 19 item 3: the 不符合 point's evidence
        a.get(page);
        HttpResponse<String> saved = a.postMultipart("/inspection/records/" + recordId,
                form(itemCodes(jdbc, recordId), LocalDate.now(ZONE).minusDays(2).toString(), "FALSE_DISCLOSURE",
                        "CASE_TRANSFER", "公示的复垦面积与现场不符"), List.of());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        for (WebClient member : List.of(a, b)) {
            member.get(page);
            assertThat(member.postForm("/inspection/records/" + recordId + "/confirm", Map.of()).statusCode()).isEqualTo(302);
        }
        a.get(page);
        a.postForm("/inspection/records/" + recordId + "/submit", Map.of());
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get(page);
        assertThat(reviewer.postForm("/inspection/records/" + recordId + "/approve", Map.of()).statusCode()).isEqualTo(302);
        assertThat(InspectionFixtures.status(jdbc, recordId)).isEqualTo("APPROVED");

        assertThat(jdbc.sql("SELECT risk_class FROM registry_entity WHERE uscc = ?").param(uscc).query(String.class).single())
                .isEqualTo("D");
        assertThat(stratum(d02Task, uscc)).as("D02's next frame puts it in the highest-ratio stratum").isEqualTo("D");
        assertThat(previewFrame(plannerD02, d02Task, "D")).isEqualTo(dBefore + 1);
        assertThat(previewFrame(plannerD02, d02Task, before)).isEqualTo(oldBefore - 1);

        // Logged with the record that caused it: class-change row, registry history, audit entry.
        assertThat(jdbc.sql("SELECT count(*) FROM credit_class_change WHERE uscc = ? AND to_class = 'D' "
                + "AND rule_code = 'FALSE_DISCLOSURE' AND inspection_record = ?").params(uscc, recordId)
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CREDIT_CLASS_CHANGED' AND target_id = ? "
                + "AND summary LIKE ?").params(uscc, "%inspection record " + recordId + "%").query(Integer.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM registry_entity_change WHERE uscc = ? AND changes::text LIKE '%risk_class%'")
                .param(uscc).query(Integer.class).single()).isGreaterThanOrEqualTo(1);
        // issue 21 item 2: the history labels the change by its cause (the credit rules), not 手工, and shows the
        // approver by 姓名, not by login name
        assertThat(jdbc.sql("SELECT source FROM registry_entity_change WHERE uscc = ? AND changes::text LIKE '%risk_class%' "
                + "ORDER BY id DESC LIMIT 1").param(uscc).query(String.class).single()).isEqualTo("CREDIT");
        org.jsoup.nodes.Element changeRow = org.jsoup.Jsoup.parse(WebClient.loggedIn(port, "reviewer.d02")
                .get("/registry/entities/" + uscc).body()).select("#history-table tbody tr").stream()
                .filter(tr -> tr.text().contains("信用规则“")).findFirst().orElseThrow();
        assertThat(changeRow.selectFirst(".fd-source").text()).isEqualTo("信用规则自动调整");
        assertThat(changeRow.selectFirst(".fd-person").text()).isEqualTo("第一师审核人");

        // Every unit sees the record: D02's reviewer on the panel its entity page loads, other systems on the API.
        WebClient reviewerD02 = WebClient.loggedIn(port, "reviewer.d02");
        assertThat(reviewerD02.get("/registry/entities/" + uscc).body()).contains("/credit/entities/" + uscc + "/panel");
        String panel = reviewerD02.get("/credit/entities/" + uscc + "/panel").body();
        assertThat(panel).contains("公示信息隐瞒真实情况、弄虚作假").contains("D01").contains("data-class=\"D\"");
        HttpResponse<String> api = client.api("GET", "/api/v1/credit/" + uscc, "liaison.d02", null);
        assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
        assertThat(api.body()).contains("\"riskClass\":\"D\"").contains("\"unitCode\":\"D01\"")
                .contains("\"category\":\"FALSE_DISCLOSURE\"").contains("\"severity\":\"SERIOUS\"");

        // The rules are data an ADMIN reads on one page.
        String rules = WebClient.loggedIn(port, "admin").get("/credit/rules").body();
        assertThat(rules).contains("data-rule=\"FALSE_DISCLOSURE\"").contains("data-rule=\"CLEAN_TWO_YEARS\"");
        // issue 21 item 2: a person reads the rules, not their enum codes
        assertThat(org.jsoup.Jsoup.parse(rules).selectFirst("#credit-rules").text())
                .doesNotContain("FALSE_DISCLOSURE", "CLEAN_TWO_YEARS", "OBSTRUCTION").contains("公示信息弄虚作假");
        assertThat(WebClient.loggedIn(port, "planner.d01").get("/credit/rules").statusCode()).isEqualTo(403);
    }
}
