package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.Role;
import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.Beacons;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 计划调整（issue 19 item 6）：经审核的新增、撤销、调整期限；职责分离；已抽取任务的名单不变；撤销计入抽取监督。 */
@AppIT
class PlanAmendmentIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoPlans demoPlans;

    @Autowired
    Tasks tasks;

    @Autowired
    AccountService accounts;

    private HttpResponse<String> api(String user, String path, String json) {
        return new WebClient(port).api("POST", path, user, json);
    }

    private static long id(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private static String task(long item, int year, String name) {
        return """
                {"name":"%s","itemVersionIds":[%d],"teamSize":2,"capSlack":1,"coolDownMonths":0,
                 "periodStart":"%d-04-01","periodEnd":"%d-10-31","beaconSource":"福彩3D 开奖号码",
                 "ratioA":3,"ratioB":3,"ratioC":6,"ratioD":9,"ratioX":3}""".formatted(name, item, year, year);
    }

    /** A published D01 plan of that year with one task, through the API; returns {plan, task}. */
    private long[] publishedPlan(int year) {
        long plan = id(api("planner.d01", "/api/v1/plans", "{\"year\":" + year + ",\"title\":\"计划调整测试\"}"));
        HttpResponse<String> t = api("planner.d01", "/api/v1/plans/" + plan + "/tasks",
                task(PlanSupport.currentVersion(jdbc, "D01-TD-001"), year, "调整前的任务"));
        assertThat(t.statusCode()).as(t.body()).isEqualTo(201);
        for (String[] step : new String[][] {{"planner.d01", "submit"}, {"reviewer.d01", "approve"},
                {"reviewer.d01", "publish"}}) {
            // one task cannot meet every item's published floor (issue 19 item 1): the reviewer says why
            String body = step[1].equals("approve") ? "{\"coverageReason\":\"IT: one task of the year\"}" : null;
            assertThat(api(step[0], "/api/v1/plans/" + plan + "/" + step[1], body).statusCode()).isEqualTo(200);
        }
        return new long[] {plan, id(t)};
    }

    private long audits(String action, long plan) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND target_type = 'plan' AND target_id = ?")
                .params(action, String.valueOf(plan)).query(Long.class).single();
    }

    @Test
    @DisplayName("职责分离：提出调整的账号（兼有审核人角色）不能审核通过或退回，另一审核人可以；通过后公布为新版本并记审计")
    void proposerCannotApprove() {
        long[] pt = publishedPlan(2033);
        long plan = pt[0];
        long taskId = pt[1];
        String both = "planner-reviewer.d01";
        accounts.seed(both, "计划兼审核", "D01", Set.of(Role.PLANNER, Role.REVIEWER), WebClient.DEMO_PASSWORD);
        String amend = "/api/v1/plans/" + plan + "/amendments";
        HttpResponse<String> proposed = api(both, amend, """
                {"kind":"CHANGE_PERIOD","taskId":%d,"periodStart":"2033-05-01","periodEnd":"2033-11-30",
                 "reason":"汛期推迟外业检查"}""".formatted(taskId));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        long amendment = id(proposed);

        HttpResponse<String> self = api(both, amend + "/" + amendment + "/approve", null);
        assertThat(self.statusCode()).isEqualTo(403);
        assertThat(self.body()).contains("plan.amendment.own_proposal").contains("不能审核自己提交的计划调整申请");
        assertThat(api(both, amend + "/" + amendment + "/return", "{\"reason\":\"自己退回\"}").statusCode())
                .isEqualTo(403);
        assertThat(tasks.task(taskId).orElseThrow().periodStart()).isEqualTo(LocalDate.of(2033, 4, 1));
        // through the plan page too: the proposer gets the message, nothing changes
        WebClient ui = WebClient.loggedIn(port, both);
        ui.get("/plans/" + plan);
        ui.postForm("/plans/" + plan + "/amendments/" + amendment + "/approve", Map.of());
        assertThat(ui.get("/plans/" + plan).body()).contains("不能审核自己提交的计划调整申请");
        assertThat(tasks.task(taskId).orElseThrow().periodStart()).isEqualTo(LocalDate.of(2033, 4, 1));
        // a planner without the reviewer role cannot decide at all
        assertThat(api("planner.d01", amend + "/" + amendment + "/approve", null).statusCode()).isEqualTo(403);
        // another unit's reviewer does not see the plan
        assertThat(api("reviewer.d02", amend + "/" + amendment + "/approve", null).statusCode()).isEqualTo(404);

        HttpResponse<String> approved = api("reviewer.d01", amend + "/" + amendment + "/approve", null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"").contains("\"version\":2");
        assertThat(tasks.task(taskId).orElseThrow().periodStart()).isEqualTo(LocalDate.of(2033, 5, 1));
        assertThat(api("reviewer.d01", amend + "/" + amendment + "/approve", null).statusCode()).isEqualTo(409);
        assertThat(audits("PLAN_AMENDMENT_PROPOSED", plan)).isEqualTo(1);
        assertThat(audits("PLAN_AMENDMENT_APPROVED", plan)).isEqualTo(1);
        String portal = new WebClient(port).get("/public/plans/" + plan).body();
        assertThat(portal).contains("计划版本").contains("版本 2").contains("汛期推迟外业检查")
                .contains("2033-04-01 ~ 2033-10-31 → 2033-05-01 ~ 2033-11-30").doesNotContain(both);
    }

    @Test
    @DisplayName("接口与表单同样校验：原因必填、期限颠倒、草稿计划不能调整、非计划员不能提出；新增任务同任务表单的校验和范围；退回需原因")
    void validationAndScope() {
        long[] pt = publishedPlan(2043);
        long plan = pt[0];
        long taskId = pt[1];
        String amend = "/api/v1/plans/" + plan + "/amendments";
        HttpResponse<String> noReason = api("planner.d01", amend, """
                {"kind":"CHANGE_PERIOD","taskId":%d,"periodStart":"2043-06-01","periodEnd":"2043-05-01"}"""
                .formatted(taskId));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"reason\"").contains("\"field\":\"periodEnd\"")
                .contains("请填写调整原因");
        assertThat(api("planner.d01", amend, "{\"reason\":\"x\"}").body()).contains("plan.amendment.kind_required");
        assertThat(api("reviewer.d01", amend, "{\"kind\":\"CANCEL_TASK\",\"taskId\":" + taskId + ",\"reason\":\"x\"}")
                .statusCode()).isEqualTo(403);
        assertThat(api("planner.d02", amend, "{\"kind\":\"CANCEL_TASK\",\"taskId\":" + taskId + ",\"reason\":\"x\"}")
                .statusCode()).isEqualTo(404);
        long draft = id(api("planner.d02", "/api/v1/plans", "{\"year\":2043,\"title\":\"草稿\"}"));
        assertThat(api("planner.d02", "/api/v1/plans/" + draft + "/amendments",
                "{\"kind\":\"CANCEL_TASK\",\"taskId\":" + taskId + ",\"reason\":\"x\"}").statusCode()).isEqualTo(409);

        long item = PlanSupport.currentVersion(jdbc, "D01-TD-001");
        HttpResponse<String> badTask = api("planner.d01", amend, "{\"kind\":\"ADD_TASK\",\"reason\":\"专项整治\",\"task\":"
                + task(item, 2043, "新增任务").replace("\"teamSize\":2", "\"teamSize\":1") + "}");
        assertThat(badTask.statusCode()).isEqualTo(400);
        assertThat(badTask.body()).contains("\"field\":\"teamSize\"");
        HttpResponse<String> outside = api("planner.d01", amend, "{\"kind\":\"ADD_TASK\",\"reason\":\"专项整治\",\"task\":"
                + task(item, 2043, "越界任务").replace("\"ratioX\":3", "\"ratioX\":3,\"units\":[\"D02\"]") + "}");
        assertThat(outside.statusCode()).as(outside.body()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT count(*) FROM plan_amendment WHERE plan_id = ?").param(plan).query(Long.class)
                .single()).isZero();

        long add = id(api("planner.d01", amend, "{\"kind\":\"ADD_TASK\",\"reason\":\"群众举报集中，增加专项检查\",\"task\":"
                + task(item, 2043, "举报集中区域检查") + "}"));
        assertThat(new WebClient(port).get("/public/plans/" + plan).body()).doesNotContain("举报集中区域检查");
        assertThat(api("reviewer.d01", amend + "/" + add + "/return", "{\"reason\":\" \"}").statusCode()).isEqualTo(400);
        assertThat(api("reviewer.d01", amend + "/" + add + "/approve", null).statusCode()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM plan_task WHERE plan_id = ?").param(plan).query(Long.class).single())
                .isEqualTo(2);
        assertThat(new WebClient(port).get("/public/plans/" + plan).body()).contains("举报集中区域检查")
                .contains("群众举报集中，增加专项检查").contains("版本 2");

        // the same through the plan page's form: input kept on error, the reason required
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        assertThat(planner.get("/plans/" + plan).body()).contains("id=\"amendment-add-task\"");
        assertThat(planner.get("/plans/" + plan + "/amendments/task").body()).contains("id=\"amendment-task-form\"");
        Map<String, String> form = PlanSupport.taskForm(item, 2043);
        form.put("name", "网页提出的新增任务");
        form.put("units", "D01");
        HttpResponse<String> missing = planner.postForm("/plans/" + plan + "/amendments/task", form);
        assertThat(missing.statusCode()).isEqualTo(200);
        assertThat(missing.body()).contains("请填写调整原因").contains("网页提出的新增任务");
        form.put("reason", "年中新增举报线索");
        HttpResponse<String> sent = planner.postForm("/plans/" + plan + "/amendments/task", form);
        assertThat(sent.statusCode()).as(PlanSupport.errors(sent.body())).isEqualTo(302);
        assertThat(jdbc.sql("SELECT count(*) FROM plan_amendment WHERE plan_id = ? AND kind = 'ADD_TASK' "
                + "AND status = 'PROPOSED' AND reason = '年中新增举报线索'").param(plan).query(Long.class).single()).isOne();
        assertThat(WebClient.loggedIn(port, "reviewer.d02").get("/plans/" + plan + "/amendments/task").statusCode())
                .isIn(403, 404);

        long ret = id(api("planner.d01", amend, "{\"kind\":\"CANCEL_TASK\",\"taskId\":" + taskId + ",\"reason\":\"误报\"}"));
        assertThat(api("planner.d01", amend, "{\"kind\":\"CANCEL_TASK\",\"taskId\":" + taskId + ",\"reason\":\"再报\"}")
                .statusCode()).as("one pending amendment per task").isEqualTo(409);
        HttpResponse<String> returned = api("reviewer.d01", amend + "/" + ret + "/return", "{\"reason\":\"理由不充分\"}");
        assertThat(returned.body()).contains("\"status\":\"RETURNED\"").contains("理由不充分");
        assertThat(audits("PLAN_AMENDMENT_RETURNED", plan)).isEqualTo(1);
        assertThat(new WebClient(port).get("/public/plans/" + plan).body()).doesNotContain("误报")
                .doesNotContain("版本 3");
        assertThat(new WebClient(port).api("GET", amend, "reviewer.d01", null).body()).contains("理由不充分")
                .contains("\"kind\":\"ADD_TASK\"");
        // documented in OpenAPI's internal group, in Chinese (issue 21 item 3)
        assertThat(new WebClient(port).get("/v3/api-docs/internal", "application/json").body())
                .contains("\"/api/v1/plans/{id}/amendments\"").contains("对已公示的计划提出调整");
    }

    /** Announces and executes a draw of the task; returns its id. */
    private String drawn(long taskId) {
        WebClient client = new WebClient(port);
        HttpResponse<String> a = client.api("POST", "/api/v1/tasks/" + taskId + "/draws", "planner.d01",
                Beacons.declaration(client));
        assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        Matcher m = Pattern.compile("\"drawId\"\\s*:\\s*\"([^\"]+)\"").matcher(a.body());
        assertThat(m.find()).isTrue();
        String drawId = m.group(1);
        HttpResponse<String> e = Beacons.afterDeclaredMoments(client, () -> client.api("POST",
                "/api/v1/draws/" + drawId + "/execute", "planner.d01", "{\"beacon\":\"36142\"}"));
        assertThat(e.statusCode()).as(e.body()).isEqualTo(200);
        return drawId;
    }

    private long demoTask(int year) {
        List<Long> ids = demoPlans.publishedPlan("D01", year, "IT amendments " + year, List.of(new DemoPlans.DemoTask(
                "IT amended task " + year, 2, false, 5, "IT beacon source " + year, null)));
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    @Test
    @DisplayName("已抽取任务调整检查期限：抽取记录与抽查对象名单（frame.csv）原样不变")
    void drawnTaskKeepsItsFrame() {
        long taskId = demoTask(2036);
        String drawId = drawn(taskId);
        WebClient anon = new WebClient(port);
        String frame = anon.get("/public/draws/" + drawId + "/frame.csv").body();
        String record = anon.get("/public/draws/" + drawId + ".json").body();
        long plan = jdbc.sql("SELECT plan_id FROM plan_task WHERE id = ?").param(taskId).query(Long.class).single();
        LocalDate start = tasks.task(taskId).orElseThrow().periodStart();

        long amendment = id(api("planner.d01", "/api/v1/plans/" + plan + "/amendments",
                "{\"kind\":\"CHANGE_PERIOD\",\"taskId\":%d,\"periodStart\":\"%s\",\"periodEnd\":\"%s\",\"reason\":\"延长检查期限\"}"
                        .formatted(taskId, start.plusMonths(1), start.plusMonths(8))));
        assertThat(api("reviewer.d01", "/api/v1/plans/" + plan + "/amendments/" + amendment + "/approve", null)
                .statusCode()).isEqualTo(200);

        assertThat(tasks.task(taskId).orElseThrow().periodStart()).isEqualTo(start.plusMonths(1));
        assertThat(anon.get("/public/draws/" + drawId + "/frame.csv").body()).isEqualTo(frame);
        assertThat(anon.get("/public/draws/" + drawId + ".json").body()).isEqualTo(record);
        assertThat(jdbc.sql("SELECT count(*) FROM draw_announcement WHERE task_id = ?").param(taskId).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    @DisplayName("撤销已执行抽取的任务：经审核后公布（门户标注已撤销、版本写明抽取编号），计入抽取监督页面和 .xlsx；不能再抽取")
    void cancellingADrawnTaskCountsInOversight() throws Exception {
        long taskId = demoTask(2050);
        String drawId = drawn(taskId);
        long plan = jdbc.sql("SELECT plan_id FROM plan_task WHERE id = ?").param(taskId).query(Long.class).single();
        WebClient anon = new WebClient(port);
        assertThat(anon.get("/public/oversight?year=2050").body().replaceAll("\\s+", ""))
                .contains("<tdclass=\"fd-cancelled-after-draw\">0</td>");

        // through the plan page, as a planner and then a reviewer would
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        assertThat(planner.get("/plans/" + plan).body()).contains("id=\"amendment-form\"");
        planner.postForm("/plans/" + plan + "/amendments", Map.of("kind", "CANCEL_TASK", "taskId",
                String.valueOf(taskId), "reason", "被检查区域划入生态保护红线，停止本任务"));
        long amendment = jdbc.sql("SELECT id FROM plan_amendment WHERE plan_id = ?").param(plan).query(Long.class)
                .single();
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        assertThat(reviewer.get("/plans/" + plan).body()).contains("id=\"amendment-approve-" + amendment + "\"");
        reviewer.postForm("/plans/" + plan + "/amendments/" + amendment + "/approve", Map.of());
        assertThat(jdbc.sql("SELECT executed_draw_id FROM plan_amendment WHERE id = ?").param(amendment)
                .query(String.class).single()).isEqualTo(drawId);
        assertThat(audits("PLAN_AMENDMENT_APPROVED", plan)).isEqualTo(1);

        String portal = anon.get("/public/plans/" + plan).body();
        assertThat(portal).contains("fd-task-cancelled").contains("已撤销").contains("被检查区域划入生态保护红线")
                .contains(drawId);
        String oversight = anon.get("/public/oversight?year=2050").body().replaceAll("\\s+", "");
        assertThat(oversight).contains("oversight-D01-2050").contains("<tdclass=\"fd-cancelled-after-draw\">1</td>");

        HttpResponse<byte[]> xlsx = WebClient.loggedIn(port, "auditor").getBytes("/report/oversight.xlsx?year=2050");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(12)).isEqualTo("抽取后撤销任务");
            Row d01 = rows.stream().skip(1).filter(r -> "D01".equals(r.getCellText(0))).findFirst().orElseThrow();
            assertThat(d01.getCellText(12)).isEqualTo("1");
        }

        HttpResponse<String> again = anon.api("POST", "/api/v1/tasks/" + taskId + "/draws", "planner.d01",
                Beacons.declaration(anon));
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    @DisplayName("撤销已公告但未执行抽取的任务：之后执行该抽取被拒绝（409），抽取保持公告状态、不产生检查任务")
    void aCancelledTasksAnnouncedDrawIsNotExecuted() {
        long taskId = demoTask(2054);
        WebClient client = new WebClient(port);
        HttpResponse<String> a = client.api("POST", "/api/v1/tasks/" + taskId + "/draws", "planner.d01",
                Beacons.declaration(client));
        assertThat(a.statusCode()).as(a.body()).isEqualTo(201);
        Matcher m = Pattern.compile("\"drawId\"\\s*:\\s*\"([^\"]+)\"").matcher(a.body());
        assertThat(m.find()).isTrue();
        String drawId = m.group(1);
        long plan = jdbc.sql("SELECT plan_id FROM plan_task WHERE id = ?").param(taskId).query(Long.class).single();
        long amendment = id(api("planner.d01", "/api/v1/plans/" + plan + "/amendments",
                "{\"kind\":\"CANCEL_TASK\",\"taskId\":" + taskId + ",\"reason\":\"任务取消\"}"));
        assertThat(api("reviewer.d01", "/api/v1/plans/" + plan + "/amendments/" + amendment + "/approve", null)
                .statusCode()).isEqualTo(200);

        HttpResponse<String> e = Beacons.afterDeclaredMoments(client, () -> client.api("POST",
                "/api/v1/draws/" + drawId + "/execute", "planner.d01", "{\"beacon\":\"36142\"}"));
        assertThat(e.statusCode()).as(e.body()).isEqualTo(409);
        assertThat(e.body()).contains("已被计划调整撤销");
        assertThat(jdbc.sql("SELECT status FROM draw_announcement WHERE draw_id = ?").param(drawId).query(String.class)
                .single()).isEqualTo("ANNOUNCED");
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_visit WHERE draw_id = ?").param(drawId).query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT executed_draw_id FROM plan_task WHERE id = ?").param(taskId).query(String.class)
                .optional().orElse(null)).isNull();
    }
}
