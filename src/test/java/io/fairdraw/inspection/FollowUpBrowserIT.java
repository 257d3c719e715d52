package io.fairdraw.inspection;

import static io.fairdraw.inspection.InspectionFixtures.accountFor;
import static io.fairdraw.inspection.InspectionFixtures.form;
import static io.fairdraw.inspection.InspectionFixtures.itemCodes;
import static io.fairdraw.inspection.InspectionFixtures.openRecord;
import static io.fairdraw.inspection.InspectionFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
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
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 后续处置跑到底（issue 19 第 4 项）：首次结果“发现问题待后续处理 / 责令改正”已公示；检查人员在手机上记录复查
 * 并附照片，同组确认并提交，审核人审核通过即办结，公示更正后门户上原结果标为已更正并链接到“已整改”的结果。
 */
@AppIT
class FollowUpBrowserIT {

    static final int YEAR = 2070;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;
    @Autowired
    DemoPlans plans;
    @Autowired
    JdbcClient jdbc;

    private static Path photo() {
        try {
            return Path.of(FollowUpBrowserIT.class.getResource("/inspection/site-photo.jpg").toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void confirmDialog(Browser b, By button) {
        b.click(button);
        b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
    }

    private static void post(WebClient c, String page, String path, Map<String, String> fields) {
        c.get(page);
        assertThat(c.postForm(path, fields).statusCode()).as(path).isEqualTo(302);
    }

    @Test
    @DisplayName("整改 → 复查（手机，附照片）→ 双人确认 → 审核通过办结 → 公示更正，门户上与原结果关联")
    void followUpRunsToClosure() {
        String drawId = InspectionFixtures.drawnTask(jdbc, plans, new WebClient(port), "D01", YEAR, 10, null);
        InspectionFixtures.VisitRow visit = InspectionFixtures.visits(jdbc, drawId).get(0);
        String first = accountFor(jdbc, visit.inspectors().get(0));
        String second = accountFor(jdbc, visit.inspectors().get(1));
        String page = "/inspection/visits/" + visit.id();

        // The first result, through the same routes the team and the reviewer use, approved and published.
        WebClient a = WebClient.loggedIn(port, first);
        WebClient b = WebClient.loggedIn(port, second);
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        post(a, page, page + "/record", Map.of());
        long firstId = openRecord(jdbc, visit.id());
        a.get(page);
        assertThat(a.postMultipart("/inspection/records/" + firstId, form(itemCodes(jdbc, firstId),
                TODAY.minusDays(10).toString(), "PENDING_FOLLOW_UP", "RECTIFY_TRACKED", "东侧围栏内堆放砂石，占用耕地"),
                List.of()).statusCode()).isEqualTo(302);
        InspectionFixtures.pointEvidence(jdbc, firstId);   // the 不符合 point's photo (issue 19 item 3)
        post(a, page, "/inspection/records/" + firstId + "/confirm", Map.of());
        post(b, page, "/inspection/records/" + firstId + "/confirm", Map.of());
        post(a, page, "/inspection/records/" + firstId + "/submit", Map.of());
        post(reviewer, page, "/inspection/records/" + firstId + "/approve", Map.of());
        post(reviewer, "/disclosure", "/disclosure/records/" + firstId + "/publish", Map.of());
        assertThat(status(jdbc, firstId)).isEqualTo("APPROVED");
        long followUp = jdbc.sql("SELECT id FROM inspection_follow_up WHERE record_id = ?").param(firstId)
                .query(Long.class).single();

        try (Browser br = Browser.open(port, 390, 844)) {
            br.login(first, WebClient.DEMO_PASSWORD);
            br.go("/inspection/follow-ups");
            br.click(By.cssSelector("#follow-up-list a[data-follow-up='" + followUp + "']"));
            br.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("follow-up-form")));
            assertThat(br.driver().findElement(By.id("follow-up-deadline")).getText())
                    .isEqualTo(TODAY.minusDays(10).plusDays(30).toString());
            WebElement date = br.driver().findElement(By.id("date"));
            ((JavascriptExecutor) br.driver()).executeScript("arguments[0].value = arguments[1];", date,
                    TODAY.minusDays(1).toString());
            new Select(br.driver().findElement(By.id("rectified"))).selectByValue("true");
            br.driver().findElement(By.id("file")).sendKeys(photo().toString());
            br.driver().findElement(By.id("note")).sendKeys("砂石已清运，耕地已复垦");
            br.click(By.id("record-follow-up"));
            br.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit-flash"), "更正记录"));
            assertThat(new Select(br.driver().findElement(By.id("category0"))).getFirstSelectedOption()
                    .getAttribute("value")).isEqualTo("RECTIFIED");
            assertThat(br.driver().findElements(By.cssSelector("#record-form img.fd-thumb"))).isNotEmpty();
            br.click(By.id("confirm-record"));
            br.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#confirmations [data-member='" + visit.inspectors().get(0) + "']"), "已确认"));
            br.screenshot("follow-up-recheck-recorded");
        }
        try (Browser br = Browser.open(port, 390, 844)) {
            br.login(second, WebClient.DEMO_PASSWORD);
            br.go(page);
            br.click(By.id("confirm-record"));
            br.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#confirmations [data-member='" + visit.inspectors().get(1) + "']"), "已确认"));
            confirmDialog(br, By.id("submit-record"));
            br.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit-flash"), "已提交审核"));
        }
        long correction = jdbc.sql("SELECT outcome_record_id FROM inspection_follow_up WHERE id = ?").param(followUp)
                .query(Long.class).single();
        try (Browser br = Browser.open(port, 1280, 900)) {
            br.login("reviewer.d01", WebClient.DEMO_PASSWORD);
            br.go("/inspection/review");
            br.click(By.cssSelector("#review-list a[data-record='" + correction + "']"));
            confirmDialog(br, By.id("approve-record"));
            br.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit-flash"), "已审核通过"));
            br.go("/inspection/follow-ups/" + followUp);
            assertThat(br.driver().findElement(By.id("follow-up-status")).getAttribute("data-status")).isEqualTo("CLOSED");
            assertThat(br.driver().findElement(By.id("follow-up-outcome")).getText()).isEqualTo("发现问题，已整改");
            br.go("/disclosure");
            confirmDialog(br, By.cssSelector("form[action$='/disclosure/records/" + correction + "/publish'] button"));
            br.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("recently-published")));
            br.screenshot("follow-up-correction-published");
        }
        try (Browser br = Browser.open(port, 1280, 900)) {
            br.go("/public/entities/" + visit.uscc());
            WebElement old = br.driver().findElement(By.id("record-" + firstId));
            assertThat(old.findElement(By.cssSelector("a.fd-correction-link")).getAttribute("href"))
                    .endsWith("#record-" + correction);
            assertThat(br.driver().findElement(By.id("record-" + correction)).getText()).contains("发现问题，已整改");
            br.screenshot("follow-up-portal");
        }
        assertThat(jdbc.sql("SELECT corrected_by_record_id FROM disclosure_record WHERE record_id = ?").param(firstId)
                .query(Long.class).single()).isEqualTo(correction);
    }
}
