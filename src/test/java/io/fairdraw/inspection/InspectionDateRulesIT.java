package io.fairdraw.inspection;

import static io.fairdraw.inspection.InspectionFixtures.accountFor;
import static io.fairdraw.inspection.InspectionFixtures.form;
import static io.fairdraw.inspection.InspectionFixtures.itemCodes;
import static io.fairdraw.inspection.InspectionFixtures.openRecord;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
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
 * 检查日期（issue 21 第 5 项：曾接受 1207 年）：须在任务的抽查时间内（首末日均可）且不晚于今天；超出时说明原因和可填的日期，
 * 表单保留所填内容；日期输入框的 min/max 与服务器规则一致；确认、提交时再次检查。
 */
@AppIT
class InspectionDateRulesIT {

    static final int YEAR = 2004;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;
    @Autowired
    DemoPlans plans;
    @Autowired
    JdbcClient jdbc;

    private static String drawId;

    private synchronized InspectionFixtures.VisitRow visit(int index) {
        if (drawId == null) {
            drawId = InspectionFixtures.drawnTask(jdbc, plans, new WebClient(port), "D01", YEAR, 10, null);
        }
        return InspectionFixtures.visits(jdbc, drawId).get(index);
    }

    private void period(LocalDate start, LocalDate end) {
        jdbc.sql("UPDATE plan_task SET period_start = ?, period_end = ? WHERE id = "
                        + "(SELECT task_id FROM inspection_visit WHERE draw_id = ? LIMIT 1)")
                .params(start, end, drawId).update();
    }

    private long start(WebClient c, long visitId) {
        c.get("/inspection/visits/" + visitId);
        assertThat(c.postForm("/inspection/visits/" + visitId + "/record", Map.of()).statusCode()).isEqualTo(302);
        long id = openRecord(jdbc, visitId);
        InspectionFixtures.pointEvidence(jdbc, id);
        return id;
    }

    private HttpResponse<String> save(WebClient c, long visitId, long recordId, String date) {
        c.get("/inspection/visits/" + visitId);
        return c.postMultipart("/inspection/records/" + recordId, form(itemCodes(jdbc, recordId), date, "NO_PROBLEM", null,
                "现场核查，未发现问题"), List.of());
    }

    private LocalDate saved(long recordId) {
        return jdbc.sql("SELECT inspection_date FROM inspection_record WHERE id = ?").param(recordId)
                .query(LocalDate.class).optional().orElse(null);
    }

    @Test
    @DisplayName("抽查时间已过的任务：首日、末日可以；前一天、后一天、1207 年被拒收并说明可填日期，所填内容保留；输入框 min/max 为首日和末日")
    void withinThePeriodBothDaysIncluded() {
        InspectionFixtures.VisitRow v = visit(0);
        LocalDate first = TODAY.minusDays(30);
        LocalDate last = TODAY.minusDays(10);
        period(first, last);
        WebClient a = WebClient.loggedIn(port, accountFor(jdbc, v.inspectors().get(0)));
        long id = start(a, v.id());

        String page = a.get("/inspection/visits/" + v.id()).body();
        assertThat(page).contains("min=\"" + first + "\"").contains("max=\"" + last + "\"");

        assertThat(save(a, v.id(), id, first.toString()).statusCode()).isEqualTo(302);
        assertThat(saved(id)).isEqualTo(first);
        assertThat(save(a, v.id(), id, last.toString()).statusCode()).isEqualTo(302);
        assertThat(saved(id)).isEqualTo(last);

        HttpResponse<String> before = save(a, v.id(), id, first.minusDays(1).toString());
        assertThat(before.statusCode()).isEqualTo(400);
        assertThat(before.body()).contains("检查日期 " + first.minusDays(1) + " 早于本任务的抽查时间（" + first + " 至 " + last + "）")
                .contains("value=\"" + first.minusDays(1) + "\"").contains("现场核查，未发现问题");
        HttpResponse<String> after = save(a, v.id(), id, last.plusDays(1).toString());
        assertThat(after.statusCode()).isEqualTo(400);
        assertThat(after.body()).contains("晚于本任务的抽查时间（" + first + " 至 " + last + "）");
        HttpResponse<String> ancient = save(a, v.id(), id, "1207-05-01");
        assertThat(ancient.statusCode()).isEqualTo(400);
        assertThat(ancient.body()).contains("检查日期 1207-05-01 早于本任务的抽查时间").contains("value=\"1207-05-01\"");
        assertThat(saved(id)).as("nothing refused is kept").isEqualTo(last);

        // Autosave says the same in words.
        a.get("/inspection/visits/" + v.id());
        HttpResponse<String> autosave = a.postMultipart("/inspection/records/" + id + "/draft",
                form(itemCodes(jdbc, id), "1207-05-01", "NO_PROBLEM", null, "现场核查"), List.of());
        assertThat(autosave.statusCode()).isEqualTo(400);
        assertThat(autosave.body()).contains("早于本任务的抽查时间");
        assertThat(saved(id)).isEqualTo(last);
    }

    @Test
    @DisplayName("抽查时间含今天的任务：今天可以，明天被拒收（不晚于今天），输入框 max 为今天；已存日期后来超出抽查时间的，确认时被拒")
    void notAfterTodayAndCheckedAgainAtConfirmation() {
        InspectionFixtures.VisitRow v = visit(1);
        period(TODAY.minusDays(10), TODAY.plusDays(10));
        WebClient a = WebClient.loggedIn(port, accountFor(jdbc, v.inspectors().get(0)));
        long id = start(a, v.id());
        assertThat(a.get("/inspection/visits/" + v.id()).body()).contains("max=\"" + TODAY + "\"");

        HttpResponse<String> tomorrow = save(a, v.id(), id, TODAY.plusDays(1).toString());
        assertThat(tomorrow.statusCode()).isEqualTo(400);
        assertThat(tomorrow.body()).contains("检查日期 " + TODAY.plusDays(1) + " 晚于今天（" + TODAY + "）")
                .contains("value=\"" + TODAY.plusDays(1) + "\"");
        assertThat(saved(id)).isNull();
        assertThat(save(a, v.id(), id, TODAY.toString()).statusCode()).isEqualTo(302);
        assertThat(saved(id)).isEqualTo(TODAY);

        // The period is amended to end before the saved date: the record cannot be confirmed with it.
        period(TODAY.minusDays(10), TODAY.minusDays(1));
        a.get("/inspection/visits/" + v.id());
        HttpResponse<String> confirm = a.postForm("/inspection/records/" + id + "/confirm", Map.of());
        assertThat(confirm.statusCode()).isEqualTo(302);
        String shown = a.get(confirm.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
        assertThat(shown).contains("晚于本任务的抽查时间");
        assertThat(jdbc.sql("SELECT cardinality(confirmed_by) FROM inspection_record WHERE id = ?").param(id)
                .query(Integer.class).single()).isZero();
    }
}
