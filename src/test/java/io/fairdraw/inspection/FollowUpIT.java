package io.fairdraw.inspection;

import static io.fairdraw.inspection.InspectionFixtures.accountFor;
import static io.fairdraw.inspection.InspectionFixtures.form;
import static io.fairdraw.inspection.InspectionFixtures.itemCodes;
import static io.fairdraw.inspection.InspectionFixtures.openRecord;
import static io.fairdraw.inspection.InspectionFixtures.resource;
import static io.fairdraw.inspection.InspectionFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.notification.domain.ReminderGenerator;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import io.fairdraw.support.WebClient.FilePart;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 后续处置（issue 19 第 4 项）：有问题且需后续处置的结果审核通过后开启后续处置；复查记录的日期晚于首次检查、
 * 不晚于处置期限；逾期未处置的被提醒；处置结果作为原结果的更正，由非检查组的审核人审核后办结并关联公示。
 */
@AppIT
class FollowUpIT {

    static final int YEAR = 2080;
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    static final LocalDate FIRST = TODAY.minusDays(5);
    static String drawId;

    @LocalServerPort
    int port;
    @Autowired
    DemoPlans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReminderGenerator reminders;

    record Team(InspectionFixtures.VisitRow visit, WebClient a, WebClient b) {
    }

    private synchronized Team team(int index) {
        if (drawId == null) {
            drawId = InspectionFixtures.drawnTask(jdbc, plans, new WebClient(port), "D01", YEAR, 10, null);
        }
        InspectionFixtures.VisitRow v = InspectionFixtures.visits(jdbc, drawId).get(index);
        return new Team(v, WebClient.loggedIn(port, accountFor(jdbc, v.inspectors().get(0))),
                WebClient.loggedIn(port, accountFor(jdbc, v.inspectors().get(1))));
    }

    private static String page(long visitId) {
        return "/inspection/visits/" + visitId;
    }

    private static HttpResponse<String> act(WebClient c, long visitId, long recordId, String action) {
        c.get(page(visitId));
        return c.postForm("/inspection/records/" + recordId + "/" + action, Map.of());
    }

