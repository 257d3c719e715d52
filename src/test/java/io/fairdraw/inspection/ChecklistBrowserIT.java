package io.fairdraw.inspection;

import static io.fairdraw.inspection.InspectionFixtures.accountFor;
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
 * 检查表（issue 19 第 3 项），手机宽度 390×844：检查人员逐项记录检查要点，一项不符合并附证据；
 * 不符合要点缺少证据时不能确认；事项结果由要点得出；打印的检查记录表列出全部要点。
 */
@AppIT
class ChecklistBrowserIT {

    static final int YEAR = 2040;

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    private static Path photo() {
        try {
            return Path.of(ChecklistBrowserIT.class.getResource("/inspection/site-photo.jpg").toURI()).toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("手机上逐项记录检查要点：一项不符合须填写问题并上传证据，其余符合；结果由要点得出，两人确认后提交，检查记录表列出要点")
    void recordPointByPointOnAPhone() {
        String drawId = InspectionFixtures.drawnTask(jdbc, plans, new WebClient(port), "D01", YEAR, 10, null);
        InspectionFixtures.VisitRow visit = InspectionFixtures.visits(jdbc, drawId).get(0);
        String first = accountFor(jdbc, visit.inspectors().get(0));
        String second = accountFor(jdbc, visit.inspectors().get(1));
        String date = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        long recordId;

        try (Browser b = Browser.open(port, 390, 844)) {
            b.login(first, WebClient.DEMO_PASSWORD);
            b.go("/inspection/visits/" + visit.id());
            b.click(By.id("start-record"));
            b.waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("record-form")));
            recordId = InspectionFixtures.openRecord(jdbc, visit.id());
            long expected = jdbc.sql("SELECT count(*) FROM inspection_record_point WHERE record_id = ?").param(recordId)
                    .query(Long.class).single();
            List<WebElement> answers = b.driver().findElements(By.cssSelector("select.fd-point-answer"));
            assertThat(answers).as("every point of the demo checklists is asked").hasSize((int) expected).hasSizeGreaterThan(2);
            String firstPoint = b.driver().findElement(By.cssSelector("#point-0 .fw-semibold")).getText();

            WebElement dateInput = b.driver().findElement(By.id("inspectionDate"));
            ((JavascriptExecutor) b.driver()).executeScript(
                    "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input', {bubbles: true}));",
                    dateInput, date);
            for (int k = 0; k < answers.size(); k++) {
                new Select(b.driver().findElement(By.id("answer" + k))).selectByValue(k == 0 ? "NONCOMPLIANT" : "COMPLIANT");
            }
            b.driver().findElement(By.id("finding0")).sendKeys("复垦区东侧约 300 平方米未按方案覆土");
            new Select(b.driver().findElement(By.id("category0"))).selectByValue("PENDING_FOLLOW_UP");
            new Select(b.driver().findElement(By.id("disposal0"))).selectByValue("RECTIFY_TRACKED");
            b.click(By.id("save-record"));
            b.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("visit-flash")));

            // The 不符合 point has no evidence yet: confirmation is refused and says which point.
            b.click(By.id("confirm-record"));
            b.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("visit-error")));
            assertThat(b.driver().findElement(By.id("visit-error")).getText()).contains("第 1 项检查要点为不符合，请上传该要点的证据");

            b.driver().findElement(By.id("pointFiles0")).sendKeys(photo().toString());
            b.click(By.id("save-record"));
            b.waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("visit-flash")));
            assertThat(b.driver().findElement(By.cssSelector("#point-0 .fd-point-files")).getText()).contains("site-photo.jpg");
            assertThat(b.driver().findElement(By.id("finding0")).getAttribute("value")).contains("未按方案覆土");
            assertThat(b.driver().findElements(By.cssSelector(".fd-points-result"))).as("the clean item's result").isNotEmpty();
            b.click(By.id("confirm-record"));
            b.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#confirmations [data-member='" + visit.inspectors().get(0) + "']"), "已确认"));
            b.screenshot("checklist-phone-recorded");

            b.go("/inspection/records/" + recordId + "/sheet");
            String sheet = b.driver().findElement(By.tagName("body")).getText();
            assertThat(sheet).contains(firstPoint.replaceFirst("^1\\. ", ""), "不符合", "复垦区东侧约 300 平方米未按方案覆土", "site-photo.jpg");
        }
        try (Browser b = Browser.open(port, 390, 844)) {
            b.login(second, WebClient.DEMO_PASSWORD);
            b.go("/inspection/visits/" + visit.id());
            assertThat(new Select(b.driver().findElement(By.id("answer0"))).getFirstSelectedOption().getAttribute("value"))
                    .isEqualTo("NONCOMPLIANT");
            b.click(By.id("confirm-record"));
            b.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#confirmations [data-member='" + visit.inspectors().get(1) + "']"), "已确认"));
            b.click(By.id("submit-record"));
            b.waitFor().until(ExpectedConditions.alertIsPresent()).accept();
            b.waitFor().until(ExpectedConditions.textToBePresentInElementLocated(By.id("visit-flash"), "已提交审核"));
        }
        assertThat(InspectionFixtures.status(jdbc, recordId)).isEqualTo("SUBMITTED");
        // The item's result follows from its points: the first item has the 不符合 point, the others are clean.
        List<String> categories = jdbc.sql("SELECT category FROM inspection_record_item WHERE record_id = ? ORDER BY sort")
                .param(recordId).query(String.class).list();
        assertThat(categories.get(0)).isEqualTo("PENDING_FOLLOW_UP");
        assertThat(categories.subList(1, categories.size())).containsOnly("NO_PROBLEM");
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_record_point WHERE record_id = ? AND answer = 'NONCOMPLIANT'")
                .param(recordId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_evidence WHERE record_id = ? AND point_no = 1")
                .param(recordId).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'INSPECTION_POINTS_SAVED' AND target_id = ?")
                .param(String.valueOf(recordId)).query(Long.class).single()).isPositive();

        // Approved, the 不符合 point counts in the statistics of the points most often found 不符合.
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get("/inspection/visits/" + visit.id());
        assertThat(reviewer.postForm("/inspection/records/" + recordId + "/approve", java.util.Map.of()).statusCode())
                .isEqualTo(302);
        assertThat(InspectionFixtures.status(jdbc, recordId)).isEqualTo("APPROVED");
        String point = jdbc.sql("SELECT item_code || '#' || point_no FROM inspection_record_point WHERE record_id = ? "
                + "AND answer = 'NONCOMPLIANT'").param(recordId).query(String.class).single();
        String report = reviewer.get("/report?year=" + YEAR + "&unit=D01").body();
        assertThat(report).contains("最常不符合的检查要点").contains("data-point=\"" + point + "\"");
    }
}
