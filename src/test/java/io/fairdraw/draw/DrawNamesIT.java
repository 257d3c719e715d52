package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 21 item 2：抽取页面显示检查对象名称和检查人员姓名；公开页面在结果公示之前只显示检查人员编号（不提前透露谁来检查），
 * 某对象的结果公示后显示该检查组的姓名和执法证号（行政执法公示）；风险分类 X 显示为“未分类”。
 */
@AppIT
class DrawNamesIT {

    static final int YEAR = 2012;

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    @DisplayName("计划员的抽取页面：名称在代码旁，检查人员“姓名（编号）”；公开页面公示前只有编号，公示后该对象一行有姓名和执法证号")
    void namesOnTheStaffPageAndOnThePublicPageOnlyAfterPublication() {
        WebClient client = new WebClient(port);
        long taskId = DrawFixtures.publishedTask(plans, "D01", YEAR, 2, false, 3, null);
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");
        assertThat(DrawFixtures.execute(client, drawId, "planner.d01", DrawFixtures.BEACON).statusCode()).isEqualTo(200);
        JsonNode selected = JsonMapper.builder().build().readTree(client.get("/public/draws/" + drawId + ".json").body())
                .get("selected");
        assertThat(selected.size()).isGreaterThan(1);
        String uscc = selected.get(0).get("uscc").stringValue();
        List<String> team = new ArrayList<>();
        selected.get(0).get("inspectors").forEach(i -> team.add(i.stringValue()));
        String entityName = jdbc.sql("SELECT name FROM registry_entity WHERE uscc = ?").param(uscc).query(String.class).single();
        Map<String, String> inspectorName = new java.util.HashMap<>();
        Map<String, String> certificate = new java.util.HashMap<>();
        List<String> everyone = new ArrayList<>();
        selected.forEach(e -> e.get("inspectors").forEach(i -> everyone.add(i.stringValue())));
        jdbc.sql("SELECT id, name, certificate_no FROM inspector WHERE id = ANY (?)").param(everyone.toArray(String[]::new))
                .query((rs, n) -> {
                    inspectorName.put(rs.getString(1), rs.getString(2));
                    return certificate.put(rs.getString(1), rs.getString(3));
                }).list();
        assertThat(certificate.get(team.get(0))).as("demo inspectors hold a 执法证").isNotBlank();

        // staff page: the entity's name beside its code, the team as 姓名（编号）, the stratum by its label
        Element staffRow = row(WebClient.loggedIn(port, "planner.d01").get("/tasks/" + taskId + "/draws").body(), uscc);
        assertThat(staffRow.selectFirst(".fd-entity-name").text()).isEqualTo(entityName);
        assertThat(staffRow.selectFirst(".fd-team").text())
                .contains(inspectorName.get(team.get(0)) + "（" + team.get(0) + "）")
                .contains(inspectorName.get(team.get(1)) + "（" + team.get(1) + "）");
        assertThat(staffRow.child(3).text()).as("stratum by its label").isIn("A 类（低风险）", "B 类", "C 类", "D 类（高风险）", "未分类");
        Document staffPage = Jsoup.parse(WebClient.loggedIn(port, "planner.d01").get("/tasks/" + taskId + "/draws").body());
        assertThat(staffPage.select("#draw-strata tbody tr td:first-child")).extracting(Element::text)
                .isNotEmpty().doesNotContain("A", "B", "C", "D", "X");
        // the public plan announces its ratios by stratum label (X → 未分类)
        long planId = jdbc.sql("SELECT plan_id FROM plan_task WHERE id = ?").param(taskId).query(Long.class).single();
        assertThat(Jsoup.parse(client.get("/public/plans/" + planId).body()).text()).contains("未分类");

        // public page before publication: the entity is named, its inspectors are not
        String before = client.get("/public/draws/" + drawId).body();
        assertThat(row(before, uscc).selectFirst(".fd-entity-name").text()).isEqualTo(entityName);
        assertThat(row(before, uscc).selectFirst(".fd-team").text()).contains(team.get(0)).contains(team.get(1));
        assertThat(Jsoup.parse(before).text()).doesNotContain(inspectorName.values().toArray(String[]::new))
                .doesNotContain("执法证号");

        // the result of that entity is approved and published by the unit's reviewer
        long recordId = 9_100_000_000L + System.nanoTime() % 1_000_000;
        LocalDate day = LocalDate.of(2026, 11, 23);
        tx.executeWithoutResult(s -> events.publishEvent(new InspectionEvents.ResultApproved(recordId, null,
                new InspectionEvents.ResultApproved.Task(taskId, "IT task " + YEAR, YEAR, "D01"),
                new InspectionEvents.ResultApproved.Visited(recordId, drawId, uscc, entityName, "LAND", team, day),
                new InspectionEvents.ResultApproved.Approval("reviewer.d01", Instant.parse(day + "T02:00:00Z"), day),
                List.of(new InspectionEvents.ItemResult("TST-ITEM-1", 1, "土地利用检查", "D01", ResultCategory.NO_PROBLEM,
                        Disposal.NONE)),
                new InspectionEvents.ResultApproved.Publication(day, day.plusDays(28)))));
        String publicBefore = client.get("/public/draws/" + drawId).body();
        assertThat(Jsoup.parse(publicBefore).text()).as("approved is not yet published").doesNotContain("执法证号");
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get("/disclosure");
        assertThat(reviewer.postForm("/disclosure/records/" + recordId + "/publish", Map.of()).statusCode()).isEqualTo(302);

        // after publication: that entity's row names its team with their 执法证号; the others still show ids only
        String after = client.get("/public/draws/" + drawId).body();
        assertThat(row(after, uscc).selectFirst(".fd-team").text())
                .contains(inspectorName.get(team.get(0)) + "（执法证号 " + certificate.get(team.get(0)) + "）")
                .contains(inspectorName.get(team.get(1)) + "（执法证号 " + certificate.get(team.get(1)) + "）");
        String otherUscc = selected.get(1).get("uscc").stringValue();
        List<String> otherTeam = new ArrayList<>();
        selected.get(1).get("inspectors").forEach(i -> otherTeam.add(i.stringValue()));
        Element other = row(after, otherUscc);
        assertThat(other.selectFirst(".fd-team").text()).doesNotContain("执法证号")
                .doesNotContain(otherTeam.stream().map(inspectorName::get).toArray(String[]::new));
    }

    private static Element row(String html, String uscc) {
        Document doc = Jsoup.parse(html);
        Element row = doc.selectFirst("#draw-selection tr[data-uscc=" + uscc + "]");
        assertThat(row).as("selection row of %s", uscc).isNotNull();
        return row;
    }
}
