package io.fairdraw.disclosure.objection;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.inspection.InspectionFixtures;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.Browser;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 验收 4（issue 20）：公众无需登录对已公示结果提出异议 → 非原审核人的审核人答复“异议成立” → 按更正流程更正、审核、公示 →
 * 公示页面显示异议及更正结果。
 */
@AppIT
class ObjectionBrowserIT {

    static final int YEAR = 2010;
    static final String YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
    static final String SECOND_REVIEWER = "it.objection.reviewer";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoPlans plans;
    @Autowired
    ObjectionLimiter limiter;

    @Test
    @DisplayName("异议全流程：公众提出（字段错误时保留已填内容）→ 另一审核人答复成立 → 检查组更正、审核、公示 → 公示页面显示")
    void fromFilingToPublishedCorrection() throws Exception {
        limiter.reset();
        String drawId = InspectionFixtures.drawnTask(jdbc, plans, new WebClient(port), "D01", YEAR, 10, null);
        InspectionFixtures.VisitRow v = InspectionFixtures.visits(jdbc, drawId).get(0);
        WebClient a = WebClient.loggedIn(port, InspectionFixtures.accountFor(jdbc, v.inspectors().get(0)));
        WebClient b = WebClient.loggedIn(port, InspectionFixtures.accountFor(jdbc, v.inspectors().get(1)));
        WebClient approver = WebClient.loggedIn(port, "reviewer.d01");
        long original = recordApproveAndPublish(v, a, b, approver);
        String legalRep = legalRepOf(v.uscc());
        secondReviewer();
        Path pdf = Files.createTempFile("objection", ".pdf");
        Files.writeString(pdf, "%PDF-1.4\n% 异议证明材料\n", StandardCharsets.UTF_8);

        try (Browser br = Browser.open(port, 1366, 900)) {
            // 1. the public files, without login; a wrong legal representative is named, what was typed stays
            br.go("/public/entities/" + v.uscc());
            br.click(By.cssSelector("#record-" + original + " .fd-objection-link"));
            br.waitFor().until(d -> d.getCurrentUrl().endsWith("/public/results/" + original + "/objection"));
            type(br, "objectorName", "孙九");
            type(br, "contact", "sunjiu@example.cn");
            type(br, "uscc", v.uscc());
            type(br, "legalRepresentative", "不是法定代表人");
            type(br, "reason", "检查当日已当场整改完毕，结果应为未发现问题。");
            br.driver().findElement(By.id("attachment")).sendKeys(pdf.toString());
            br.click(By.id("objection-submit"));
            br.waitFor().until(d -> !d.findElements(By.cssSelector("#legalRepresentative.is-invalid")).isEmpty());
            assertThat(br.driver().findElement(By.tagName("main")).getText())
                    .contains("“法定代表人”与市场主体名录库登记的不一致").doesNotContain(legalRep);
            assertThat(br.driver().findElement(By.id("objectorName")).getAttribute("value")).isEqualTo("孙九");
            assertThat(br.driver().findElement(By.id("reason")).getAttribute("value")).contains("当场整改完毕");
            type(br, "legalRepresentative", legalRep);
            br.driver().findElement(By.id("attachment")).sendKeys(pdf.toString());
            br.click(By.id("objection-submit"));
            br.waitFor().until(d -> !d.findElements(By.id("objection-filed")).isEmpty());
            assertThat(br.driver().findElement(By.id("objection-filed")).getText()).contains("异议已提交");
            long objection = jdbc.sql("SELECT id FROM disclosure_objection WHERE record_id = ?").param(original)
                    .query(Long.class).single();
            br.click(By.id("objection-back"));
            br.waitFor().until(d -> d.getCurrentUrl().endsWith("/public/entities/" + v.uscc()));
            assertThat(text(br, "objection-of-" + original)).contains("待答复").doesNotContain("孙九");
            assertThat(br.driver().getPageSource()).doesNotContain("sunjiu@example.cn");

            // 2. the REVIEWER who approved the result may not answer it
            assertThat(approver.get("/disclosure/objections/" + objection).body()).contains("objection-own-approval")
                    .doesNotContain("objection-answer-form");
            assertThat(approver.postForm("/disclosure/objections/" + objection + "/answer",
                    Map.of("outcome", "REJECTED", "answer", "自己答复")).statusCode()).isEqualTo(409);

            // 3. another REVIEWER of the unit answers: upheld, which opens the record's correction
            br.login(SECOND_REVIEWER, WebClient.DEMO_PASSWORD);
            br.go("/disclosure");
            br.click(By.id("objections-link"));
            br.click(By.cssSelector("#objection-" + objection + " a"));
            assertThat(text(br, "objection-contact")).isEqualTo("sunjiu@example.cn");
            br.click(By.id("outcome-upheld"));
            br.driver().findElement(By.id("answer-text")).sendKeys("经核实，检查当日已整改，异议成立，予以更正。");
            br.click(By.id("objection-answer-submit"));
            br.waitFor().until(d -> !d.findElements(By.id("answered-flash")).isEmpty());
            Long correction = InspectionFixtures.openRecord(jdbc, v.id());
            assertThat(correction).isNotNull();
            assertThat(text(br, "objection-correction")).contains(String.valueOf(correction));
            br.screenshot("objection-answered");

            // 4. the team corrects through the existing flow; a REVIEWER approves and publishes it
            assertThat(jdbc.sql("SELECT corrects_record_id FROM inspection_record WHERE id = ?").param(correction)
                    .query(Long.class).single()).isEqualTo(original);
            List<String> items = InspectionFixtures.itemCodes(jdbc, correction);
            saveConfirmSubmit(v, a, b, correction, InspectionFixtures.form(items, YESTERDAY, "NO_PROBLEM", null, ""));
            act(approver, v, "/inspection/records/" + correction + "/approve");
            act(approver, v, "/disclosure/records/" + correction + "/publish");

            // 5. the public page shows the objection, its outcome and the published correction
            br.go("/public/entities/" + v.uscc());
            assertThat(text(br, "objection-of-" + original)).contains("异议成立，已公示更正结果");
            assertThat(text(br, "record-" + original)).contains("已更正");
            assertThat(text(br, "record-" + correction)).contains("未发现问题");
            assertThat(br.driver().getPageSource()).doesNotContain("sunjiu@example.cn").doesNotContain("孙九");
            br.screenshot("objection-public-corrected");
        }
        Files.deleteIfExists(pdf);
    }

