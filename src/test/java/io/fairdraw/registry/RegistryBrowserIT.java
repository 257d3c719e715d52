package io.fairdraw.registry;

import static io.fairdraw.registry.TestFiles.HEADER;
import static io.fairdraw.registry.TestFiles.newCode;
import static io.fairdraw.registry.TestFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A liaison imports a file with errors in Chromium, reads the counts, downloads the report, searches. */
@AppIT
class RegistryBrowserIT {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("联络员导入含错误行的 .xlsx：看到计数并下载错误报告；按中文名称的一部分查询名录")
    void liaisonImportsWithErrorsAndSearches() throws Exception {
        String good = newCode();
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(good, "浏览器测试胡杨林草专业合作社"));
        List<String> bad = row(newCode(), "浏览器测试错误企业");
        bad.set(3, "水利");
        rows.add(bad);
        Path file = Files.createTempFile("browser-import-", ".xlsx");
        Files.write(file, TestFiles.xlsx(HEADER, rows));
        try (Browser b = Browser.open(port)) {
            b.login("liaison.d01", WebClient.DEMO_PASSWORD);
            b.go("/registry/imports");
            b.driver().findElement(By.id("import-file")).sendKeys(file.toAbsolutePath().toString());
            b.driver().findElement(By.id("import-submit")).click();
            b.waitFor().until(d -> !d.findElements(By.id("import-result")).isEmpty());
            assertThat(b.driver().findElement(By.id("count-total")).getText()).isEqualTo("2");
            assertThat(b.driver().findElement(By.id("count-inserted")).getText()).isEqualTo("1");
            assertThat(b.driver().findElement(By.id("count-rejected")).getText()).isEqualTo("1");
            assertThat(b.driver().findElement(By.id("errors-table")).getText()).contains("监管领域").contains("水利");
            b.screenshot("registry-import-errors");
            String href = b.driver().findElement(By.id("download-errors")).getAttribute("href");
            assertThat(href).contains("/errors.xlsx");
            var report = WebClient.loggedIn(port, "liaison.d01").getBytes(new java.net.URI(href).getPath());
            assertThat(report.statusCode()).isEqualTo(200);
            try (var wb = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(report.body()))) {
                var lines = wb.getFirstSheet().read();
                assertThat(lines).hasSize(2);
                assertThat(lines.get(1).getCellText(1)).isEqualTo("浏览器测试错误企业");
                assertThat(lines.get(1).getCellText(3)).isEqualTo("水利");
            }

            b.go("/registry?q=" + java.net.URLEncoder.encode("胡杨林草", java.nio.charset.StandardCharsets.UTF_8));
            String table = b.driver().findElement(By.id("registry-table")).getText();
            assertThat(table).contains("浏览器测试胡杨林草专业合作社").contains(good);
            b.driver().findElement(By.id("registry-q")).clear();
            b.driver().findElement(By.id("registry-q")).sendKeys("测试胡杨");
            b.driver().findElement(By.id("registry-search")).click();
            // The previous page's URL has a q= too: wait for the new search's URL, then read the new table
            // (a table found before the page was replaced goes stale).
            String typed = java.net.URLEncoder.encode("测试胡杨", java.nio.charset.StandardCharsets.UTF_8);
            b.waitFor().ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                    .until(d -> d.getCurrentUrl().contains("q=" + typed)
                            && d.findElement(By.id("registry-table")).getText().contains(good));
            b.screenshot("registry-search");
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
