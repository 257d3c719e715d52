package io.fairdraw.inspection;

import static io.fairdraw.inspection.InspectionFixtures.accountFor;
import static io.fairdraw.inspection.InspectionFixtures.form;
import static io.fairdraw.inspection.InspectionFixtures.itemCodes;
import static io.fairdraw.inspection.InspectionFixtures.openRecord;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.Beacons;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 20 acceptance 1, in Chromium at 1366 px: D01 invites an outside department (协作部门 P01-SJ,
 * 第一师阿拉尔市市场监督管理局) to a joint task; the department's planner confirms and adds its own item;
 * the draw's roster and teams include the department's inspectors; a team with one of them records
 * the result; D01's reviewer publishes it, and the portal names both departments.
 */
@AppIT
class PartnerDepartmentBrowserIT {

    static final int YEAR = 2005;
    private static final String PARTNER = "P01-SJ";
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("与协作部门联合抽查：邀请、确认、加入事项、抽取含其检查人员、记录结果、公示同时列出两个部门")
    void jointTaskWithAnOutsideDepartmentEndToEnd() {
        WebClient lead = WebClient.loggedIn(port, "planner.d01");
        long plan = createPlan(lead);
        long task = createTask(lead, plan);
        long partnerItem = jdbc.sql("SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id "
                + "WHERE i.code = 'P01-SJ-001' ORDER BY v.version_no DESC LIMIT 1").query(Long.class).single();
        String leadName = jdbc.sql("SELECT name FROM org_unit WHERE code = 'D01'").query(String.class).single();
        String partnerName = jdbc.sql("SELECT name FROM org_unit WHERE code = ?").param(PARTNER).query(String.class).single();
        String drawId;
        try (Browser b = Browser.open(port, 1366, 900)) {
            // invite (the lead's planner)
            b.login("planner.d01", WebClient.DEMO_PASSWORD);
            b.go("/tasks/" + task);
            new Select(b.driver().findElement(By.cssSelector("#invite-form select[name=partner]"))).selectByValue(PARTNER);
            b.click(By.id("invite"));
            b.waitFor().until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#partners [data-partner-status='INVITED']")));
            assertThat(b.driver().findElement(By.cssSelector("#partners .fd-partner-name")).getText()).isEqualTo(partnerName);
            b.logout();

            // confirm and add the department's own item (the partner's planner)
            b.login("planner.p01-sj", WebClient.DEMO_PASSWORD);
            b.go("/plans");
            assertThat(b.driver().getPageSource()).contains("/tasks/" + task);
            b.go("/tasks/" + task);
            b.click(By.id("partner-confirm"));
            b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("contribute-form")));
            b.click(By.id("contrib-" + partnerItem));
            b.click(By.cssSelector("#contribute-form button[type=submit]"));
            b.waitFor().until(ExpectedConditions.elementSelectionStateToBe(By.id("contrib-" + partnerItem), true));
            assertThat(b.driver().findElement(By.cssSelector("body")).getText()).contains("P01-SJ-001");
            b.logout();

            // the plan is submitted, approved and published as usual (no browser needed for that)
            approveAndPublish(plan);

