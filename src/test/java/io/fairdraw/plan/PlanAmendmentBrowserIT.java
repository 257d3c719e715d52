package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 计划调整：计划管理员在计划页提出调整期限，审核人审核通过并公布，门户计划页显示版本 1 和版本 2（含日期、原因、调整内容）。 */
@AppIT
class PlanAmendmentBrowserIT {

    static final int YEAR = 2017;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> api(String user, String path, String json) {
        return new WebClient(port).api("POST", path, user, json);
    }

    private static long id(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static void setDate(Browser b, String id, String iso) {
        WebElement input = b.driver().findElement(By.id(id));
        ((JavascriptExecutor) b.driver()).executeScript("arguments[0].value = arguments[1]", input, iso);
    }

    @Test
    @DisplayName("提出调整检查期限（附原因）→ 另一审核人审核通过 → 门户计划页显示版本与原因")
    void amendmentIsReviewedAndPublished() {
        long plan = id(api("planner.d01", "/api/v1/plans", "{\"year\":" + YEAR + ",\"title\":\"" + YEAR
                + " 年度抽查计划（调整测试）\"}"));
        HttpResponse<String> t = api("planner.d01", "/api/v1/plans/" + plan + "/tasks", """
                {"name":"闲置土地检查","itemVersionIds":[%d],"teamSize":2,"capSlack":1,"coolDownMonths":0,
                 "periodStart":"%d-04-01","periodEnd":"%d-10-31","beaconSource":"福彩3D 开奖号码",
                 "ratioA":3,"ratioB":3,"ratioC":6,"ratioD":9,"ratioX":3}"""
                .formatted(PlanSupport.currentVersion(jdbc, "D01-TD-001"), YEAR, YEAR));
        assertThat(t.statusCode()).as(t.body()).isEqualTo(201);
        for (String[] step : new String[][] {{"planner.d01", "submit"}, {"reviewer.d01", "approve"},
                {"reviewer.d01", "publish"}}) {
            // one task cannot meet every item's published floor (issue 19 item 1): the reviewer says why
            String body = step[1].equals("approve") ? "{\"coverageReason\":\"IT: one task of the year\"}" : null;
            assertThat(api(step[0], "/api/v1/plans/" + plan + "/" + step[1], body).statusCode()).isEqualTo(200);
        }
        String reason = "汛期道路中断，检查期限顺延一个月";
        try (Browser b = Browser.open(port)) {
            b.login("planner.d01", WebClient.DEMO_PASSWORD);
            b.go("/plans/" + plan);
            b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("amendment-form")));
            new Select(b.driver().findElement(By.id("amendment-kind"))).selectByValue("CHANGE_PERIOD");
            new Select(b.driver().findElement(By.id("amendment-task"))).selectByValue(String.valueOf(id(t)));
            setDate(b, "amendment-start", YEAR + "-05-01");
            setDate(b, "amendment-end", YEAR + "-11-30");
            b.driver().findElement(By.id("amendment-reason")).sendKeys(reason);
            b.click(By.id("amendment-propose"));
            b.waitFor().until(d -> !d.findElements(By.cssSelector("#amendments-table tr[data-status=PROPOSED]")).isEmpty());
            assertThat(b.driver().findElement(By.id("amendments-table")).getText()).contains(reason).contains("待审核");
            assertThat(b.driver().findElements(By.cssSelector("[id^=amendment-approve-]"))).as("planners do not decide")
                    .isEmpty();
            b.screenshot("plan-amendment-proposed");
            b.logout();

            b.login("reviewer.d01", WebClient.DEMO_PASSWORD);
            b.go("/plans/" + plan);
            b.click(By.cssSelector("[id^=amendment-approve-]"));
            b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
            b.waitFor().until(d -> !d.findElements(By.cssSelector("#amendments-table tr[data-status=APPROVED]")).isEmpty());
            assertThat(b.driver().findElement(By.id("amendments-table")).getText()).contains("已通过并公布")
                    .contains(YEAR + "-04-01 ~ " + YEAR + "-10-31 → " + YEAR + "-05-01 ~ " + YEAR + "-11-30");
            b.logout();

            b.go("/public/plans/" + plan);
            List<WebElement> versions = b.waitFor().until(d -> {
                List<WebElement> v = d.findElements(By.cssSelector("#plan-versions .fd-plan-version"));
                return v.size() == 2 ? v : null;
            });
            assertThat(versions.get(0).getText()).contains("版本 1").contains("首次公布");
            assertThat(versions.get(1).getText()).contains("版本 2").contains("调整检查期限").contains("T01")
                    .contains(reason).contains(YEAR + "-05-01 ~ " + YEAR + "-11-30");
            // the task card shows the amended period, as yyyy-MM-dd
            assertThat(b.driver().findElement(By.cssSelector(".fd-task-announcement")).getText())
                    .contains(YEAR + "-05-01 ~ " + YEAR + "-11-30");
            b.screenshot("plan-amendment-versions");
        }
    }
}
