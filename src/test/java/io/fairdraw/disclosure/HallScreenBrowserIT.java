package io.fairdraw.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.Beacons;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 政务服务大厅的大屏（issue 21 item 8）：1920×1080 全屏，所有可见文字不小于 32 px，
 * 不重新加载页面即可显示新数据（测试中刷新间隔为 fairdraw.screen.refresh，见测试配置）。
 */
@AppIT
class HallScreenBrowserIT {

    /** Every visible text node's element font size below 32 px, as "size: text"; and the page's scroll height. */
    static final String SMALL_TEXT = """
            const small = []; let texts = 0;
            const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
            while (walker.nextNode()) {
              const node = walker.currentNode, el = node.parentElement;
              if (!node.textContent.trim() || !el) continue;
              const style = getComputedStyle(el);
              if (el.getClientRects().length === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
              texts++;
              const px = parseFloat(style.fontSize);
              if (px < 32) small.push(px + 'px: ' + node.textContent.trim());
            }
            return {small: small, texts: texts, height: document.documentElement.scrollHeight};""";

    private static final Pattern DRAW_ID = Pattern.compile("\"drawId\"\\s*:\\s*\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Value("${fairdraw.screen.refresh}")
    Duration refresh;

    @Test
    @DisplayName("1920×1080 截图；所有可见文字 ≥ 32 px，整屏无需滚动；三栏都有内容")
    @SuppressWarnings("unchecked")
    void readableFromFiveMetres() {
        try (Browser b = Browser.open(port, 1920, 1080)) {
            b.go("/public/screen");
            b.waitFor().until(d -> !d.findElements(By.cssSelector("#screen-executed li")).isEmpty());
            Map<String, Object> m = (Map<String, Object>) ((JavascriptExecutor) b.driver()).executeScript(SMALL_TEXT);
            assertThat((List<String>) m.get("small")).as("visible text smaller than 32 px").isEmpty();
            assertThat(((Number) m.get("texts")).intValue()).as("visible texts measured").isGreaterThan(10);
            assertThat(((Number) m.get("height")).intValue()).as("fits the screen, no scrolling").isLessThanOrEqualTo(1080);
            assertThat(b.driver().findElement(By.tagName("h1")).getText()).isEqualTo("“双随机、一公开”抽查公示");
            b.screenshot("public-screen-1920x1080");
        }
    }

    @Test
    @DisplayName("新公告的抽取、随后执行的抽取在下一次刷新时出现在大屏上，页面没有重新加载")
    void newDataAppearsWithoutReload() {
        assertThat(refresh).as("the test's refresh interval (a minute in production)").isLessThan(Duration.ofSeconds(10));
        try (Browser b = Browser.open(port, 1920, 1080)) {
            b.go("/public/screen");
            JavascriptExecutor js = (JavascriptExecutor) b.driver();
            js.executeScript("window.fdNoReload = 'same page';");

            String drawId = announcedDraw();
            String upcoming = "#screen-upcoming li[data-key='" + drawId + "']";
            String executed = "#screen-executed li[data-key='" + drawId + "']";
            assertThat(b.driver().findElements(By.cssSelector(upcoming))).as("not on the page before a refresh").isEmpty();
            WebDriverWait refreshed = new WebDriverWait(b.driver(), refresh.multipliedBy(3).plusSeconds(10));
            refreshed.withMessage("announced draw " + drawId + " among the upcoming after a refresh")
                    .until(d -> !d.findElements(By.cssSelector(upcoming)).isEmpty());
            b.screenshot("public-screen-announced");

            execute(drawId);
            refreshed.withMessage("draw " + drawId + " among the executed after a refresh")
                    .until(d -> !d.findElements(By.cssSelector(executed)).isEmpty()
                            && d.findElements(By.cssSelector(upcoming)).isEmpty());
            assertThat(js.executeScript("return window.fdNoReload")).as("the page was not reloaded").isEqualTo("same page");
            assertThat(b.driver().findElement(By.cssSelector(executed)).getText()).contains("大屏测试任务").contains("已执行");
            b.screenshot("public-screen-refreshed");
        }
    }

    /**
     * A new task of D01, announced and executed now. Its plan year is one no other test names (the
     * draw ITs take theirs from 2025 on, and one plan per unit and year), tried in turn should a
     * later test take one.
     */
    private String announcedDraw() {
        long task = -1;
        for (int year : new int[] {2024, 2023, 2022, 2018}) {
            List<Long> ids = plans.publishedPlan("D01", year, "大屏测试 " + year, List.of(new DemoPlans.DemoTask(
                    "大屏测试任务 " + year, 2, false, 3, "IT screen " + year, null)));
            if (!ids.isEmpty()) {
                task = ids.get(0);
                break;
            }
        }
        assertThat(task).as("a free plan year for D01").isPositive();
        WebClient client = new WebClient(port);
        HttpResponse<String> announced = client.api("POST", "/api/v1/tasks/" + task + "/draws", "planner.d01",
                Beacons.declaration(client));
        assertThat(announced.statusCode()).as(announced.body()).isEqualTo(201);
        Matcher m = DRAW_ID.matcher(announced.body());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private void execute(String drawId) {
        WebClient client = new WebClient(port);
        HttpResponse<String> executed = Beacons.afterDeclaredMoments(client, () -> client.api("POST",
                "/api/v1/draws/" + drawId + "/execute", "planner.d01", "{\"beacon\":\"hall screen IT\"}"));
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);
    }
}