            // the draw (the lead's planner): announced with its beacon, executed
            b.login("planner.d01", WebClient.DEMO_PASSWORD);
            b.go("/tasks/" + task + "/draws");
            assertThat(b.driver().findElement(By.cssSelector("#roster-basis [data-rule='JOINT_PARTNER']")).getText())
                    .contains(PARTNER);
            new Select(b.driver().findElement(By.id("beacon-source"))).selectByValue("DICE");
            b.driver().findElement(By.id("beacon-event")).sendKeys("IT 联合抽查公开抽取会");
            LocalDateTime moment = LocalDateTime.now(ZONE).plusSeconds(6).withNano(0);
            ((JavascriptExecutor) b.driver()).executeScript(
                    "document.getElementById('beacon-available-at').value = arguments[0]",
                    moment.toString().length() == 16 ? moment + ":00" : moment.toString());
            b.click(By.id("announce"));
            b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
            b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("execute-form")));
            // Past the moment on the server's clock (Beacons.afterMoment): the page, read again, offers the execution.
            Beacons.afterMoment(port, moment.atZone(ZONE).toInstant(), () -> {
                b.driver().navigate().refresh();
                b.driver().findElement(By.id("beacon-input")).sendKeys("42614");
                b.click(By.id("execute"));
                b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
                return b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("draw-selection")));
            });
            drawId = jdbc.sql("SELECT draw_id FROM draw_announcement WHERE task_id = ?").param(task).query(String.class).single();
            // The department's inspectors are in the draw's roster (FD-DRAW-1 §2b ranks every roster inspector per
            // entity); whether one of them is drawn into a team is the draw's chance, not something to assert.
            assertThat(jdbc.sql("SELECT roster FROM draw_announcement WHERE draw_id = ?").param(drawId).query(String.class)
                    .single()).as("the department's inspectors in the roster").contains("XJ-P01SJ-");
            b.screenshot("partner-department-draw");
            b.logout();

            // a visit whose team includes the department's inspector: recorded, confirmed, submitted, approved
            long recordId = recordAndApprove(drawId, task);

            // publication (the lead's reviewer: 谁抽查、谁公示)
            b.login("reviewer.d01", WebClient.DEMO_PASSWORD);
            b.go("/disclosure");
            b.click(By.cssSelector("#pending-" + recordId + " .fd-publish"));
            b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
            b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("published-flash")));
            b.logout();

            // the portal names both departments: the draw page and the published result
            b.go("/public/draws/" + drawId);
            assertThat(b.driver().findElement(By.id("draw-departments")).getText()).contains(leadName).contains(partnerName);
            String uscc = jdbc.sql("SELECT v.uscc FROM inspection_record r JOIN inspection_visit v ON v.id = r.visit_id "
                    + "WHERE r.id = ?").param(recordId).query(String.class).single();
            b.go("/public/results?q=" + uscc);
            assertThat(b.driver().findElement(By.cssSelector("td.fd-departments")).getText())
                    .isEqualTo(leadName + "、" + partnerName);
            b.go("/public/entities/" + uscc);
            assertThat(b.driver().findElement(By.cssSelector(".fd-departments")).getText()).contains(partnerName);
            b.go("/public/plans/" + plan);
            assertThat(b.driver().findElement(By.tagName("main")).getText()).contains(leadName).contains(partnerName);
            b.screenshot("partner-department-published");
        }
    }

    private long createPlan(WebClient planner) {
        planner.get("/plans");
        HttpResponse<String> r = planner.postForm("/plans", Map.of("year", String.valueOf(YEAR), "title",
                YEAR + " 年度双随机抽查计划（联合抽查）"));
        String location = r.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(r.body()));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private long createTask(WebClient planner, long plan) {
        long item = jdbc.sql("SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id "
                + "WHERE i.code = 'D01-TD-001' ORDER BY v.version_no DESC LIMIT 1").query(Long.class).single();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("name", "土地复垦与测绘产品质量联合检查");
        f.put("itemVersionIds", String.valueOf(item));
        f.put("teamSize", "2");
        f.put("capSlack", "1");
        f.put("coolDownMonths", "0");   // the suite shares one database (see PlanSupport.taskForm)
        f.put("periodStart", YEAR + "-04-01");
        f.put("periodEnd", YEAR + "-10-31");
        f.put("beaconSource", "DICE");
        f.put("statuses", "ACTIVE");
        f.put("entityTypes", "");
        for (String s : new String[] {"A", "B", "C", "D", "X"}) {
            f.put("ratio" + s, "5");
            f.put("min" + s, "1");
        }
        planner.get("/plans/" + plan + "/tasks/new");
        HttpResponse<String> r = planner.postForm("/plans/" + plan + "/tasks", f);
        String location = r.headers().firstValue("Location").orElseThrow(() -> new IllegalStateException(
                "task not saved (" + r.statusCode() + "): " + r.body()));
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void approveAndPublish(long plan) {
        WebClient api = new WebClient(port);
        assertThat(api.api("POST", "/api/v1/plans/" + plan + "/submit", "planner.d01", null).statusCode()).isEqualTo(200);
        HttpResponse<String> approved = api.api("POST", "/api/v1/plans/" + plan + "/approve", "reviewer.d01",
                "{\"coverageReason\":\"IT: one joint task with a partner department\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(api.api("POST", "/api/v1/plans/" + plan + "/publish", "reviewer.d01", null).statusCode()).isEqualTo(200);
    }

    private long recordAndApprove(String drawId, long task) {
        // A team with the department's inspector when the draw made one (its chance), else any team of the joint task.
        List<InspectionFixtures.VisitRow> visits = InspectionFixtures.visits(jdbc, drawId);
        InspectionFixtures.VisitRow visit = visits.stream()
                .filter(v -> v.inspectors().stream().anyMatch(i -> i.startsWith("XJ-P01SJ-")))
                .findFirst().orElse(visits.get(0));
        // The record's date lies within the task's period and not after today (as InspectionFixtures.drawnTask does).
        LocalDate today = LocalDate.now(ZONE);
        jdbc.sql("UPDATE plan_task SET period_start = ?, period_end = ? WHERE id = ?")
                .params(today.minusDays(400), today.plusDays(400), task).update();
        List<WebClient> team = visit.inspectors().stream()
                .map(i -> WebClient.loggedIn(port, accountFor(jdbc, i))).toList();
        WebClient a = team.get(0);
        String page = "/inspection/visits/" + visit.id();
        a.get(page);
        assertThat(a.postForm(page + "/record", Map.of()).statusCode()).isEqualTo(302);
        long recordId = openRecord(jdbc, visit.id());
        List<String> items = itemCodes(jdbc, recordId);
        assertThat(items).as("the joint task's items, the department's own among them").contains("D01-TD-001", "P01-SJ-001");
        a.get(page);
        HttpResponse<String> saved = a.postMultipart("/inspection/records/" + recordId,
                form(items, today.minusDays(1).toString(), "NO_PROBLEM", null, ""), List.of());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        for (WebClient member : team) {
            member.get(page);
            assertThat(member.postForm("/inspection/records/" + recordId + "/confirm", Map.of()).statusCode()).isEqualTo(302);
        }
        a.get(page);
        a.postForm("/inspection/records/" + recordId + "/submit", Map.of());
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get(page);
        assertThat(reviewer.postForm("/inspection/records/" + recordId + "/approve", Map.of()).statusCode()).isEqualTo(302);
        assertThat(InspectionFixtures.status(jdbc, recordId)).isEqualTo("APPROVED");
        return recordId;
    }
}
