package io.fairdraw.notification;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.calendar.WorkingDays;
import io.fairdraw.disclosure.DisclosureEvents;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.StaffingWarnings;
import io.fairdraw.notification.domain.ReminderGenerator;
import io.fairdraw.notification.domain.ReminderJob;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 提醒：每类提醒在条件满足时生成、条件不满足时不生成；同一提醒不重复生成（包括两个并发运行）；
 * 单位用户在顶栏、首页摘要和提醒列表中看到本单位本角色的提醒并可标为已读。
 */
@AppIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReminderIT {

    static final int YEAR = 2056;   // plan ITs use 2039–2049, report 2044
    static final long RECORD_BASE = 2_046_000_000L;
    static final LocalDate MARCH_10 = LocalDate.of(YEAR, 3, 10);

    @LocalServerPort
    int port;
    @Autowired
    ReminderGenerator generator;
    @Autowired
    ReminderJob job;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoPlans plans;
    @Autowired
    InspectorDirectory inspectors;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;

    long d01Task;

    @BeforeAll
    void d01SubmitsItsPlan() {
        List<Long> ids = plans.publishedPlan("D01", YEAR, "IT reminders " + YEAR, List.of(new DemoPlans.DemoTask(
                "IT reminder task " + YEAR, 2, false, 3, "IT reminder beacon " + YEAR, null)));
        assertThat(ids).hasSize(1);
        d01Task = ids.get(0);
    }

    private long count(String kind, String unit, String subject) {
        return jdbc.sql("SELECT count(*) FROM notification_reminder WHERE kind = ? AND unit_code = ? AND subject = ?")
                .params(kind, unit, subject).query(Long.class).single();
    }

    private long count(String kind, String subject) {
        return jdbc.sql("SELECT count(*) FROM notification_reminder WHERE kind = ? AND subject = ?")
                .params(kind, subject).query(Long.class).single();
    }

    @Test
    @DisplayName("年度计划：3 月 31 日前 30 天内提醒未报送的单位，已报送的单位不提醒；更早不提醒")
    void planDue() {
        generator.generate(LocalDate.of(YEAR + 1, 2, 1));
        assertThat(count("PLAN_DUE", String.valueOf(YEAR + 1))).as("too early: more than 30 days ahead").isZero();
        generator.generate(MARCH_10);
        assertThat(count("PLAN_DUE", "D01", String.valueOf(YEAR))).as("D01 submitted").isZero();
        assertThat(count("PLAN_DUE", "D02", String.valueOf(YEAR))).isEqualTo(1);
        assertThat(count("PLAN_DUE", "BT-DC", String.valueOf(YEAR))).as("the data center plans nothing").isZero();
    }

    @Test
    @DisplayName("结果公示：审核未公示且 5 个工作日内到期（按工作日历）时提醒审核人；已公示的不提醒")
    void resultDue() {
        LocalDate approvedOn = LocalDate.of(YEAR, 3, 2);
        InspectionEvents.ResultApproved pending = approved(RECORD_BASE + 1, approvedOn);
        InspectionEvents.ResultApproved published = approved(RECORD_BASE + 2, approvedOn);
        LocalDate due = workingDays.deadline(approvedOn, 20);
        tx.executeWithoutResult(s -> {
            events.publishEvent(pending);
            events.publishEvent(published);
            events.publishEvent(new DisclosureEvents.ResultPublished(published.recordId(), published.taskId(), "D02",
                    published.uscc(), approvedOn, due, approvedOn.plusDays(3), true));
        });
        // Find the first day whose 5-working-day horizon reaches the due date; the day before is too early.
        LocalDate first = approvedOn;
        while (workingDays.deadline(first, 5).isBefore(due)) {
            first = first.plusDays(1);
        }
        generator.generate(first.minusDays(1));
        assertThat(count("RESULT_DUE", "D02", String.valueOf(pending.recordId()))).isZero();
        generator.generate(first);
        assertThat(count("RESULT_DUE", "D02", String.valueOf(pending.recordId()))).isEqualTo(1);
        assertThat(count("RESULT_DUE", "D02", String.valueOf(published.recordId()))).isZero();
        assertThat(jdbc.sql("SELECT due_on FROM notification_reminder WHERE kind = 'RESULT_DUE' AND subject = ?")
                .param(String.valueOf(pending.recordId())).query(LocalDate.class).single()).isEqualTo(due);

        // Published: the reminder is resolved and leaves the unread count.
        LocalDate publishedOn = first;
        tx.executeWithoutResult(s -> events.publishEvent(new DisclosureEvents.ResultPublished(pending.recordId(),
                pending.taskId(), "D02", pending.uscc(), approvedOn, due, publishedOn, true)));
        generator.generate(first);
        assertThat(jdbc.sql("SELECT resolved_at IS NOT NULL FROM notification_reminder WHERE kind = 'RESULT_DUE' "
                + "AND subject = ?").param(String.valueOf(pending.recordId())).query(Boolean.class).single()).isTrue();
    }

    private static InspectionEvents.ResultApproved approved(long recordId, LocalDate on) {
        return new InspectionEvents.ResultApproved(recordId, null,
                new InspectionEvents.ResultApproved.Task(0, "IT reminder task", YEAR, "D02"),
                new InspectionEvents.ResultApproved.Visited(recordId, "IT-DRAW", "91110000MA0000000" + (recordId % 10),
                        "IT reminder entity " + recordId, "LAND", List.of("D02-I1"), on),
                new InspectionEvents.ResultApproved.Approval("reviewer.d02", Instant.now(), on), List.of(),
                new InspectionEvents.ResultApproved.Publication(on, io.fairdraw.support.OfficialCalendar.publicationDue(on)));
    }

    @Test
    @DisplayName("执法证 30 天内到期时提醒联络员；检查人员不足 3 人的师市每月提醒一次")
    void certificatesAndStaffing() {
        jdbc.sql("INSERT INTO inspector (id, name, unit_code, certificate_no, certificate_expiry, status) "
                + "VALUES ('D05-IT-RM', 'IT reminder', 'D05', 'C-IT-RM', ?, 'ON_DUTY')").param(MARCH_10.plusDays(10)).update();
        try {
            generator.generate(MARCH_10);
        } finally {
            jdbc.sql("DELETE FROM inspector WHERE id = 'D05-IT-RM'").update();
        }
        assertThat(count("CERTIFICATE_EXPIRING", "D05", "D05-IT-RM:" + MARCH_10.plusDays(10))).isEqualTo(1);

        List<StaffingWarnings.UnitCount> under = inspectors.warnings(null, MARCH_10).understaffedDivisions();
        assertThat(under).as("the demo has divisions without inspectors").isNotEmpty();
        generator.generate(MARCH_10);
        for (StaffingWarnings.UnitCount u : under) {
            assertThat(count("UNDERSTAFFED", u.unitCode(), YEAR + "-03")).as(u.unitCode()).isEqualTo(1);
        }
        // Adding an inspector can only lift a unit above the minimum, so nothing beyond these was created.
        assertThat(count("UNDERSTAFFED", YEAR + "-03")).isEqualTo(under.size());
    }

    @Test
    @DisplayName("联合抽查邀请待答复时提醒受邀单位")
    void jointInvitation() {
        jdbc.sql("INSERT INTO plan_task_partner (task_id, unit_code, status, invited_by) VALUES (?, 'D03', 'INVITED', "
                + "'planner.d01') ON CONFLICT DO NOTHING").param(d01Task).update();
        generator.generate(MARCH_10);
        assertThat(count("JOINT_INVITATION", "D03", String.valueOf(d01Task))).isEqualTo(1);
        assertThat(count("JOINT_INVITATION", "D01", String.valueOf(d01Task))).isZero();
    }

    @Test
    @DisplayName("同一天再次运行不重复生成；两个并发运行（生成器和加锁的定时任务）每条提醒只生成一次")
    void idempotentAndConcurrent() throws Exception {
        generator.generate(MARCH_10);
        assertThat(generator.generate(MARCH_10)).as("second run of the same day creates nothing").isEmpty();

        LocalDate april = LocalDate.of(YEAR, 4, 15);
        int understaffed = inspectors.warnings(null, april).understaffedDivisions().size();
        List<Map<ReminderKind, Integer>> results = concurrently(() -> generator.generate(april));
        int created = results.stream().mapToInt(m -> m.getOrDefault(ReminderKind.UNDERSTAFFED, 0)).sum();
        assertThat(created).as("created once in all, by one of the two runs").isEqualTo(understaffed);
        assertThat(count("UNDERSTAFFED", YEAR + "-04")).isEqualTo(understaffed);

        LocalDate may = LocalDate.of(YEAR, 5, 15);
        concurrently(() -> job.runFor(may)); // ShedLock: one runs, the other is skipped (or runs after, creating nothing)
        assertThat(count("UNDERSTAFFED", YEAR + "-05")).isEqualTo(understaffed);
        assertThat(jdbc.sql("SELECT count(*) FROM (SELECT kind, unit_code, subject FROM notification_reminder "
                + "GROUP BY 1, 2, 3 HAVING count(*) > 1) d").query(Long.class).single()).isZero();
    }

    private static <T> List<T> concurrently(Callable<T> run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return run.call();
                }));
            }
            start.countDown();
            List<T> out = new ArrayList<>();
            for (Future<T> f : futures) {
                out.add(f.get()); // an exception in either run (e.g. a unique violation) fails the test
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    @DisplayName("单位用户：顶栏未读数、首页摘要、提醒列表；标为已读后未读数减少")
    void bellDigestListAndMarkRead() {
        generator.generate(MARCH_10);
        WebClient planner = WebClient.loggedIn(port, "planner.d02");
        String home = planner.get("/").body();
        long unread = unread(home);
        assertThat(unread).isPositive();
        assertThat(home).contains("id=\"reminder-digest\"").contains("data-kind=\"PLAN_DUE\"");
        String list = planner.get("/notifications").body();
        assertThat(list).contains("data-kind=\"PLAN_DUE\"").doesNotContain("data-kind=\"CERTIFICATE_EXPIRING\"");
        Matcher m = Pattern.compile("/notifications/(\\d+)/read").matcher(list);
        assertThat(m.find()).isTrue();
        assertThat(planner.postForm("/notifications/" + m.group(1) + "/read", Map.of()).statusCode()).isEqualTo(302);
        assertThat(unread(planner.get("/").body())).isEqualTo(unread - 1);
        // Read state is per person: another planner account of the unit is not affected.
        assertThat(unread(WebClient.loggedIn(port, "reviewer.d02").get("/").body())).isPositive();
        planner.get("/notifications");
        assertThat(planner.postForm("/notifications/read-all", Map.of()).statusCode()).isEqualTo(302);
        assertThat(planner.get("/").body()).doesNotContain("id=\"fd-bell-count\"").doesNotContain("id=\"reminder-digest\"");
    }

    private static long unread(String page) {
        Matcher m = Pattern.compile("id=\"fd-bell-count\">(\\d+)<").matcher(page);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }
}
