package io.fairdraw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** 在 Chromium 中：监督员（领导视角）打开统计分析，四个 ECharts 图表都渲染出非零尺寸的画布；通报页可打开。 */
@AppIT
class ReportBrowserIT {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("监督员打开统计分析：每个图表容器中有非零尺寸的 canvas，分单位表列出各师市")
    void auditorSeesTheChartsRendered() {
        try (Browser b = Browser.open(port)) {
            b.login("auditor", WebClient.DEMO_PASSWORD);
            b.go("/");
            b.click(By.cssSelector("[data-menu='menu.report']"));
            b.waitFor().until(d -> "true".equals(d.findElement(By.id("report-charts")).getDomAttribute("data-ready")));
            List<WebElement> charts = b.driver().findElements(By.cssSelector("#report-charts [data-chart]"));
            assertThat(charts).hasSize(4);
            for (WebElement chart : charts) {
                assertThat(chart.getDomAttribute("data-rendered")).as(chart.getDomAttribute("id")).isEqualTo("true");
                @SuppressWarnings("unchecked")
                Map<String, Object> size = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript(
                        "var c = arguments[0].querySelector('canvas, svg');"
                                + "if (!c) { return {w: 0, h: 0}; } var r = c.getBoundingClientRect();"
                                + "return {w: r.width, h: r.height};", chart);
                assertThat(((Number) size.get("w")).doubleValue()).as("width of %s", chart.getDomAttribute("id"))
                        .isGreaterThan(0);
                assertThat(((Number) size.get("h")).doubleValue()).as("height of %s", chart.getDomAttribute("id"))
                        .isGreaterThan(0);
            }
            assertThat(b.driver().findElements(By.cssSelector("#table-units tbody tr[data-unit]")).size())
                    .as("the auditor sees every division and department").isGreaterThan(14);
            b.screenshot("report-statistics");

            b.click(By.id("report-bulletin"));
            b.waitFor().until(d -> d.findElements(By.id("bulletin-summary")).size() == 1);
            assertThat(b.driver().findElement(By.cssSelector("body")).getDomAttribute("class")).contains("fd-print");
            b.screenshot("report-bulletin");
        }
    }
}
