package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.draw.protocol.Sha256;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.Beacons;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * 在 Chromium 中：计划管理员公告抽取、录入公开随机数并执行；公开页面显示抽取结果，浏览器内复核（WebCrypto）全部通过；
 * 监督员的完整复核（含检查组和替换）通过；规范测试向量和仓库中的向量在浏览器中同样通过。
 */
@AppIT
class DrawBrowserIT {

    static final int YEAR = 2035;
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final Path VECTORS = Path.of("src", "test", "resources", "draw-vectors");

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Test
    @DisplayName("计划管理员公告、录入随机数并执行；公开页面浏览器内复核全部通过")
    void plannerAnnouncesAndExecutesAndThePublicPageVerifies() {
        long taskId = DrawFixtures.publishedTask(plans, "D01", YEAR, 2, false, 3, null);
        try (Browser b = Browser.open(port)) {
            b.login("planner.d01", WebClient.DEMO_PASSWORD);
            b.go("/tasks/" + taskId);
            b.driver().findElement(By.id("task-draws")).click();
            // FD-DRAW-1 §1: the beacon is declared with the announcement, its moment a few seconds ahead.
            new Select(b.driver().findElement(By.id("beacon-source"))).selectByValue("DICE");
            b.driver().findElement(By.id("beacon-event")).sendKeys("IT 第 1 次公开抽取会");
            LocalDateTime moment = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).plusSeconds(8).withNano(0);
            ((JavascriptExecutor) b.driver()).executeScript("document.getElementById('beacon-available-at').value = arguments[0]",
                    moment.toString().length() == 16 ? moment + ":00" : moment.toString());
            b.click(By.id("announce"));
            b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
            b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("execute-form")));
            assertThat(b.driver().findElement(By.id("draw-flash")).getText()).contains(YEAR + "-D01-T01-1");
            assertThat(b.driver().findElement(By.id("commitment")).getText()).hasSize(64);
            assertThat(b.driver().findElement(By.id("beacon-declaration")).getText()).contains("IT 第 1 次公开抽取会");
            // Past the moment on the server's clock: the page, read again, offers the execution.
            Beacons.afterMoment(port, moment.atZone(ZoneId.of("Asia/Shanghai")).toInstant(), () -> {
                b.driver().navigate().refresh();
                b.driver().findElement(By.id("beacon-input")).sendKeys("42614");
                b.click(By.id("execute"));
                b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
                return b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("draw-selection")));
            });
            assertThat(b.driver().findElements(By.cssSelector("#draw-selection tbody tr"))).isNotEmpty();
            // issue 21 item 2: the planner reads each entity's name and its team as 姓名（编号）
            assertThat(b.driver().findElements(By.cssSelector("#draw-selection .fd-entity-name")))
                    .allSatisfy(td -> assertThat(td.getText()).isNotBlank().isNotEqualTo("-"));
            assertThat(b.driver().findElements(By.cssSelector("#draw-selection .fd-team")))
                    .allSatisfy(td -> assertThat(td.getText()).matches("[^（]+（[0-9A-Za-z._-]+）(、[^（]+（[0-9A-Za-z._-]+）)+"));
            b.screenshot("draw-executed");

            // follow the link (with a long real selection it sits below the fold)
            b.driver().get(b.driver().findElement(By.id("public-link")).getDomProperty("href"));
            // before any result is published the public page names the entities, not the inspectors
            assertThat(b.driver().findElements(By.cssSelector("#draw-selection .fd-entity-name"))).isNotEmpty();
            assertThat(b.driver().findElement(By.id("draw-selection")).getText()).doesNotContain("执法证号");
            List<WebElement> checks = awaitVerification(b);
            assertThat(checks).hasSizeGreaterThan(10)
                    .allSatisfy(li -> assertThat(li.getDomAttribute("data-ok")).as(li.getText()).isEqualTo("true"));
            assertThat(b.driver().findElement(By.id("verify-summary")).getText()).startsWith("全部").endsWith("项检查通过");
            assertThat(b.driver().findElement(By.id("verify-results")).getText()).contains("种子计算正确");
            b.screenshot("draw-public-verified");
        }
    }

    @Test
    @DisplayName("监督员对有替换的联合抽取做完整复核（含检查组、替换、监管单位）全部通过")
    void auditorRunsTheFullCheckOnTheDemoDrawWithASubstitution() {
        try (Browser b = Browser.open(port)) {
            b.login("auditor", WebClient.DEMO_PASSWORD);
            b.go("/public/draws/2026-D01-T02-1");
            awaitVerification(b);
            b.driver().findElement(By.id("verify-full")).click();
            List<WebElement> checks = awaitVerification(b);
            assertThat(checks).extracting(li -> li.getDomAttribute("data-check"))
                    .contains("teams", "substitution", "rosterHash", "conflictsHash", "orgCodes");
            assertThat(checks).allSatisfy(li -> assertThat(li.getDomAttribute("data-ok")).as(li.getText()).isEqualTo("true"));
            // Issue 21 item 2: the panel reads in Chinese; protocol=… expected=… actual=… is folded away.
            WebElement results = b.driver().findElement(By.id("verify-results"));
            assertThat(results.getText()).contains("协议为 FD-DRAW-1", "技术细节")
                    .doesNotContain("protocol=", "expected=", "actual=");
            WebElement protocol = results.findElement(By.cssSelector("li[data-check='protocol'] details"));
            protocol.findElement(By.tagName("summary")).click();
            assertThat(protocol.getText()).contains("protocol=FD-DRAW-1");
            b.screenshot("draw-auditor-full-check");
        }
    }

    @Test
    @DisplayName("失败的抽取：公开页面显示失败的对象和规则，监督员在浏览器内重新计算失败成立；已执行抽取被改写成失败时浏览器复核拒绝")
    void failedDrawVerifiesInTheBrowserAndAFakedFailureIsRejected() {
        WebClient client = new WebClient(port);
        long failingTask = DrawFixtures.publishedTask(plans, "D01", 2062, 20, false, 3, null);
        DrawFixtures.overrideStaffing(client, failingTask, "D01");
        String failedId = DrawFixtures.announce(client, failingTask, "planner.d01");
        assertThat(DrawFixtures.execute(client, failedId, "planner.d01", DrawFixtures.BEACON).statusCode()).isEqualTo(409);
        long staffableTask = DrawFixtures.publishedTask(plans, "D01", 2063, 2, false, 3, null);
        String executedId = DrawFixtures.announce(client, staffableTask, "planner.d01");
        assertThat(DrawFixtures.execute(client, executedId, "planner.d01", DrawFixtures.BEACON).statusCode()).isEqualTo(200);
        try (Browser b = Browser.open(port)) {
            b.login("auditor", WebClient.DEMO_PASSWORD);
            b.go("/public/draws/" + failedId);
            assertThat(b.driver().findElement(By.id("draw-status")).getDomAttribute("data-status")).isEqualTo("FAILED");
            assertThat(b.driver().findElement(By.id("draw-failure")).getText()).contains("检查人员总数");
            assertThat(b.driver().findElement(By.id("secret")).getText()).hasSize(64);
            assertThat(awaitVerification(b)).allSatisfy(li ->
                    assertThat(li.getDomAttribute("data-ok")).as(li.getText()).isEqualTo("true"));
            b.driver().findElement(By.id("verify-full")).click();
            List<WebElement> checks = awaitVerification(b);
            assertThat(checks).extracting(li -> li.getDomAttribute("data-check")).contains("failure", "rosterHash", "seed");
            assertThat(checks).allSatisfy(li -> assertThat(li.getDomAttribute("data-ok")).as(li.getText()).isEqualTo("true"));
            b.screenshot("draw-failed-verified");

            ObjectNode forged = (ObjectNode) JSON.readTree(client.get("/public/draws/" + executedId + ".json").body());
            String uscc = forged.get("selected").get(0).get("uscc").stringValue();
            DrawFixtures.claimFailure(forged, uscc, "cap");
            String roster = client.api("GET", "/api/v1/draws/" + executedId + "/roster.csv", "auditor", null).body();
            String conflicts = client.api("GET", "/api/v1/draws/" + executedId + "/conflicts.csv", "auditor", null).body();
            List<Map<String, Object>> results = verifyInBrowser(b, JSON.writeValueAsString(forged),
                    client.get("/public/draws/" + executedId + "/frame.csv").body(), roster, conflicts);
            assertThat(results).filteredOn(r -> "failure".equals(r.get("check"))).singleElement()
                    .satisfies(r -> assertThat(r.get("ok")).as(r.toString()).isEqualTo(false))
                    .satisfies(r -> assertThat(r.get("detail").toString()).contains("none: every team can be staffed"));
            assertThat(results).filteredOn(r -> "seed".equals(r.get("check")))
                    .allSatisfy(r -> assertThat(r.get("ok")).isEqualTo(true));
        }
    }

    @Test
    @DisplayName("规范 §6 测试向量和仓库中的每个向量在浏览器（WebCrypto）中复核通过，改动一个字节即失败")
    void specAndRepositoryVectorsVerifyInTheBrowser() throws IOException {
        try (Browser b = Browser.open(port)) {
            b.go("/public/draws");
            // §6: draw_id T-1, four empty texts, beacon 42, hex(secret) = 64 × "0".
            String e = Sha256.EMPTY;
            String spec = "{\"protocol\":\"FD-DRAW-1\",\"drawId\":\"T-1\",\"frameHash\":\"" + e + "\",\"frameSize\":0,"
                    + "\"strata\":[],\"team\":2,\"capSlack\":0,\"crossOrg\":false,\"paramsHash\":\"" + e + "\","
                    + "\"rosterHash\":\"" + e + "\",\"rosterSize\":0,\"conflictsHash\":\"" + e + "\","
                    + "\"commitment\":\"60e05bd1b195af2f94112fa7197a5c88289058840ce7c6df9693756bc6250f55\","
                    + "\"beacon\":\"42\",\"secret\":\"" + "0".repeat(64) + "\","
                    + "\"seed\":\"a7b6a27e71ecb28d7dd8fddde0e01b0144f014e74d885328c58619c9920ed3cc\",\"selected\":[]}";
            List<Map<String, Object>> specResults = verifyInBrowser(b, spec, "", null, null);
            // paramsHash of the spec vector is the hash of an empty text, which no real params text has.
            assertThat(specResults).filteredOn(r -> !"paramsHash".equals(r.get("check")))
                    .allSatisfy(r -> assertThat(r.get("ok")).as(r.toString()).isEqualTo(true));
            assertThat(specResults).extracting(r -> r.get("check")).contains("commitment", "seed");

            for (String name : List.of("small", "five-strata-500", "cross-office-2000")) {
                Path dir = VECTORS.resolve(name);
                String record = Files.readString(dir.resolve("record.json"));
                List<Map<String, Object>> results = verifyInBrowser(b, record, Files.readString(dir.resolve("frame.csv")),
                        Files.readString(dir.resolve("roster.csv")), Files.readString(dir.resolve("conflicts.csv")));
                assertThat(results).as(name).isNotEmpty()
                        .allSatisfy(r -> assertThat(r.get("ok")).as(name + " " + r).isEqualTo(true));
                ObjectNode altered = (ObjectNode) JSON.readTree(record);
                altered.put("beacon", altered.get("beacon").stringValue() + "x");
                String tampered = JSON.writeValueAsString(altered);
                assertThat(verifyInBrowser(b, tampered, Files.readString(dir.resolve("frame.csv")), null, null))
                        .filteredOn(r -> "seed".equals(r.get("check")))
                        .allSatisfy(r -> assertThat(r.get("ok")).isEqualTo(false));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> verifyInBrowser(Browser b, String record, String frame, String roster,
                                                             String conflicts) {
        b.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        Object result = ((JavascriptExecutor) b.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/draw-verify.js')
                  .then((m) => m.verifyDraw(JSON.parse(arguments[0]), arguments[1], arguments[2], arguments[3]))
                  .then(done, (error) => done([{check: 'exception', ok: false, detail: String(error)}]));
                """, record, frame, roster, conflicts);
        return (List<Map<String, Object>>) result;
    }

    private static List<WebElement> awaitVerification(Browser b) {
        // Hashing a whole draw in the page takes seconds; on a loaded 2-core machine more than the usual 15 s.
        new org.openqa.selenium.support.ui.WebDriverWait(b.driver(), java.time.Duration.ofSeconds(60)).until(d -> {
            String state = d.findElement(By.id("verify-summary")).getDomAttribute("data-result");
            return "passed".equals(state) || "failed".equals(state) || "error".equals(state);
        });
        return b.driver().findElements(By.cssSelector("#verify-results li"));
    }
}
