package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.Beacons;
import io.fairdraw.support.Browser;
import io.fairdraw.support.MovableClock;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Alert;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 安全操作（issue 21 第 5 项）：公告后，“重新公告（作废当前公告）”是次要操作（收起、描边按钮），点击先确认，
 * 取消则什么都不变；公布时刻之前“执行抽取”不可用并说明原因，时刻一到自动可用，作废则不再可用并说明原因。
 */
@AppIT
class SafeDrawActionsBrowserIT {

    static final int YEAR = 2003;

    @LocalServerPort
    int port;
    @Autowired
    DemoPlans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    @Test
    @DisplayName("公告后：执行为主要操作，公布时刻前不可用并说明原因；重新公告为次要操作，须确认，取消不作废；时刻后不能作废并说明原因")
    void voidingIsSecondaryConfirmedAndExecuteWaitsForTheMoment() {
        WebClient client = new WebClient(port);
        long taskId = DrawFixtures.publishedTask(plans, "D01", YEAR, 2, false, 3, null);
        Beacons.declaration(client);   // registers the IT source on this server
        Instant moment = Instant.now().plusSeconds(60);   // room for two logins on a loaded machine
        HttpResponse<String> r = client.api("POST", "/api/v1/tasks/" + taskId + "/draws", "planner.d01",
                Beacons.declaration(Beacons.SOURCE, "IT safe " + System.nanoTime(), moment));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        String drawId = DrawFixtures.drawId(r.body());

        for (int[] size : new int[][] {{1366, 900}, {390, 844}}) {
            try (Browser b = Browser.open(port, size[0], size[1])) {
                b.login("planner.d01", WebClient.DEMO_PASSWORD);
                b.go("/tasks/" + taskId + "/draws");
                WebElement execute = b.driver().findElement(By.id("execute"));
                assertThat(Instant.now()).as("the page is read before the declared moment").isBefore(moment.minusSeconds(5));
                // Not yet possible: disabled, and the page says why and until when.
                assertThat(execute.isEnabled()).isFalse();
                WebElement why = b.driver().findElement(By.id("execute-blocked"));
                assertThat(why.isDisplayed()).isTrue();
                assertThat(why.getText()).contains("之后才公布", "才能执行抽取");
                assertThat(execute.getDomAttribute("class")).contains("btn-primary");
                // The voiding action is secondary: folded away, and outlined rather than solid.
                WebElement announce = b.driver().findElement(By.id("announce"));
                assertThat(announce.isDisplayed()).as("folded away").isFalse();
                assertThat(announce.getDomAttribute("class")).contains("btn-outline-danger").doesNotContain("btn-primary");
                if (size[0] == 1366) {
                    b.click(By.cssSelector("#announce-details summary"));
                    b.driver().findElement(By.id("beacon-event")).sendKeys("IT 重新公告");
                    ((JavascriptExecutor) b.driver()).executeScript(
                            "document.getElementById('beacon-available-at').value = arguments[0]",
                            LocalDateTime.ofInstant(moment.plusSeconds(60), ZoneId.of("Asia/Shanghai")).withNano(0).toString());
                    b.click(By.id("announce"));
                    Alert alert = b.waitFor().until(ExpectedConditions.alertIsPresent());
                    assertThat(alert.getText()).contains("作废", drawId);
                    alert.dismiss();
                    assertThat(b.driver().getCurrentUrl()).endsWith("/tasks/" + taskId + "/draws");
                    assertThat(status(drawId)).as("dismissed: nothing voided").isEqualTo("ANNOUNCED");
                    b.screenshot("safe-actions-draw-announced");
                }
            }
        }

        // Past the moment on the application's clock, rather than a minute's sleep: the server decides with it.
        clock.advance(Duration.between(Instant.now(), moment).plusSeconds(1));
        try (Browser b = Browser.open(port)) {
            b.login("planner.d01", WebClient.DEMO_PASSWORD);
            b.go("/tasks/" + taskId + "/draws");
            assertThat(b.driver().findElement(By.id("execute")).isEnabled()).isTrue();
            assertThat(b.driver().findElement(By.id("execute-blocked")).isDisplayed()).isFalse();
            b.click(By.cssSelector("#announce-details summary"));
            WebElement announce = b.driver().findElement(By.id("announce"));
            assertThat(announce.isEnabled()).as("the value may exist: no more voiding").isFalse();
            assertThat(b.driver().findElement(By.id("announce-blocked")).getText()).contains("不能再作废");
        } finally {
            clock.reset();
        }
        assertThat(status(drawId)).isEqualTo("ANNOUNCED");
    }

    private String status(String drawId) {
        return jdbc.sql("SELECT status FROM draw_announcement WHERE draw_id = ?").param(drawId).query(String.class).single();
    }
}
