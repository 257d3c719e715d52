package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.TestDivision;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 工作台（issue 21 item 1, acceptance 1）：在 1366×900 与 390×844 下，每个角色的首页显示该角色的待办；
 * 计划员提交计划后，审核人登录即看到提醒和待办（未运行每日任务）。
 */
@AppIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchBrowserIT {

    /** Each role's demo account and the to-dos its block must list. */
    static final List<List<String>> ROLES = List.of(
            List.of("planner.d01", "PLANNER", "plan-drafts", "plan-returned", "tasks-to-draw"),
            List.of("reviewer.d01", "REVIEWER", "plans-to-approve", "records-to-approve", "substitutions",
                    "results-to-publish"),
            List.of("inspector.d01a", "INSPECTOR", "visits"),
            List.of("liaison.d01", "LIAISON", "import-errors", "expiring", "staffing"),
            List.of("admin", "ADMIN", "units-without-liaison", "calendar-missing"),
            List.of("auditor", "AUDITOR", "failed-draws", "overdue-publications"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 900", "390, 844"})
    @DisplayName("每个角色的工作台显示本角色的待办，区块不超出窗口；手机上检查人员首页有进入“我的检查任务”的入口")
    void eachRoleSeesItsTodos(int width, int height) {
        try (Browser b = Browser.open(port, width, height)) {
            for (List<String> role : ROLES) {
                b.login(role.get(0), WebClient.DEMO_PASSWORD);
                b.go("/");
                WebElement block = b.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                        By.id("todo-block-" + role.get(1))));
                for (String todo : role.subList(2, role.size())) {
                    WebElement item = block.findElement(By.id("todo-" + todo));
                    assertThat(item.isDisplayed()).as(role + " " + todo).isTrue();
                    assertThat(item.getAttribute("data-count")).matches("\\d+");
                    assertThat(item.getText()).as("a label and its count").isNotBlank();
                }
                long right = ((Number) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                        "return Math.ceil(arguments[0].getBoundingClientRect().right);", block)).longValue();
                long viewport = ((Number) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("return document.documentElement.clientWidth;"))
                        .longValue();
                assertThat(right).as(role.get(1) + " block fits the window at " + width).isLessThanOrEqualTo(viewport);
                b.screenshot("workbench-" + role.get(1).toLowerCase() + "-" + width);
                if (role.get(1).equals("INSPECTOR")) {
                    b.click(By.id("go-my-visits"));
                    b.waitFor().until(ExpectedConditions.urlContains("/inspection/visits"));
                    assertThat(b.driver().findElements(By.id("visit-list"))).isNotEmpty();
                } else {
                    assertThat(b.driver().findElements(By.id("go-my-visits"))).isEmpty();
                }
                b.logout();
            }
        }
    }

    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 900, WB31", "390, 844, WB32"})
    @DisplayName("计划员在浏览器中提交计划 → 审核人登录后立即看到提醒与“待审核的计划”（未运行每日任务）")
    void submitRemindsTheReviewerAtOnce(int width, int height, String unit) {
        TestDivision.create(jdbc, unit);
        String lower = unit.toLowerCase();
        long plan = planWithTask(unit, "planner." + lower);
        try (Browser b = Browser.open(port, width, height)) {
            b.login("reviewer." + lower, WebClient.DEMO_PASSWORD);
            b.go("/");
            WebElement before = b.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("todo-plans-to-approve")));
            assertThat(before.getAttribute("data-count")).isEqualTo("0");
            b.logout();

            b.login("planner." + lower, WebClient.DEMO_PASSWORD);
            b.go("/");
            assertThat(b.driver().findElement(By.id("todo-plan-drafts")).getAttribute("data-count")).isEqualTo("1");
            b.click(By.cssSelector("#todo-plan-drafts a[href='/plans/" + plan + "']"));
            b.waitFor().until(ExpectedConditions.urlContains("/plans/" + plan));
            b.click(By.id("plan-submit"));
            b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
            b.waitFor().until(d -> d.findElements(By.id("plan-submit")).isEmpty());
            b.logout();

            b.login("reviewer." + lower, WebClient.DEMO_PASSWORD);
            b.go("/");
            WebElement todo = b.waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                    By.id("todo-plans-to-approve")));
            assertThat(todo.getAttribute("data-count")).isEqualTo("1");
            WebElement digest = b.driver().findElement(By.id("reminder-digest"));
            assertThat(digest.isDisplayed()).isTrue();
            WebElement reminder = digest.findElement(By.cssSelector("[data-kind=PLAN_SUBMITTED]"));
            assertThat(reminder.getText()).contains("2098").contains("待您审核");
            b.screenshot("workbench-reminder-" + width);
            b.go("/notifications");
            assertThat(b.driver().findElements(By.cssSelector("[data-kind=PLAN_SUBMITTED]"))).isNotEmpty();
            b.go("/");
            b.click(By.cssSelector("#todo-plans-to-approve a[href='/plans/" + plan + "']"));
            b.waitFor().until(d -> !d.findElements(By.id("plan-approve")).isEmpty());
        }
    }

    private long planWithTask(String unit, String planner) {
        WebClient api = new WebClient(port);
        HttpResponse<String> created = api.api("POST", "/api/v1/plans", planner,
                "{\"year\":2098,\"title\":\"工作台浏览器计划 " + unit + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long plan = id(created);
        long item = jdbc.sql("SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id "
                + "WHERE i.code = ? ORDER BY v.version_no DESC LIMIT 1").param(unit + "-IT-001").query(Long.class).single();
        HttpResponse<String> task = api.api("POST", "/api/v1/plans/" + plan + "/tasks", planner, """
                {"name":"工作台任务","itemVersionIds":[%d],"teamSize":2,"capSlack":1,"coolDownMonths":12,
                 "periodStart":"2098-04-01","periodEnd":"2098-10-31","beaconSource":"福彩3D 2098-04-02 开奖号码",
                 "units":["%s"],"statuses":["ACTIVE"],"ratioA":3,"ratioB":3,"ratioC":6,"ratioD":9,"ratioX":3,
                 "minA":0,"minB":0,"minC":1,"minD":1,"minX":0}""".formatted(item, unit));
        assertThat(task.statusCode()).as(task.body()).isEqualTo(201);
        return plan;
    }

    private static long id(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }
}