    private static String afterRedirect(WebClient c, HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        return c.get(r.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "")).body();
    }

    /** Both members confirm the open record, the first submits it, reviewer.d01 approves it. */
    private String confirmSubmitApprove(Team t, long recordId) {
        afterRedirect(t.a(), act(t.a(), t.visit().id(), recordId, "confirm"));
        afterRedirect(t.b(), act(t.b(), t.visit().id(), recordId, "confirm"));
        afterRedirect(t.a(), act(t.a(), t.visit().id(), recordId, "submit"));
        assertThat(status(jdbc, recordId)).isEqualTo("SUBMITTED");
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        return afterRedirect(reviewer, act(reviewer, t.visit().id(), recordId, "approve"));
    }

    /** The first result: item 1 with a problem and the disposal, approved; returns the follow-up's id. */
    private long firstResult(Team t, String disposal) {
        t.a().get(page(t.visit().id()));
        assertThat(t.a().postForm(page(t.visit().id()) + "/record", Map.of()).statusCode()).isEqualTo(302);
        long id = openRecord(jdbc, t.visit().id());
        t.a().get(page(t.visit().id()));
        assertThat(t.a().postMultipart("/inspection/records/" + id, form(itemCodes(jdbc, id), FIRST.toString(),
                "PENDING_FOLLOW_UP", disposal, "东侧堆放砂石占用耕地"), List.of()).statusCode()).isEqualTo(302);
        InspectionFixtures.pointEvidence(jdbc, id);   // the 不符合 point's photo (issue 19 item 3)
        confirmSubmitApprove(t, id);
        assertThat(status(jdbc, id)).isEqualTo("APPROVED");
        return jdbc.sql("SELECT id FROM inspection_follow_up WHERE record_id = ?").param(id).query(Long.class).single();
    }

    private HttpResponse<String> recordAction(WebClient c, long followUpId, Map<String, String> fields, List<FilePart> files) {
        c.get("/inspection/follow-ups/" + followUpId);
        return c.postMultipart("/inspection/follow-ups/" + followUpId, fields, files);
    }

    private String followUpStatus(long id) {
        return jdbc.sql("SELECT status FROM inspection_follow_up WHERE id = ?").param(id).query(String.class).single();
    }

    @Test
    @DisplayName("整改：首次结果审核通过后开启，期限为检查日起 30 日；逾期未复查的向本单位提醒，提醒在复查记录后消除")
    void overdueFollowUpIsReminded() {
        Team t = team(0);
        long id = firstResult(t, "RECTIFY_TRACKED");
        LocalDate deadline = jdbc.sql("SELECT deadline FROM inspection_follow_up WHERE id = ?").param(id)
                .query(LocalDate.class).single();
        assertThat(deadline).isEqualTo(FIRST.plusDays(30));
        assertThat(followUpStatus(id)).isEqualTo("OPEN");

        // Long before the deadline: no reminder yet.
        reminders.generate(FIRST.plusDays(1));
        assertThat(count("FOLLOW_UP_DUE", id)).isZero();
        // Near the deadline, then past it: reminded before, and again as overdue.
        reminders.generate(deadline.minusDays(1));
        assertThat(count("FOLLOW_UP_DUE", id)).isEqualTo(1);
        assertThat(count("FOLLOW_UP_OVERDUE", id)).isZero();
        reminders.generate(deadline.plusDays(1));
        assertThat(count("FOLLOW_UP_OVERDUE", id)).as("an overdue follow-up is reminded").isEqualTo(1);
        assertThat(open("FOLLOW_UP_OVERDUE", id)).isTrue();
        String list = WebClient.loggedIn(port, "reviewer.d01").get("/notifications").body();
        assertThat(list).contains("后续处置已逾期").contains("/inspection/follow-ups/" + id);
        // The same run again creates nothing new (natural key).
        reminders.generate(deadline.plusDays(2));
        assertThat(count("FOLLOW_UP_OVERDUE", id)).isEqualTo(1);

        // Once the 复查 is recorded, the reminders resolve.
        assertThat(recordAction(t.a(), id, Map.of("date", TODAY.toString(), "rectified", "true", "note", ""),
                List.of(new FilePart("file", "after.jpg", resource("site-photo.jpg")))).statusCode()).isEqualTo(302);
        reminders.generate(deadline.plusDays(3));
        assertThat(open("FOLLOW_UP_OVERDUE", id)).isFalse();
        assertThat(open("FOLLOW_UP_DUE", id)).isFalse();
    }

    @Test
    @DisplayName("复查记录的日期须晚于首次检查、不晚于期限（记录时和审核时都检查）；复查须附证据；更正审核通过后办结并关联原结果公示")
    void recheckIsDatedAfterTheFirstRecordWithinItsDeadline() {
        Team t = team(1);
        long id = firstResult(t, "RECTIFY_TRACKED");
        long first = jdbc.sql("SELECT record_id FROM inspection_follow_up WHERE id = ?").param(id).query(Long.class).single();
        Map<String, String> f = new LinkedHashMap<>(Map.of("rectified", "true", "note", "砂石已清运"));
        List<FilePart> photo = List.of(new FilePart("file", "after.jpg", resource("site-photo.jpg")));

        f.put("date", FIRST.toString());
        assertThat(recordAction(t.a(), id, f, photo).body()).contains("须晚于首次检查日期 " + FIRST).contains("砂石已清运");
        f.put("date", FIRST.plusDays(31).toString());
        assertThat(recordAction(t.a(), id, f, photo).body()).contains("晚于处置期限 " + FIRST.plusDays(30));
        // Issue 21 item 5: tomorrow (within the deadline) and the year 1207 are refused too, saying why.
        f.put("date", TODAY.plusDays(1).toString());
        assertThat(recordAction(t.a(), id, f, photo).body()).contains("处置日期不能晚于今天").contains(TODAY.plusDays(1).toString());
        f.put("date", "1207-05-01");
        assertThat(recordAction(t.a(), id, f, photo).body()).contains("须晚于首次检查日期 " + FIRST).contains("1207-05-01");
        // The form offers only the days the rule accepts: after the first record, up to today (before the deadline).
        assertThat(t.a().get("/inspection/follow-ups/" + id).body())
                .contains("min=\"" + FIRST.plusDays(1) + "\"").contains("max=\"" + TODAY + "\"");
        f.put("date", TODAY.minusDays(1).toString());
        assertThat(recordAction(t.a(), id, f, List.of()).body()).contains("复查须附证据");
        assertThat(openRecord(jdbc, t.visit().id())).as("nothing refused is kept").isNull();
        assertThat(followUpStatus(id)).isEqualTo("OPEN");
        // Who is not on the team does not record it, even the unit's reviewer.
        assertThat(recordAction(WebClient.loggedIn(port, "reviewer.d01"), id, f, photo).statusCode()).isEqualTo(403);

        HttpResponse<String> ok = recordAction(t.a(), id, f, photo);
        assertThat(afterRedirect(t.a(), ok)).contains("已生成原结果的更正记录");
        long correction = openRecord(jdbc, t.visit().id());
        assertThat(jdbc.sql("SELECT corrects_record_id FROM inspection_record WHERE id = ?").param(correction)
                .query(Long.class).single()).isEqualTo(first);
        assertThat(jdbc.sql("SELECT inspection_date FROM inspection_record WHERE id = ?").param(correction)
                .query(LocalDate.class).single()).isEqualTo(TODAY.minusDays(1)).isAfter(FIRST);
        assertThat(jdbc.sql("SELECT category FROM inspection_record_item WHERE record_id = ? ORDER BY sort LIMIT 1")
                .param(correction).query(String.class).single()).isEqualTo("RECTIFIED");
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_evidence WHERE record_id = ? AND file_name = 'after.jpg'")
                .param(correction).query(Integer.class).single()).isEqualTo(1);
        assertThat(followUpStatus(id)).isEqualTo("REVIEW");

        // The team moves the correction's date back to the first inspection: the approval is refused.
        Map<String, String> edited = form(itemCodes(jdbc, correction), FIRST.toString(), "RECTIFIED", "RECTIFY_TRACKED",
                "复查：已整改");
        t.a().get(page(t.visit().id()));
        assertThat(t.a().postMultipart("/inspection/records/" + correction, edited, List.of()).statusCode()).isEqualTo(302);
        assertThat(confirmSubmitApprove(t, correction)).contains("须晚于首次检查日期");
        assertThat(status(jdbc, correction)).isEqualTo("SUBMITTED");
        assertThat(followUpStatus(id)).isEqualTo("REVIEW");
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get(page(t.visit().id()));
        afterRedirect(reviewer, reviewer.postForm("/inspection/records/" + correction + "/return",
                Map.of("reason", "复查日期有误")));
        assertThat(status(jdbc, correction)).isEqualTo("DRAFT");

        edited.put("inspectionDate", TODAY.minusDays(1).toString());
        t.a().get(page(t.visit().id()));
        assertThat(t.a().postMultipart("/inspection/records/" + correction, edited, List.of()).statusCode()).isEqualTo(302);
        // The recorder is not the approver (DESIGN.md §2): the team member's approval is refused.
        afterRedirect(t.a(), act(t.a(), t.visit().id(), correction, "confirm"));
        afterRedirect(t.b(), act(t.b(), t.visit().id(), correction, "confirm"));
        afterRedirect(t.a(), act(t.a(), t.visit().id(), correction, "submit"));
        assertThat(act(t.a(), t.visit().id(), correction, "approve").statusCode()).isEqualTo(403);
        afterRedirect(reviewer, act(reviewer, t.visit().id(), correction, "approve"));
        assertThat(status(jdbc, correction)).isEqualTo("APPROVED");
        assertThat(followUpStatus(id)).isEqualTo("CLOSED");
        assertThat(jdbc.sql("SELECT action_date FROM inspection_follow_up WHERE id = ?").param(id).query(LocalDate.class)
                .single()).isAfter(FIRST).isBeforeOrEqualTo(FIRST.plusDays(30));
        // Disclosure takes it as a correction of the first result.
        assertThat(jdbc.sql("SELECT corrects_record_id FROM disclosure_record WHERE record_id = ?").param(correction)
                .query(Long.class).single()).isEqualTo(first);
        // Statistics: the unit's closed follow-up is counted.
        assertThat(reviewer.get("/report?year=" + YEAR).body()).contains("table-follow-ups").contains("data-unit=\"D01\"");
    }

    @Test
    @DisplayName("移送：记录接收机构和案号；抄告：记录部门和日期；缺项时说明缺什么")
    void transferAndNotice() {
        Team t = team(2);
        long id = firstResult(t, "CASE_TRANSFER");
        assertThat(jdbc.sql("SELECT kind FROM inspection_follow_up WHERE id = ?").param(id).query(String.class).single())
                .isEqualTo("TRANSFER");
        Map<String, String> f = new LinkedHashMap<>(Map.of("date", TODAY.toString(), "receivingBody", "第一师自然资源综合执法支队",
                "caseNo", ""));
        assertThat(recordAction(t.a(), id, f, List.of()).body()).contains("请填写办案机构的案号");
        f.put("caseNo", "师自然执〔2093〕12号");
        assertThat(recordAction(t.a(), id, f, List.of()).statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("SELECT receiving_body || '|' || case_no || '|' || outcome FROM inspection_follow_up WHERE id = ?")
                .param(id).query(String.class).single()).isEqualTo("第一师自然资源综合执法支队|师自然执〔2093〕12号|TRANSFERRED");
        assertThat(jdbc.sql("SELECT findings FROM inspection_record_item WHERE record_id = ? ORDER BY sort LIMIT 1")
                .param(openRecord(jdbc, t.visit().id())).query(String.class).single()).contains("师自然执〔2093〕12号");
    }

    @Test
    @DisplayName("演示数据：第一师有一个进行中的后续处置（待复查）和一个已办结的（已整改，更正记录已审核）")
    void demoFollowUps() {
        Map<String, Integer> byStatus = new java.util.HashMap<>();
        jdbc.sql("SELECT f.status, count(*) FROM inspection_follow_up f JOIN inspection_visit v ON v.id = f.visit_id "
                        + "WHERE v.draw_id LIKE '2026-D01-%' GROUP BY f.status")
                .query((rs, i) -> byStatus.put(rs.getString(1), rs.getInt(2))).list();
        assertThat(byStatus).containsEntry("OPEN", 1).containsEntry("CLOSED", 1);
        assertThat(jdbc.sql("SELECT f.outcome || '|' || r.status || '|' || (r.corrects_record_id = f.record_id) "
                        + "FROM inspection_follow_up f JOIN inspection_record r ON r.id = f.outcome_record_id "
                        + "JOIN inspection_visit v ON v.id = f.visit_id WHERE v.draw_id LIKE '2026-D01-%' AND f.status = 'CLOSED'")
                .query(String.class).single()).isEqualTo("RECTIFIED|APPROVED|true");
        String list = WebClient.loggedIn(port, "reviewer.d01").get("/inspection/follow-ups").body();
        assertThat(list).contains("data-status=\"OPEN\"").contains("data-status=\"CLOSED\"");
    }

    private long count(String kind, long followUpId) {
        return jdbc.sql("SELECT count(*) FROM notification_reminder WHERE kind = ? AND unit_code = 'D01' AND subject = ?")
                .params(kind, String.valueOf(followUpId)).query(Long.class).single();
    }

    private boolean open(String kind, long followUpId) {
        return jdbc.sql("SELECT count(*) FROM notification_reminder WHERE kind = ? AND unit_code = 'D01' AND subject = ? "
                + "AND resolved_at IS NULL").params(kind, String.valueOf(followUpId)).query(Long.class).single() > 0;
    }
}
