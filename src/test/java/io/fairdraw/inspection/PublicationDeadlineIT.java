package io.fairdraw.inspection;

import static io.fairdraw.inspection.InspectionFixtures.accountFor;
import static io.fairdraw.inspection.InspectionFixtures.form;
import static io.fairdraw.inspection.InspectionFixtures.itemCodes;
import static io.fairdraw.inspection.InspectionFixtures.openRecord;
import static io.fairdraw.inspection.InspectionFixtures.status;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.calendar.WorkingDays;
import io.fairdraw.notification.domain.ReminderGenerator;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.report.domain.Statistics;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.MovableClock;
import io.fairdraw.support.OfficialCalendar;
import io.fairdraw.support.WebClient;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 公示期限从检查完成起算（issue 19 第 5 项）：20 个工作日自检查组提交记录之日起算，按官方工作日历（含节假日和调休上班）；
 * 待审核的记录在审核列表、记录页和检查人员列表显示公示期限；到期前提醒审核人；审核后公示队列和统计沿用同一日期。
 */
@AppIT
class PublicationDeadlineIT {

    static final int YEAR = 2068;
    /** 2026-09-25 is a Friday (中秋节 in the 2026 notice), the last day before the 国庆 week. */
    static final LocalDate FRIDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 25);
    /**
     * Worked out by hand from the 2026 notice (国务院办公厅, 2025-11-04) as shipped in
     * {@code cn-public-holidays-2025-2026.csv}: day 1 is the first working day after the submission.
     * <pre>
     * Fri 09-25 中秋节 (holiday: the day of submission, not counted in any case)
     * Sat 09-26, Sun 09-27 中秋节 holidays                       -
     * Mon 09-28 = 1, Tue 09-29 = 2, Wed 09-30 = 3
     * Thu 10-01 … Wed 10-07 国庆节 holidays                      -
     * Thu 10-08 = 4, Fri 10-09 = 5, Sat 10-10 调休上班 = 6 (Sun 10-11 rest)
     * Mon 10-12 … Fri 10-16 = 7 … 11
     * Mon 10-19 … Fri 10-23 = 12 … 16
     * Mon 10-26 = 17, Tue 10-27 = 18, Wed 10-28 = 19, Thu 10-29 = 20
     * </pre>
     */
    static final LocalDate DUE = LocalDate.of(2026, 10, 29);

    @LocalServerPort
    int port;
    @Autowired
    DemoPlans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    ReminderGenerator reminders;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    Statistics statistics;

    private static String page(long visitId) {
        return "/inspection/visits/" + visitId;
    }

    private static HttpResponse<String> act(WebClient c, long visitId, long recordId, String action) {
        return act(c, visitId, recordId, action, Map.of());
    }

    private static HttpResponse<String> act(WebClient c, long visitId, long recordId, String action,
                                            Map<String, String> fields) {
        c.get(page(visitId));
        return c.postForm("/inspection/records/" + recordId + "/" + action, fields);
    }

    private static String drawId;

    private synchronized List<InspectionFixtures.VisitRow> visits() {
        if (drawId == null) {
            drawId = InspectionFixtures.drawnTask(jdbc, plans, new WebClient(port), "D01", YEAR, 10, null);
        }
        List<InspectionFixtures.VisitRow> v = InspectionFixtures.visits(jdbc, drawId);
        assertThat(v).as("visits of %s", drawId).hasSizeGreaterThanOrEqualTo(2);
        return v;
    }

    private LocalDate dateOf(String column, long recordId) {
        return jdbc.sql("SELECT " + column + " FROM inspection_record WHERE id = ?").param(recordId)
                .query(LocalDate.class).single();
    }

    /** D01's row of the year's statistics as of today (December 2026): approved, pending, overdue. */
    private List<Long> d01Publications() {
        Statistics.UnitRow r = statistics.report(YEAR, List.of("D01"), LocalDate.now(ZoneId.of("Asia/Shanghai")))
                .units().get(0);
        return List.of(r.approved(), r.pending(), r.overdue());
    }

    private long reminderCount(long recordId) {
        return jdbc.sql("SELECT count(*) FROM notification_reminder WHERE kind = 'RESULT_DUE' AND unit_code = 'D01' "
                + "AND subject = ? AND resolved_at IS NULL").param(String.valueOf(recordId)).query(Long.class).single();
    }

    @Test
    @DisplayName("官方日历即共享数据中的 2025–2026 节假日文件，应用按它计算工作日")
    void theApplicationCountsOnTheOfficialCalendar() throws IOException {
        assertThat(workingDays.covers(2026)).isTrue();
        assertThat(workingDays.isWorkingDay(FRIDAY_BEFORE_NATIONAL_DAY)).as("中秋节").isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 10))).as("国庆节调休上班").isTrue();
        assertThat(workingDays.deadline(FRIDAY_BEFORE_NATIONAL_DAY, 20)).isEqualTo(DUE);
        Path shared = Path.of("/work/shared/data/cn-public-holidays-2025-2026.csv");
        Assumptions.assumeTrue(Files.isReadable(shared), "the shared data directory is on this machine");
        try (InputStream in = PublicationDeadlineIT.class.getResourceAsStream(OfficialCalendar.RESOURCE)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("the calendar the application seeds is the shared official one")
                    .isEqualTo(Files.readString(shared, StandardCharsets.UTF_8));
        }
    }

    @Test
    @DisplayName("2026-09-25（国庆前的周五）提交：公示期限为 2026-10-29，从提交起算；审核列表、记录页、检查人员列表显示；"
            + "到期前 5 个工作日提醒审核人；统计在审核前后都按它判定逾期；审核后公示队列沿用该日期；迁移为已提交记录补填同一日期")
    void dueFromSubmissionShownRemindedAndCarried() {
        InspectionFixtures.VisitRow v = visits().get(0);
        WebClient a = WebClient.loggedIn(port, accountFor(jdbc, v.inspectors().get(0)));
        WebClient b = WebClient.loggedIn(port, accountFor(jdbc, v.inspectors().get(1)));
        a.get(page(v.id()));
        assertThat(a.postForm(page(v.id()) + "/record", Map.of()).statusCode()).isEqualTo(302);
        long id = openRecord(jdbc, v.id());
        a.get(page(v.id()));
        assertThat(a.postMultipart("/inspection/records/" + id,
                form(itemCodes(jdbc, id), "2026-09-24", "NO_PROBLEM", null, "现场核查，未发现问题"), List.of())
                .statusCode()).isEqualTo(302);
        assertThat(act(a, v.id(), id, "confirm").statusCode()).isEqualTo(302);
        assertThat(act(b, v.id(), id, "confirm").statusCode()).isEqualTo(302);

        // The team submits on Friday 2026-09-25, 16:30 in Asia/Shanghai (检查完成).
        Duration back = Duration.between(ZonedDateTime.now(ZoneId.of("Asia/Shanghai")),
                FRIDAY_BEFORE_NATIONAL_DAY.atTime(16, 30).atZone(ZoneId.of("Asia/Shanghai")));
        clock.advance(back);
        try {
            assertThat(act(a, v.id(), id, "submit").statusCode()).isEqualTo(302);
        } finally {
            clock.reset();
        }
        assertThat(status(jdbc, id)).isEqualTo("SUBMITTED");
        assertThat(dateOf("submitted_on", id)).isEqualTo(FRIDAY_BEFORE_NATIONAL_DAY);
        assertThat(dateOf("publication_due", id)).isEqualTo(DUE)
                .isEqualTo(OfficialCalendar.publicationDue(FRIDAY_BEFORE_NATIONAL_DAY));

        // Shown while it waits for review: the queue, the record page, the team's list.
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        String queue = reviewer.get("/inspection/review").body();
        String row = queue.substring(queue.indexOf("data-record=\"" + id + "\""));
        row = row.substring(0, row.indexOf("</a>"));
        assertThat(row).contains("data-due=\"2026-10-29\"").contains("公示期限：2026-10-29")
                .as("past due today").contains("text-danger");
        assertThat(reviewer.get(page(v.id())).body()).contains("id=\"review-due\"").contains("2026-10-29 前公示");
        String list = a.get("/inspection/visits").body();
        String item = list.substring(list.indexOf("data-visit=\"" + v.id() + "\""));
        item = item.substring(0, item.indexOf("</a>"));
        assertThat(item).contains("data-due=\"2026-10-29\"");

        // Statistics: not yet public, and overdue since 10-29 although nobody has approved it yet.
        assertThat(d01Publications()).as("approved, pending, overdue").containsExactly(0L, 1L, 1L);

        // Reminded before the due date: from the day its 5-working-day horizon reaches 10-29 (Thu 10-22), not before.
        reminders.generate(LocalDate.of(2026, 10, 21));
        assertThat(reminderCount(id)).as("10-21: 5 working days ahead is 10-28").isZero();
        reminders.generate(LocalDate.of(2026, 10, 22));
        assertThat(reminderCount(id)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT due_on FROM notification_reminder WHERE kind = 'RESULT_DUE' AND subject = ?")
                .param(String.valueOf(id)).query(LocalDate.class).single()).isEqualTo(DUE);
        assertThat(jdbc.sql("SELECT link FROM notification_reminder WHERE kind = 'RESULT_DUE' AND subject = ?")
                .param(String.valueOf(id)).query(String.class).single()).isEqualTo(page(v.id()));
        String notifications = reviewer.get("/notifications").body();
        assertThat(notifications).contains("data-kind=\"RESULT_DUE\"").contains("2026-10-29 前公示");

        // Approved today (December): the date travels on ResultApproved; nobody counts from the approval.
        assertThat(act(reviewer, v.id(), id, "approve").statusCode()).isEqualTo(302);
        assertThat(status(jdbc, id)).isEqualTo("APPROVED");
        assertThat(jdbc.sql("SELECT due_on FROM disclosure_record WHERE record_id = ?").param(id)
                .query(LocalDate.class).single()).isEqualTo(DUE);
        assertThat(jdbc.sql("SELECT due_on FROM report_result WHERE record_id = ?").param(id)
                .query(LocalDate.class).single()).isEqualTo(DUE);
        String disclosure = reviewer.get("/disclosure").body();
        String pending = disclosure.substring(disclosure.indexOf("id=\"pending-" + id + "\""));
        pending = pending.substring(0, pending.indexOf("</tr>"));
        assertThat(pending).as("overdue from submission, though approved today").contains("2026-10-29")
                .contains("fd-overdue");
        assertThat(d01Publications()).as("approved today, still overdue from submission").containsExactly(1L, 1L, 1L);
        // One reminder per record across review and publication: approval neither resolves nor repeats it.
        reminders.generate(LocalDate.of(2026, 10, 22));
        assertThat(reminderCount(id)).isEqualTo(1);

        // The migration fills records submitted before the clock existed with the same rule.
        assertThat(backfilled(id)).isEqualTo(DUE);
    }

    @Test
    @DisplayName("退回补正后再次提交不重新起算：公示期限仍为首次提交之日起 20 个工作日")
    void aReturnDoesNotRestartTheClock() {
        InspectionFixtures.VisitRow v = visits().get(1);
        WebClient a = WebClient.loggedIn(port, accountFor(jdbc, v.inspectors().get(0)));
        WebClient b = WebClient.loggedIn(port, accountFor(jdbc, v.inspectors().get(1)));
        a.get(page(v.id()));
        assertThat(a.postForm(page(v.id()) + "/record", Map.of()).statusCode()).isEqualTo(302);
        long id = openRecord(jdbc, v.id());
        String yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1).toString();
        a.get(page(v.id()));
        assertThat(a.postMultipart("/inspection/records/" + id,
                form(itemCodes(jdbc, id), yesterday, "NO_PROBLEM", null, "首次提交"), List.of()).statusCode()).isEqualTo(302);
        act(a, v.id(), id, "confirm");
        act(b, v.id(), id, "confirm");
        act(a, v.id(), id, "submit");
        assertThat(status(jdbc, id)).isEqualTo("SUBMITTED");
        LocalDate firstOn = dateOf("submitted_on", id);
        LocalDate due = dateOf("publication_due", id);
        assertThat(due).isEqualTo(workingDays.deadline(firstOn, 20));

        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        assertThat(act(reviewer, v.id(), id, "return", Map.of("reason", "请补充现场照片")).statusCode()).isEqualTo(302);
        assertThat(status(jdbc, id)).isEqualTo("DRAFT");
        clock.advance(Duration.ofDays(9));   // resubmitted more than a week later
        try {
            act(a, v.id(), id, "confirm");
            act(b, v.id(), id, "confirm");
            assertThat(act(a, v.id(), id, "submit").statusCode()).isEqualTo(302);
        } finally {
            clock.reset();
        }
        assertThat(status(jdbc, id)).isEqualTo("SUBMITTED");
        assertThat(dateOf("submitted_on", id)).isEqualTo(firstOn);
        assertThat(dateOf("publication_due", id)).isEqualTo(due);
    }

    /** Runs the migration's UPDATE statements over this record with its dates cleared, then rolls back. */
    private LocalDate backfilled(long recordId) {
        String sql;
        try (InputStream in = getClass().getResourceAsStream(
                "/db/migration/inspection/V20270105_0900__inspection_publication_due.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> updates = Arrays.stream(sql.replaceAll("(?m)--.*$", "").split(";"))
                .map(String::strip).filter(s -> s.startsWith("UPDATE")).toList();
        assertThat(updates).hasSize(2);
        return tx.execute(s -> {
            jdbc.sql("UPDATE inspection_record SET submitted_on = NULL, publication_due = NULL WHERE id = ?")
                    .param(recordId).update();
            updates.forEach(u -> jdbc.sql(u + " AND r.id = " + recordId).update());
            LocalDate due = dateOf("publication_due", recordId);
            s.setRollbackOnly();
            return due;
        });
    }
}
