package io.fairdraw.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 抽取监督（issue 17 item 8）在 Chromium 中：门户上任何人可见各单位各年度的抽取结果与替换原因并点开每次抽取；
 * 监督员统计页有同一张表，导出的 .xlsx 与页面一致。
 */
@AppIT
class OversightBrowserIT {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("门户抽取监督：第一师 2026 年两次抽取已执行、一次因病替换，可点开抽取页；监督员统计页同表，.xlsx 与页面一致")
    void portalAndAuditorSeeTheSameOversightTableAndItsExport() throws IOException {
        List<String> onPortal;
        try (Browser b = Browser.open(port)) {
            b.go("/public");
            b.click(By.cssSelector("#fd-portal-menu [data-portal='oversight']"));
            b.waitFor().until(d -> !d.findElements(By.id("oversight-D01-2026")).isEmpty());
            onPortal = cells(b.driver().findElement(By.id("oversight-D01-2026")));
            // unit, year, announced, executed, failed, superseded, overridden, LEAVE, CONFLICT, ILLNESS, DUTY, OTHER
            assertThat(onPortal.subList(0, 2)).containsExactly("D01", "2026");
            assertThat(Integer.parseInt(onPortal.get(3))).isGreaterThanOrEqualTo(2);
            assertThat(Integer.parseInt(onPortal.get(9))).as("the demo's approved 疾病 substitution").isEqualTo(1);
            b.screenshot("oversight-portal");
            b.click(By.cssSelector("#oversight-D01-2026 a[href$='/public/draws/2026-D01-T02-1']"));
            b.waitFor().until(d -> d.getCurrentUrl().endsWith("/public/draws/2026-D01-T02-1"));
            assertThat(b.driver().findElement(By.id("substitution-requests")).getText()).contains("疾病");
        }
        String export;
        try (Browser b = Browser.open(port)) {
            b.login("auditor", WebClient.DEMO_PASSWORD);
            b.go("/report?year=2026");
            b.waitFor().until(d -> !d.findElements(By.cssSelector("#table-oversight #oversight-D01-2026")).isEmpty());
            assertThat(cells(b.driver().findElement(By.cssSelector("#table-oversight #oversight-D01-2026"))))
                    .isEqualTo(onPortal);
            export = b.driver().findElement(By.id("export-oversight")).getDomAttribute("href");
            b.screenshot("oversight-statistics");
        }
        assertThat(export).startsWith("/report/oversight.xlsx");
        HttpResponse<byte[]> xlsx = WebClient.loggedIn(port, "auditor").getBytes(export);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(9)).contains("疾病");
            Row d01 = rows.stream().skip(1).filter(r -> "D01".equals(r.getCellText(0))).findFirst().orElseThrow();
            List<String> fromXlsx = new ArrayList<>();
            for (int c = 0; c < 12; c++) {
                fromXlsx.add(d01.getCellText(c));
            }
            assertThat(fromXlsx).isEqualTo(onPortal.subList(0, 12));
            assertThat(d01.getCellText(13)).contains("2026-D01-T01-1").contains("2026-D01-T02-1");
        }
    }

    private static List<String> cells(WebElement row) {
        return row.findElements(By.tagName("td")).stream().map(WebElement::getText).map(String::strip).toList();
    }
}
