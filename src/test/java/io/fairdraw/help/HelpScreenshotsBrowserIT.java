package io.fairdraw.help;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.help.HelpShots.Ids;
import io.fairdraw.help.HelpShots.Shot;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 操作手册的截图由本测试从运行中的系统截取（issue 21 item 7）：以每个角色登录，打开手册描述的页面，
 * 截图写入系统提供截图的目录（fairdraw.help.screenshots-dir），并刷新提交的副本；/help 显示的正是本次截取的图片。
 */
@AppIT
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class HelpScreenshotsBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Value("${fairdraw.help.screenshots-dir}")
    Path served;

    static Instant started;

    @Test
    @Order(1)
    @DisplayName("以每个角色登录，截取手册描述的每个页面（检查人员用手机宽度）")
    void takesEveryScreenshot() throws IOException {
        started = Instant.now().minusSeconds(1);
        Files.createDirectories(served);
        Ids ids = ids();
        String signedIn = null;
        int[] size = null;
        Browser b = null;
        try {
            for (Shot shot : HelpShots.ALL) {
                if (b == null || size != shot.size()) {
                    if (b != null) {
                        b.close();
                    }
                    b = Browser.open(port, shot.size()[0], shot.size()[1]);
                    size = shot.size();
                    signedIn = null;
                }
                if (!shot.user().equals(signedIn)) {
                    if (signedIn != null) {
                        b.logout();
                    }
                    b.login(shot.user(), WebClient.DEMO_PASSWORD);
                    signedIn = shot.user();
                }
                if (shot.path() != null) {
                    b.go(shot.path().apply(ids));
                } else {
                    // the inspector's first visit, as a person taps it in 我的检查任务
                    b.go("/inspection/visits");
                    String href = b.driver().findElement(By.cssSelector("main a[href*='/inspection/visits/']"))
                            .getDomAttribute("href");
                    b.go(href);
                }
                b.waitFor().until(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d)
                        .executeScript("return document.readyState")));
                assertThat(b.driver().getTitle()).as(shot.file() + " is not an error page").isNotEqualTo("出错了");
                assertThat(b.driver().findElements(By.tagName("h1"))).as(shot.file() + " has its heading").isNotEmpty();
                byte[] png = ((TakesScreenshot) b.driver()).getScreenshotAs(OutputType.BYTES);
                Files.write(served.resolve(shot.file()), png);
                // The committed copies, which a packaged jar serves, are refreshed by every run: `git status`
                // then shows the pages whose look changed, for the person committing to review.
                Path committed = HelpManualTest.COMMITTED.resolve(shot.file());
                if (Files.isDirectory(committed.getParent())) {
                    Files.write(committed, png);
                }
            }
        } finally {
            if (b != null) {
                b.close();
            }
        }
        for (Shot shot : HelpShots.ALL) {
            assertThat(Files.getLastModifiedTime(served.resolve(shot.file())).toInstant()).as(shot.file())
                    .isAfter(started);
        }
    }

    @Test
    @Order(2)
    @DisplayName("/help 的每份手册显示本次截取的截图（页面头部有操作手册链接）")
    void helpShowsTheScreenshotsJustTaken() throws IOException {
        WebClient client = WebClient.loggedIn(port, "reviewer.d01");
        try (Browser b = Browser.open(port, HelpShots.DESKTOP[0], HelpShots.DESKTOP[1])) {
            b.login("reviewer.d01", WebClient.DEMO_PASSWORD);
            b.click(By.id("fd-help"));
            b.waitFor().until(d -> d.getCurrentUrl().endsWith("/help"));
            List<WebElement> cards = b.driver().findElements(By.cssSelector("#help-manuals [data-role]"));
            assertThat(cards).extracting(c -> c.getDomAttribute("data-role"))
                    .containsExactly("planner", "reviewer", "inspector", "liaison", "admin", "auditor");
            assertThat(b.driver().findElement(By.cssSelector("[data-role=reviewer]")).getText()).contains("您的角色");
            for (String role : List.of("planner", "reviewer", "inspector", "liaison", "admin", "auditor")) {
                b.go("/help/" + role);
                List<WebElement> images = b.driver().findElements(By.cssSelector("#help-manual img[data-image]"));
                assertThat(images).as(role).isNotEmpty();
                for (WebElement img : images) {
                    String file = img.getDomAttribute("data-image");
                    b.waitFor().withMessage(role + ": " + file + " loaded").until(d -> Boolean.TRUE.equals(
                            ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                                    "return arguments[0].complete && arguments[0].naturalWidth > 0", img)));
                    // the bytes /help serves are the file this run wrote, not an older committed copy
                    assertThat(client.getBytes("/help/img/" + file).body()).as(file)
                            .isEqualTo(Files.readAllBytes(served.resolve(file)));
                }
            }
            b.screenshot("help-reviewer-manual");
        }
    }

    @Test
    @Order(3)
    @DisplayName("一份手册打印为一个文档：打印时只有手册正文和截图，没有菜单、页头和按钮")
    void aManualPrintsAsOneDocument() throws IOException {
        try (Browser b = Browser.open(port, HelpShots.DESKTOP[0], HelpShots.DESKTOP[1])) {
            b.login("planner.d01", WebClient.DEMO_PASSWORD);
            b.go("/help/planner");
            ((ChromeDriver) b.driver()).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            for (String hidden : List.of("header", "#fd-sidebar", "#help-print")) {
                assertThat(b.driver().findElement(By.cssSelector(hidden)).isDisplayed()).as(hidden).isFalse();
            }
            assertThat(b.driver().findElements(By.cssSelector("#help-manual img[data-image]")))
                    .allSatisfy(img -> assertThat(img.isDisplayed()).isTrue());
            Map<String, Object> pdf = ((ChromeDriver) b.driver()).executeCdpCommand("Page.printToPDF", Map.of("printBackground", false));
            byte[] bytes = java.util.Base64.getDecoder().decode((String) pdf.get("data"));
            assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
            Path out = Path.of("target", "screenshots", "help-planner.pdf");
            Files.createDirectories(out.getParent());
            Files.write(out, bytes);
        }
    }

    private Ids ids() {
        long plan = jdbc.sql("SELECT min(p.id) FROM plan_annual p WHERE p.unit_code = 'D01' AND p.status = 'PUBLISHED' "
                + "AND EXISTS (SELECT 1 FROM plan_task t WHERE t.plan_id = p.id)").query(Long.class).single();
        Map<String, Object> draw = jdbc.sql("SELECT draw_id, task_id FROM draw_announcement WHERE unit_code = 'D01' "
                + "AND status = 'EXECUTED' ORDER BY announced_at, draw_id LIMIT 1").query().singleRow();
        return new Ids(plan, ((Number) draw.get("task_id")).longValue(), (String) draw.get("draw_id"));
    }
}
