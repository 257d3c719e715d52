package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.calendar.WorkingDays;
import io.fairdraw.organization.Organization;
import io.fairdraw.report.Publications;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.TestDivision;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 工作台（issue 21 item 1）：每个角色的待办数量与链接，范围与目标页面一致；事件发生时提醒立即写入，无需每日任务。
 */
@AppIT
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkbenchIT {

    static final String UNIT = "WB21";
    static final String BARE = "WB22";   // a unit with no liaison

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    Publications publications;
    @Autowired
    Clock clock;
    @Autowired
    Organization organization;

    @BeforeAll
    void units() {
        TestDivision.create(jdbc, UNIT);
        jdbc.sql("INSERT INTO org_unit (code, name, parent_code, kind) VALUES (?, ?, 'BT', 'DIVISION')")
                .params(BARE, "测试师 " + BARE + " 自然资源和规划局").update();
    }

    /** The count a to-do shows on the home page, or -1 when the page has no such to-do. */
    static int count(String home, String todo) {
        Matcher m = Pattern.compile("id=\"todo-" + Pattern.quote(todo) + "\" data-count=\"(\\d+)\"").matcher(home);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    static int occurrences(String page, String marker) {
        return page.split(Pattern.quote(marker), -1).length - 1;
    }

    private String home(String user) {
        return WebClient.loggedIn(port, user).get("/").body();
    }

    private HttpResponse<String> api(String user, String path, String json) {
        return new WebClient(port).api("POST", path, user, json);
    }

    private static long id(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long planWithTask(String title) {
        String planner = "planner." + UNIT.toLowerCase();
        HttpResponse<String> created = api(planner, "/api/v1/plans", "{\"year\":2098,\"title\":\"" + title + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long plan = id(created);
        long item = jdbc.sql("SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id "
                + "WHERE i.code = ? ORDER BY v.version_no DESC LIMIT 1").param(UNIT + "-IT-001").query(Long.class).single();
        HttpResponse<String> task = api(planner, "/api/v1/plans/" + plan + "/tasks", """
                {"name":"工作台任务","itemVersionIds":[%d],"teamSize":2,"capSlack":1,"coolDownMonths":12,
                 "periodStart":"2098-04-01","periodEnd":"2098-10-31","beaconSource":"福彩3D 2098-04-02 开奖号码",
                 "units":["%s"],"statuses":["ACTIVE"],"ratioA":3,"ratioB":3,"ratioC":6,"ratioD":9,"ratioX":3,
                 "minA":0,"minB":0,"minC":1,"minD":1,"minX":0}""".formatted(item, UNIT));
        assertThat(task.statusCode()).as(task.body()).isEqualTo(201);
        return plan;
    }

    @Test
    @DisplayName("计划员与审核人：草稿、退回、待抽取任务、待审核计划；提交、退回、审核通过时提醒立即写入；其他单位看不到")
    void plannerAndReviewerTodosAndInstantReminders() {
        String planner = "planner." + UNIT.toLowerCase();
        String reviewer = "reviewer." + UNIT.toLowerCase();
        long plan = planWithTask("工作台计划");
        String link = "href=\"/plans/" + plan + "\"";
        String p0 = home(planner);
        assertThat(count(p0, "plan-drafts")).isEqualTo(1);
        assertThat(count(p0, "plan-returned")).isZero();
        assertThat(p0).contains(link).contains("id=\"todo-block-PLANNER\"").doesNotContain("id=\"todo-block-REVIEWER\"");
        assertThat(home("planner.d01")).as("another unit's drafts are not its to-dos").doesNotContain(link);
        assertThat(count(home(reviewer), "plans-to-approve")).isZero();

        assertThat(api(planner, "/api/v1/plans/" + plan + "/submit", null).statusCode()).isEqualTo(200);
        // No daily job has run: the reminder was written by the submission itself.
        WebClient rv = WebClient.loggedIn(port, reviewer);
        String r1 = rv.get("/").body();
        assertThat(count(r1, "plans-to-approve")).isEqualTo(1);
        assertThat(r1).contains(link).contains("data-kind=\"PLAN_SUBMITTED\"");
        assertThat(rv.get("/notifications").body()).contains("data-kind=\"PLAN_SUBMITTED\"");
        assertThat(count(home(planner), "plan-drafts")).isZero();
        assertThat(WebClient.loggedIn(port, "reviewer.d01").get("/notifications").body())
                .as("reminders stay in their unit").doesNotContain(link);

        assertThat(api(reviewer, "/api/v1/plans/" + plan + "/return", "{\"reason\":\"比例不足\"}").statusCode()).isEqualTo(200);
        String p1 = home(planner);
        assertThat(count(p1, "plan-returned")).isEqualTo(1);
        assertThat(p1).contains("data-kind=\"PLAN_RETURNED\"").contains("比例不足");
        String r2 = home(reviewer);
        assertThat(count(r2, "plans-to-approve")).isZero();
        assertThat(r2).as("the submission's reminder is resolved by the return").doesNotContain("data-kind=\"PLAN_SUBMITTED\"");

        assertThat(api(planner, "/api/v1/plans/" + plan + "/submit", null).statusCode()).isEqualTo(200);
        assertThat(home(planner)).doesNotContain("data-kind=\"PLAN_RETURNED\"");
        HttpResponse<String> approved = api(reviewer, "/api/v1/plans/" + plan + "/approve",
                "{\"coverageReason\":\"工作台测试\"}");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        String p2 = home(planner);
        assertThat(count(p2, "tasks-to-draw")).isEqualTo(1);
        assertThat(p2).contains("data-kind=\"PLAN_APPROVED\"");
        assertThat(count(home("planner.d01"), "tasks-to-draw")).as("D01's own tasks only")
                .isEqualTo(jdbc.sql("SELECT count(*) FROM plan_task t JOIN plan_annual p ON p.id = t.plan_id "
                        + "WHERE p.unit_code = 'D01' AND p.status IN ('APPROVED','PUBLISHED') AND t.executed_draw_id IS NULL "
                        + "AND t.cancelled_by IS NULL").query(Integer.class).single());
        assertThat(home(reviewer)).doesNotContain("data-kind=\"PLAN_SUBMITTED\"");
    }

    @Test
    @DisplayName("审核人：待审核检查记录数等于“待审核”页面的记录数（各单位各自的）")
    void recordsToApproveAreTheReviewQueue() {
        for (String reviewer : new String[] {"reviewer.d01", "reviewer.d02"}) {
            WebClient c = WebClient.loggedIn(port, reviewer);
            int queue = occurrences(c.get("/inspection/review").body(), "data-record=\"");
            assertThat(count(c.get("/").body(), "records-to-approve")).as(reviewer).isEqualTo(queue);
        }
    }

    @Test
    @DisplayName("检查人员：待完成的检查数等于“我的检查任务”中未审核通过的检查数；首页有进入我的检查任务的入口")
    void inspectorVisitsAreMyVisits() {
        WebClient c = WebClient.loggedIn(port, "inspector.d01a");
        int open = 0;
        for (String status : new String[] {"PLANNED", "DRAFT", "SUBMITTED"}) {
            open += occurrences(c.get("/inspection/visits?status=" + status).body(), "data-visit=\"");
        }
        String home = c.get("/").body();
        assertThat(open).as("the demo seeds visits for inspector.d01a").isPositive();
        assertThat(count(home, "visits")).isEqualTo(open);
        assertThat(home).contains("id=\"go-my-visits\"").contains("href=\"/inspection/visits\"");
        assertThat(home("planner.d01")).doesNotContain("id=\"go-my-visits\"").doesNotContain("id=\"todo-visits\"");
    }

    @Test
    @DisplayName("联络员：本单位近 30 天有错误的导入、30 天内到期的执法证；其他单位的不计入")
    void liaisonImportErrorsAndExpiringCertificates() {
        String liaison = "liaison." + UNIT.toLowerCase();
        String csv = "统一社会信用代码,名称,主体类型,监管领域,所属单位代码,住所,法定代表人,许可证号,状态,信用风险分类\r\n"
                + "123,坏行,企业,土地," + UNIT + ",地址,某人,,存续,\r\n";
        HttpResponse<String> r = new WebClient(port).apiUpload("/api/v1/registry/imports", liaison, "workbench-errors.csv",
                csv.getBytes(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        TestDivision.inspector(jdbc, "WB21-EXP-1", UNIT);
        jdbc.sql("UPDATE inspector SET certificate_expiry = current_date + 10 WHERE id = 'WB21-EXP-1'").update();
        String home = home(liaison);
        assertThat(count(home, "import-errors")).isEqualTo(1);
        assertThat(home).contains("workbench-errors.csv");
        assertThat(count(home, "expiring")).isEqualTo(1);
        assertThat(home).contains("href=\"/inspectors/WB21-EXP-1\"");
        String other = home("liaison.d01");
        assertThat(other).contains("id=\"todo-block-LIAISON\"").doesNotContain("workbench-errors.csv")
                .doesNotContain("WB21-EXP-1");
    }

    @Test
    @DisplayName("系统管理员：未确定联络员的单位、缺少下一年节假日安排；监督员：抽取失败、逾期未公示")
    void adminAndAuditor() {
        String admin = home("admin");
        assertThat(admin).contains("id=\"todo-block-ADMIN\"");
        assertThat(organization.unitsWithoutLiaison()).extracting(Organization.UnitView::code).contains(BARE);
        assertThat(count(admin, "units-without-liaison")).isEqualTo(organization.unitsWithoutLiaison().size());
        int next = BusinessClock.today(clock).getYear() + 1;
        assertThat(count(admin, "calendar-missing")).isEqualTo(workingDays.covers(next) ? 0 : 1);
        assertThat(admin).doesNotContain("id=\"todo-block-PLANNER\"");

        String auditor = home("auditor");
        assertThat(auditor).contains("id=\"todo-block-AUDITOR\"");
        int failed = jdbc.sql("SELECT count(*) FROM draw_announcement a WHERE a.status = 'FAILED' AND NOT EXISTS ("
                + "SELECT 1 FROM draw_announcement b WHERE b.task_id = a.task_id AND b.status IN ('ANNOUNCED','EXECUTED') "
                + "AND b.attempt > a.attempt)").query(Integer.class).single();
        assertThat(count(auditor, "failed-draws")).isEqualTo(failed);
        long overdue = publications.pending().stream().filter(p -> p.dueOn().isBefore(BusinessClock.today(clock))).count();
        assertThat(count(auditor, "overdue-publications")).isEqualTo((int) overdue);
    }

    @Autowired
    org.springframework.context.ApplicationEventPublisher events;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate tx;

    @Test
    @DisplayName("记录提交→审核人、记录退回→该组检查人员本人、替换申请→审核人：事件发生即提醒，处理后即消除")
    void recordAndSubstitutionRemindersFollowTheirEvents() {
        String reviewer = "reviewer." + UNIT.toLowerCase();
        String me = jdbc.sql("SELECT inspector_id FROM inspection_account WHERE username = 'inspector.d01a'")
                .query(String.class).single();
        long record = 9_921_001L;
        tx.executeWithoutResult(s -> events.publishEvent(new io.fairdraw.inspection.InspectionEvents.RecordSubmitted(
                record, 77, 78, UNIT, "91650000WB2100001X")));
        assertThat(home(reviewer)).contains("data-kind=\"RECORD_SUBMITTED\"").contains("href=\"/inspection/visits/77\"");
        tx.executeWithoutResult(s -> events.publishEvent(new io.fairdraw.inspection.InspectionEvents.RecordReturned(
                record, 77, 78, UNIT, "91650000WB2100001X", java.util.List.of(me, "WB21-NOBODY"), "照片不清晰")));
        assertThat(home(reviewer)).as("returned: no longer waits for review").doesNotContain("data-kind=\"RECORD_SUBMITTED\"");
        String inspector = WebClient.loggedIn(port, "inspector.d01a").get("/notifications").body();
        assertThat(inspector).as("personal: the team member, whatever unit the task is").contains("data-kind=\"RECORD_RETURNED\"")
                .contains("照片不清晰");
        assertThat(WebClient.loggedIn(port, "planner.d01").get("/notifications").body()).doesNotContain("照片不清晰");
        assertThat(home("inspector.d01a")).contains("id=\"fd-bell-count\"");

        tx.executeWithoutResult(s -> events.publishEvent(new io.fairdraw.draw.DrawEvents.SubstitutionRequested(
                9_921_002L, "WB21-DRAW", 78, UNIT, "91650000WB2100001X", "WB21-OUT")));
        assertThat(home(reviewer)).contains("data-kind=\"SUBSTITUTION_REQUESTED\"").contains("WB21-OUT");
        tx.executeWithoutResult(s -> events.publishEvent(new io.fairdraw.draw.DrawEvents.SubstitutionDecided(
                9_921_002L, "WB21-DRAW", UNIT)));
        assertThat(home(reviewer)).doesNotContain("data-kind=\"SUBSTITUTION_REQUESTED\"");
    }
}
