package io.fairdraw.inspection;

import static io.fairdraw.inspection.InspectionFixtures.form;
import static io.fairdraw.inspection.InspectionFixtures.itemCodes;
import static io.fairdraw.inspection.InspectionFixtures.openRecord;
import static io.fairdraw.inspection.InspectionFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.TestDivision;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 职责分离（issue 17 item 7）：无论账户拥有哪些角色，都不能审核本人所在检查组的记录；被抽中的人即实施检查的人——
 * 检查人员有未完成的检查任务时，代其登录的账户不能更换。A division of its own (D92), so adding roles
 * to accounts changes nothing other tests rely on.
 */
@AppIT
class SeparationOfDutiesIT {

    static final String UNIT = "D92";
    static final String YESTERDAY = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("同时是检查人员和审核人的账户不能审核本组记录（通过和退回都不行，也不在其待审核列表）；换联络员关联账户在任务未完成前被拒绝")
    void noReviewOfOwnTeamAndNoRelinkWhileVisitsAreOpen() {
        TestDivision.create(jdbc, UNIT);
        for (int i = 1; i <= 4; i++) {
            TestDivision.inspector(jdbc, "XJ-D92-00" + i, UNIT);
        }
        TestDivision.entities(jdbc, UNIT, 1, 2092);   // one visit: the team has no other
        String drawId = InspectionFixtures.drawnTask(jdbc, plans, new WebClient(port), UNIT, 2092, 100, null);
        InspectionFixtures.VisitRow visit = InspectionFixtures.visits(jdbc, drawId).get(0);
        String first = visit.inspectors().get(0);
        String second = visit.inspectors().get(1);
        // The first member's account is also its unit's REVIEWER; the second is an inspector only.
        link("sod.a", first, "INSPECTOR", "REVIEWER");
        link("sod.b", second, "INSPECTOR");
        WebClient a = WebClient.loggedIn(port, "sod.a");
        WebClient b = WebClient.loggedIn(port, "sod.b");

        String page = "/inspection/visits/" + visit.id();
        a.get(page);
        assertThat(a.postForm(page + "/record", Map.of()).statusCode()).isEqualTo(302);
        long id = openRecord(jdbc, visit.id());
        a.get(page);
        assertThat(a.postMultipart("/inspection/records/" + id, form(itemCodes(jdbc, id), YESTERDAY, "NO_PROBLEM", null,
                "现场核查，未发现问题"), List.of()).statusCode()).isEqualTo(302);
        post(a, page, "/inspection/records/" + id + "/confirm", Map.of());
        post(b, page, "/inspection/records/" + id + "/confirm", Map.of());
        post(b, page, "/inspection/records/" + id + "/submit", Map.of());
        assertThat(status(jdbc, id)).isEqualTo("SUBMITTED");

        // Reviewer by role, team member by link: neither approving nor returning, and not in the queue.
        assertThat(a.get(page).body()).doesNotContain("/inspection/records/" + id + "/approve");
        assertThat(post(a, page, "/inspection/records/" + id + "/approve", Map.of()))
                .contains("由您所在的检查组记录或由您的账户填写、提交，您不能审核");
        assertThat(post(a, page, "/inspection/records/" + id + "/return", Map.of("reason", "自己退回自己")))
                .contains("您不能审核");
        assertThat(status(jdbc, id)).isEqualTo("SUBMITTED");
        assertThat(a.get("/inspection/review").body()).doesNotContain("/inspection/visits/" + visit.id() + "\"");

        // The person drawn is the person who visits: while the visit is open, the LIAISON cannot relink.
        WebClient liaison = WebClient.loggedIn(port, "liaison.d92");
        liaison.get("/inspection/accounts");
        String refused = follow(liaison, liaison.postForm("/inspection/accounts/sod.b/unlink", Map.of()));
        assertThat(refused).contains("检查人员 " + second + " 还有 1 项未完成的检查任务，不能更换代其登录的账户");
        assertThat(linkedTo("sod.b")).isEqualTo(second);

        // Another REVIEWER of the unit approves; once the visit is done, relinking is allowed again.
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d92");
        assertThat(reviewer.get("/inspection/review").body()).contains("/inspection/visits/" + visit.id());
        post(reviewer, page, "/inspection/records/" + id + "/approve", Map.of());
        assertThat(status(jdbc, id)).isEqualTo("APPROVED");
        follow(liaison, liaison.postForm("/inspection/accounts/sod.b/unlink", Map.of()));
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_account WHERE username = 'sod.b'").query(Long.class)
                .single()).isZero();
    }

    private void link(String username, String inspectorId, String... roles) {
        TestDivision.account(jdbc, username, UNIT, roles);
        jdbc.sql("INSERT INTO inspection_account (username, inspector_id) VALUES (?, ?)").params(username, inspectorId)
                .update();
    }

    private String linkedTo(String username) {
        return jdbc.sql("SELECT inspector_id FROM inspection_account WHERE username = ?").param(username)
                .query(String.class).single();
    }

    /** Posts from the visit page and returns the page the redirect shows (with its flash message). */
    private static String post(WebClient c, String page, String path, Map<String, String> fields) {
        c.get(page);
        return follow(c, c.postForm(path, fields));
    }

    private static String follow(WebClient c, HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return c.get(r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
    }
}
