package io.fairdraw.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** 审核人确认后公示整个任务；公众按名称的一部分查询，打开主体页面，下载 CSV。 */
@AppIT
class DisclosureBrowserIT {

    @LocalServerPort
    int port;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    @Test
    @DisplayName("审核人在确认对话框后公示任务；公众查询“名称的一部分”→ 主体页 → 下载 CSV（内容含该主体且无脚本风险）")
    void publishThenSearchOpenAndDownload() throws Exception {
        DisclosureFixtures fx = new DisclosureFixtures(tx, events);
        String uscc = DisclosureFixtures.uscc();
        String tag = "浏览" + uscc.substring(14);
        String name = "兵团第一师" + tag + "砂石料开采有限公司";
        long record = DisclosureFixtures.nextId();
        fx.approve(record, null, 880201, "浏览器测试任务", 2026, "D01", uscc, name, LocalDate.of(2026, 11, 24),
                ResultCategory.CORRECTED);

        try (Browser b = Browser.open(port)) {
            b.login("reviewer.d01", WebClient.DEMO_PASSWORD);
            b.go("/disclosure");
            assertThat(b.driver().findElement(By.id("pending-" + record)).getText()).contains(name);
            b.click(By.cssSelector("#task-880201 .fd-publish-task"));
            b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
            b.waitFor().until(d -> d.findElements(By.id("published-flash")).size() == 1);
            assertThat(b.driver().findElement(By.id("published-flash")).getText()).isEqualTo("已公示 1 条检查记录。");
            b.screenshot("disclosure-publication");
        }

        try (Browser b = Browser.open(port)) {
            b.go("/public");
            assertThat(b.driver().findElements(By.id("fd-sidebar"))).isEmpty();
            b.driver().findElement(By.name("q")).sendKeys(tag + "砂石");
            b.driver().findElement(By.name("q")).submit();
            b.waitFor().until(d -> d.getCurrentUrl().contains("/public/results"));
            b.click(By.linkText(name));
            b.waitFor().until(d -> d.getCurrentUrl().endsWith("/public/entities/" + uscc));
            assertThat(b.driver().findElement(By.id("entity-name")).getText()).isEqualTo(name);
            assertThat(b.driver().findElement(By.tagName("main")).getText()).contains("发现问题已责令改正")
                    .contains("浏览器测试任务");
            b.screenshot("disclosure-entity");
            String href = b.driver().findElement(By.id("entity-csv")).getAttribute("href");
            URI uri = URI.create(href);
            HttpResponse<byte[]> csv = new WebClient(port).getBytes(uri.getRawPath() + "?" + uri.getRawQuery());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
            String text = new String(csv.body(), StandardCharsets.UTF_8);
            assertThat(text.lines().count()).isEqualTo(3); // header + the record's two items
            // issue 21 item 3: the CSV is for people, the result by its name (OpenDataIT checks every column).
            assertThat(text).contains(uscc).contains(name).contains("发现问题已责令改正").doesNotContain("CORRECTED");
        }
    }
}
