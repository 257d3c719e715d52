package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 在 Chromium 中：计划管理员在任务抽取页申请替换（原因取自列表），本单位审核人在同一页批准；批准后公开页的浏览器
 * 复核（监督员完整复核，含替换）全部通过（issue 17 item 6）。
 */
@AppIT
class SubstitutionBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Test
    @DisplayName("计划管理员申请、审核人批准替换；批准后浏览器复核（含替换）全部通过")
    void plannerRequestsReviewerApprovesAndTheBrowserVerifierAgrees() {
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2069, 2, false, 3, null);
        WebClient client = new WebClient(port);
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");
        assertThat(DrawFixtures.execute(client, drawId, "planner.d01", "IT 2069").statusCode()).isEqualTo(200);

        try (Browser b = Browser.open(port)) {
            b.login("planner.d01", WebClient.DEMO_PASSWORD);
            b.go("/tasks/" + taskId + "/draws");
            new Select(b.driver().findElement(By.id("substitute-reason"))).selectByValue("DUTY");
            b.driver().findElement(By.id("substitute-text")).sendKeys("参加上级督查");
            b.click(By.id("substitute"));
            b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
            b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("draw-flash")));
            assertThat(b.driver().findElement(By.id("draw-flash")).getText()).contains("待本单位审核人批准");
            // Pending: the planner sees no approve button, only that another reviewer decides.
            assertThat(b.driver().findElements(By.cssSelector("#substitution-requests button"))).isEmpty();
            assertThat(b.driver().findElement(By.id("substitution-requests")).getText()).contains("待审核");
        }
        try (Browser b = Browser.open(port)) {
            b.login("reviewer.d01", WebClient.DEMO_PASSWORD);
            b.go("/tasks/" + taskId + "/draws");
            b.click(By.cssSelector("#substitution-requests button[id^='approve-']"));
            b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
            b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("draw-flash")));
            assertThat(b.driver().findElement(By.id("draw-flash")).getText()).contains("已替换");
            assertThat(b.driver().findElement(By.id("draw-substitutions")).getText()).contains("公务冲突：参加上级督查").doesNotContain("DUTY");
            b.screenshot("substitution-approved");
        }
        try (Browser b = Browser.open(port)) {
            b.login("auditor", WebClient.DEMO_PASSWORD);
            b.go("/public/draws/" + drawId);
            awaitVerification(b);
            b.driver().findElement(By.id("verify-full")).click();
            List<WebElement> checks = awaitVerification(b);
            assertThat(checks).extracting(li -> li.getDomAttribute("data-check")).contains("substitution");
            assertThat(checks).allSatisfy(li -> assertThat(li.getDomAttribute("data-ok")).as(li.getText()).isEqualTo("true"));
            // issue 21 item 2: who decided, by 姓名 (the demo account's display name), not the login name
            assertThat(b.driver().findElement(By.id("substitution-requests")).getText()).contains("已批准")
                    .contains("第一师审核人").doesNotContain("reviewer.d01");
        }
    }

    private static List<WebElement> awaitVerification(Browser b) {
        new WebDriverWait(b.driver(), Duration.ofSeconds(60)).until(d -> {
            String state = d.findElement(By.id("verify-summary")).getDomAttribute("data-result");
            return "passed".equals(state) || "failed".equals(state) || "error".equals(state);
        });
        return b.driver().findElements(By.cssSelector("#verify-results li"));
    }
}