    private long recordApproveAndPublish(InspectionFixtures.VisitRow v, WebClient a, WebClient b, WebClient reviewer) {
        act(a, v, "/inspection/visits/" + v.id() + "/record");
        long id = InspectionFixtures.openRecord(jdbc, v.id());
        InspectionFixtures.pointEvidence(jdbc, id);
        saveConfirmSubmit(v, a, b, id, InspectionFixtures.form(InspectionFixtures.itemCodes(jdbc, id), YESTERDAY,
                "PENDING_FOLLOW_UP", "RECTIFY_TRACKED", "擅自改变土地用途"));
        act(reviewer, v, "/inspection/records/" + id + "/approve");
        act(reviewer, v, "/disclosure/records/" + id + "/publish");
        assertThat(jdbc.sql("SELECT status FROM disclosure_record WHERE record_id = ?").param(id).query(String.class)
                .single()).isEqualTo("PUBLISHED");
        return id;
    }

    private void saveConfirmSubmit(InspectionFixtures.VisitRow v, WebClient a, WebClient b, long id, Map<String, String> form) {
        a.get("/inspection/visits/" + v.id());
        HttpResponse<String> saved = a.postMultipart("/inspection/records/" + id, form, List.of());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        act(a, v, "/inspection/records/" + id + "/confirm");
        act(b, v, "/inspection/records/" + id + "/confirm");
        act(a, v, "/inspection/records/" + id + "/submit");
        assertThat(InspectionFixtures.status(jdbc, id)).isEqualTo("SUBMITTED");
    }

    private static void act(WebClient c, InspectionFixtures.VisitRow v, String path) {
        c.get("/inspection/visits/" + v.id());
        HttpResponse<String> r = c.postForm(path, Map.of());
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(302);
    }

    /** The entity's 法定代表人 as the registry holds it (given one when the demo left it empty). */
    private String legalRepOf(String uscc) {
        jdbc.sql("UPDATE registry_entity SET legal_rep = '周十' WHERE uscc = ? AND legal_rep = ''").param(uscc).update();
        return jdbc.sql("SELECT legal_rep FROM registry_entity WHERE uscc = ?").param(uscc).query(String.class).single();
    }

    /** A second REVIEWER of D01 (the demo has one, who approves the result). */
    private void secondReviewer() {
        jdbc.sql("INSERT INTO org_account (username, display_name, unit_code, password_hash) SELECT ?, '第一师审核人乙', 'D01', "
                + "password_hash FROM org_account WHERE username = 'reviewer.d01' ON CONFLICT DO NOTHING").param(SECOND_REVIEWER).update();
        jdbc.sql("INSERT INTO org_account_role (account_id, role) SELECT id, 'REVIEWER' FROM org_account WHERE username = ? "
                + "ON CONFLICT DO NOTHING").param(SECOND_REVIEWER).update();
    }

    private static void type(Browser br, String id, String value) {
        WebElement e = br.driver().findElement(By.id(id));
        e.clear();
        e.sendKeys(value);
    }

    private static String text(Browser br, String id) {
        return br.driver().findElement(By.id(id)).getText();
    }
}
