package io.fairdraw.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * issue 18 §5: the audit page's verify buttons call {@code /api/v1/audit/verify} within the
 * signed-in browser session (they used to get 401: the API knew only HTTP Basic).
 */
@AppIT
class AuditVerifyBrowserIT {

    @LocalServerPort
    int port;

    @Test
    @DisplayName("审计日志页面的“校验”按钮在登录会话内显示校验结果")
    void verifyButtonsShowTheResult() {
        try (Browser b = Browser.open(port)) {
            b.login("auditor", WebClient.DEMO_PASSWORD);
            for (String path : new String[] {"/api/v1/audit/verify", "/api/v1/audit/verify/merkle"}) {
                b.go("/audit");
                b.click(By.cssSelector("a[href='" + path + "']"));
                b.waitFor().until(d -> d.getCurrentUrl().endsWith(path));
                String shown = b.driver().findElement(By.tagName("body")).getText();
                assertThat(shown).as(path).contains("\"ok\":").doesNotContain("\"status\":401");
                b.screenshot("audit-verify" + path.replace('/', '-'));
            }
        }
    }
}
