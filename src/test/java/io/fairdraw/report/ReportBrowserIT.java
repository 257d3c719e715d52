package io.fairdraw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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
    /**
     * Issue 21 item 4: ECharts skipped category labels (its automatic interval) and cut them off at
     * the grid's edge. Asked of the chart itself: the labels it lays out on the category axis are all
     * of them, and every text it draws lies inside its canvas.
     */
    @ParameterizedTest(name = "{0}×{1}")
    @CsvSource({"1366, 900", "390, 844"})
    @DisplayName("统计图表：每个类目标签都显示、都不被裁掉；计数轴标明单位")
    void chartLabelsAreWholeAndAllThere(int width, int height) {
        try (Browser b = Browser.open(port, width, height)) {
            b.login("auditor", WebClient.DEMO_PASSWORD);
            b.go("/report");
            b.waitFor().until(d -> "true".equals(d.findElement(By.id("report-charts")).getDomAttribute("data-ready")));
            for (WebElement chart : b.driver().findElements(By.cssSelector("#report-charts [data-chart]"))) {
                String id = chart.getDomAttribute("id");
                @SuppressWarnings("unchecked")
                Map<String, Object> m = (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) b.driver()).executeScript("""
                        var el = arguments[0], chart = echarts.getInstanceByDom(el), model = chart.getModel();
                        var axes = ['xAxis', 'yAxis'].map(function (k) { return model.getComponent(k).axis; });
                        var category = axes.filter(function (a) { return a.type === 'category'; })[0];
                        var value = axes.filter(function (a) { return a.type === 'value'; })[0];
                        var w = chart.getWidth(), h = chart.getHeight(), out = [];
                        chart.getZr().storage.getDisplayList(true).forEach(function (t) {
                          if (!t.style || typeof t.style.text !== 'string' || !t.style.text.trim()) { return; }
                          var r = t.getBoundingRect().clone(); var m = t.getComputedTransform();
                          if (m) { r.applyTransform(m); }
                          if (r.x < -1 || r.y < -1 || r.x + r.width > w + 1 || r.y + r.height > h + 1) {
                            out.push(t.style.text + ' at ' + Math.round(r.x) + ',' + Math.round(r.y) + ' '
                                + Math.round(r.width) + 'x' + Math.round(r.height) + ' in ' + w + 'x' + h);
                          }
                        });
                        return {categories: category.scale.getOrdinalMeta().categories.length,
                                shown: category.getViewLabels().length, outside: out,
                                unit: value.model.get('name') || '', percent: el.getAttribute('data-axis') === null};
                        """, chart);
                assertThat(((Number) m.get("shown")).intValue()).as("labels shown on %s", id)
                        .isEqualTo(((Number) m.get("categories")).intValue());
                assertThat((List<?>) m.get("outside")).as("texts cut off in %s", id).isEmpty();
                if (!(Boolean) m.get("percent")) {
                    assertThat((String) m.get("unit")).as("unit of %s", id).isNotBlank();
                }
            }
            b.screenshot("report-charts-" + width);
        }
    }
}
