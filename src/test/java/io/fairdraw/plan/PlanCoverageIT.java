package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * 问题 19 第 1、7 项：抽查比例和频次按年度执行（低于清单要求须审核人说明原因并公示），不定向任务不得抽取 0 个，
 * 定向任务公示原因，专项抽查为 SPECIAL 计划并同样审核、公示。表单与任务接口两条路径都测。
 */
@AppIT
class PlanCoverageIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALL_ITEMS = "D01-TD-001,D01-TD-002,D01-TD-003,D01-KC-001,D01-KC-002";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private HttpResponse<String> api(String user, String path, String json) {
        return new WebClient(port).api("POST", path, user, json);
    }

    private static long id(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private String items(String codes) {
        return String.join(",", java.util.Arrays.stream(codes.split(","))
                .map(c -> String.valueOf(PlanSupport.currentVersion(jdbc, c))).toList());
    }

    private static String task(String items, int year, String ratio, String extra) {
        return """
                {"name":"比例频次测试任务","itemVersionIds":[%s],"teamSize":2,"capSlack":1,"coolDownMonths":0,"widenScope":true,
                 "periodStart":"%d-04-01","periodEnd":"%d-10-31","beaconSource":"福彩3D %d 开奖号码",
                 "statuses":["ACTIVE"],"ratioA":%s,"ratioB":%s,"ratioC":%s,"ratioD":%s,"ratioX":%s,
                 "minA":0,"minB":0,"minC":0,"minD":0,"minX":0%s}"""
                .formatted(items, year, year, year, ratio, ratio, ratio, ratio, ratio, extra);
    }

    private JsonNode coverage(long plan, String item) {
        JsonNode body = JSON.readTree(new WebClient(port).api("GET", "/api/v1/plans/" + plan, "reviewer.d01", null).body());
        for (JsonNode row : body.get("coverage")) {
            if (row.get("item").stringValue().equals(item)) {
                return row;
            }
        }
        throw new AssertionError(item + " not in " + body);
    }

    @Test
    @DisplayName("任务接口：年度任务低于事项比例时不能审核通过；填写原因后通过，原因在公示计划上")
    void belowShareBlocksApprovalThroughTheApi() {
        long plan = id(api("planner.d01", "/api/v1/plans", "{\"year\":2011,\"title\":\"2011 比例测试\"}"));
        // D01-TD-001 publishes 5 % a year: one task at 1 % leaves it short.
        HttpResponse<String> t = api("planner.d01", "/api/v1/plans/" + plan + "/tasks",
                task(items("D01-TD-001"), 2011, "1", ""));
        assertThat(t.statusCode()).as(t.body()).isEqualTo(201);
        JsonNode row = coverage(plan, "D01-TD-001");
        assertThat(row.get("requiredPercent").decimalValue()).isEqualByComparingTo("5");
        assertThat(row.get("frameSize").intValue()).isPositive();
        assertThat(row.get("plannedPercent").decimalValue()).isLessThan(new java.math.BigDecimal("5"));
        assertThat(row.get("plannedFrequency").intValue()).isEqualTo(1);
        assertThat(row.get("belowFloor").booleanValue()).isTrue();
        assertThat(coverage(plan, "D01-KC-002").get("plannedFrequency").intValue()).as("an item no task covers").isZero();

        assertThat(api("planner.d01", "/api/v1/plans/" + plan + "/submit", null).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = api("reviewer.d01", "/api/v1/plans/" + plan + "/approve", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"coverageReason\"")
                .contains("plan.approve.coverage_reason_required").contains("D01-TD-001").contains("低于抽查事项清单公布的要求");
        assertThat(api("reviewer.d01", "/api/v1/plans/" + plan + "/approve", "{\"coverageReason\":\"  \"}").statusCode())
                .isEqualTo(400);
        assertThat(jdbc.sql("SELECT status FROM plan_annual WHERE id = ?").param(plan).query(String.class).single())
                .isEqualTo("SUBMITTED");

        HttpResponse<String> approved = api("reviewer.d01", "/api/v1/plans/" + plan + "/approve",
                "{\"coverageReason\":\"2011 年土地事项下半年专项补足\"}");
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"").contains("2011 年土地事项下半年专项补足");
        assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE target_id = ? AND action = 'PLAN_APPROVED'")
                .param(String.valueOf(plan)).query(String.class).single()).contains("2011 年土地事项下半年专项补足");
        api("reviewer.d01", "/api/v1/plans/" + plan + "/publish", null);
        String portal = new WebClient(port).get("/public/plans/" + plan).body();
        // dates as yyyy-MM-dd, not the zh-CN short style 2011/4/1 (spring.mvc.format.date=iso)
        assertThat(portal).contains("2011-04-01 ~ 2011-10-31").doesNotContain("2011/4/1");
        assertThat(portal).contains("审核人记录的原因：2011 年土地事项下半年专项补足").contains("不定向抽查");
    }

    @Test
    @DisplayName("频次：清单要求每年 2 次的事项只有 1 个任务覆盖时不能无原因审核通过")
    void belowFrequencyBlocksApproval() {
        long plan = id(api("planner.d02", "/api/v1/plans", "{\"year\":2011,\"title\":\"2011 频次测试\"}"));
        // D02-CH-002: 5 %, twice a year. One task at 100 % meets the share, not the frequency.
        assertThat(api("planner.d02", "/api/v1/plans/" + plan + "/tasks", task(items("D02-CH-002"), 2011, "100", ""))
                .statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(new WebClient(port).api("GET", "/api/v1/plans/" + plan, "reviewer.d02", null).body());
        JsonNode row = null;
        for (JsonNode r : body.get("coverage")) {
            if (r.get("item").stringValue().equals("D02-CH-002")) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.get("requiredFrequency").intValue()).isEqualTo(2);
        assertThat(row.get("plannedFrequency").intValue()).isEqualTo(1);
        api("planner.d02", "/api/v1/plans/" + plan + "/submit", null);
        HttpResponse<String> refused = api("reviewer.d02", "/api/v1/plans/" + plan + "/approve", null);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("D02-CH-002");
    }

    @Test
    @DisplayName("所有事项达到比例和频次（C、D 类可高于 A 类）时无需原因即可审核通过")
    void meetingEveryFloorNeedsNoReason() {
        long plan = id(api("planner.d01", "/api/v1/plans", "{\"year\":2055,\"title\":\"2055 达标\"}"));
        // every item the unit has in force now: other tests of this suite add D01 items of their own,
        // with floors of their own, so the ratios and the number of tasks follow the highest floor
        List<String> all = new java.util.ArrayList<>();
        double top = 10;
        int times = 1;
        for (JsonNode row : JSON.readTree(new WebClient(port).api("GET", "/api/v1/plans/" + plan, "reviewer.d01", null)
                .body()).get("coverage")) {
            all.add(row.get("item").stringValue());
            top = Math.max(top, row.get("requiredPercent").asDouble());
            times = Math.max(times, row.get("requiredFrequency").asInt());
        }
        assertThat(all).contains(ALL_ITEMS.split(","));
        int a = (int) Math.ceil(top);
        // 差异化监管: A at the highest floor, C and D higher; the total holds for every item.
        String body = task(items(String.join(",", all)), 2055, String.valueOf(a), "")
                .replace("\"ratioC\":" + a + ",", "\"ratioC\":" + Math.min(100, 2 * a) + ",")
                .replace("\"ratioD\":" + a + ",", "\"ratioD\":" + Math.min(100, 3 * a) + ",");
        for (int i = 0; i < times; i++) {
            assertThat(api("planner.d01", "/api/v1/plans/" + plan + "/tasks", body).statusCode()).isEqualTo(201);
        }
        for (String code : all) {
            assertThat(coverage(plan, code).get("belowFloor").booleanValue()).as(code).isFalse();
        }
        api("planner.d01", "/api/v1/plans/" + plan + "/submit", null);
        HttpResponse<String> approved = api("reviewer.d01", "/api/v1/plans/" + plan + "/approve", null);
        assertThat(approved.body()).contains("\"status\":\"APPROVED\"").contains("\"coverageReason\":null");
    }

    @Test
    @DisplayName("表单：计划页列出要求与计划的比例、频次；无原因审核被拒（中文提示），填写原因后通过并公示")
    void belowFloorThroughTheForms() {
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        long plan = PlanSupport.createPlan(planner, 2013);
        Map<String, String> f = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-TD-001"), 2013);
        f.put("widenScope", "true");   // the whole frame, as the shares below are counted on (issue 19 item 8)
        for (String s : List.of("A", "B", "C", "D", "X")) {
            f.put("ratio" + s, "1");
        }
        PlanSupport.createTask(planner, plan, f);
        String page = planner.get("/plans/" + plan).body();
        assertThat(page).contains("id=\"coverage-table\"").contains("清单要求比例").contains("比例不足").contains("频次不足");
        planner.postForm("/plans/" + plan + "/submit", Map.of());

        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        assertThat(reviewer.get("/plans/" + plan).body()).contains("id=\"coverage-reason-input\"");
        reviewer.postForm("/plans/" + plan + "/approve", Map.of());
        String refused = reviewer.get("/plans/" + plan).body();
        assertThat(refused).contains("低于抽查事项清单公布的要求").contains("D01-TD-001");
        assertThat(jdbc.sql("SELECT status FROM plan_annual WHERE id = ?").param(plan).query(String.class).single())
                .isEqualTo("SUBMITTED");
        reviewer.postForm("/plans/" + plan + "/approve", Map.of("coverageReason", "表单填写：年度中期增补任务"));
        reviewer.postForm("/plans/" + plan + "/publish", Map.of());
        assertThat(reviewer.get("/plans/" + plan).body()).contains("表单填写：年度中期增补任务");
        assertThat(new WebClient(port).get("/public/plans/" + plan).body())
                .contains("id=\"portal-coverage-reason\"").contains("表单填写：年度中期增补任务");
    }

    @Test
    @DisplayName("不定向任务抽取总数为 0 被拒：接口 400 指明字段，表单给出中文提示并保留输入；定向任务可为 0，原因公示")
    void zeroSampleRefusedUnlessTargeted() {
        long plan = id(api("planner.d01", "/api/v1/plans", "{\"year\":2014,\"title\":\"2014 任务类型\"}"));
        HttpResponse<String> zero = api("planner.d01", "/api/v1/plans/" + plan + "/tasks",
                task(items("D01-TD-001"), 2014, "0", ""));
        assertThat(zero.statusCode()).as(zero.body()).isEqualTo(400);
        assertThat(zero.body()).contains("\"field\":\"ratioA\"").contains("\"code\":\"task.sample.zero\"")
                .contains("不定向抽查任务的抽取总数为 0");
        HttpResponse<String> noReason = api("planner.d01", "/api/v1/plans/" + plan + "/tasks",
                task(items("D01-TD-001"), 2014, "0", ",\"type\":\"TARGETED\""));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("\"field\":\"typeReason\"").contains("task.type.reason_required");
        assertThat(jdbc.sql("SELECT count(*) FROM plan_task WHERE plan_id = ?").param(plan).query(Long.class).single())
                .isZero();
        // 定向: D-class only (严重违法失信 all, the others at zero), with its reason.
        HttpResponse<String> targeted = api("planner.d01", "/api/v1/plans/" + plan + "/tasks",
                task(items("D01-TD-001"), 2014, "0", ",\"seriousAll\":true,\"type\":\"TARGETED\","
                        + "\"typeReason\":\"仅抽查信用风险 D 类主体\""));
        assertThat(targeted.statusCode()).as(targeted.body()).isEqualTo(201);
        HttpResponse<String> targetedZero = api("planner.d01", "/api/v1/plans/" + plan + "/tasks",
                task(items("D01-TD-002"), 2014, "0", ",\"type\":\"TARGETED\",\"typeReason\":\"被标记主体，另行名单\""));
        assertThat(targetedZero.statusCode()).as(targetedZero.body()).isEqualTo(201);

        // The form: Chinese message, the input kept.
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        Map<String, String> f = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-TD-001"), 2014);
        f.put("name", "表单零比例任务");
        for (String s : List.of("A", "B", "C", "D", "X")) {
            f.put("ratio" + s, "0");
        }
        planner.get("/plans/" + plan + "/tasks/new");
        HttpResponse<String> form = planner.postForm("/plans/" + plan + "/tasks", f);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("不定向抽查任务的抽取总数为 0").contains("value=\"表单零比例任务\"");
        f.put("type", "TARGETED");
        f.put("typeReason", "表单：仅抽查被标记主体");
        long formTask = PlanSupport.createTask(planner, plan, f);
        assertThat(planner.get("/tasks/" + formTask).body()).contains("定向抽查").contains("表单：仅抽查被标记主体");

        api("planner.d01", "/api/v1/plans/" + plan + "/submit", null);
        api("reviewer.d01", "/api/v1/plans/" + plan + "/approve", "{\"coverageReason\":\"定向为主的年度\"}");
        api("reviewer.d01", "/api/v1/plans/" + plan + "/publish", null);
        String portal = new WebClient(port).get("/public/plans/" + plan).body();
        assertThat(portal).contains("定向抽查").contains("仅抽查信用风险 D 类主体").contains("被标记主体，另行名单")
                .contains("表单：仅抽查被标记主体");
    }

    @Test
    @DisplayName("专项抽查：POST /api/v1/plans kind=SPECIAL，与年度计划并存，经审核并公示，公示页显示“专项抽查”")
    void specialPlanIsReviewedAndPublished() {
        long annual = id(api("planner.d01", "/api/v1/plans", "{\"year\":2015,\"title\":\"2015 年度\"}"));
        HttpResponse<String> second = api("planner.d01", "/api/v1/plans", "{\"year\":2015,\"title\":\"重复年度\"}");
        assertThat(second.statusCode()).isEqualTo(400);
        HttpResponse<String> created = api("planner.d01", "/api/v1/plans",
                "{\"year\":2015,\"title\":\"2015 违法占地专项整治抽查\",\"kind\":\"SPECIAL\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long special = id(created);
        assertThat(special).isNotEqualTo(annual);
        assertThat(api("planner.d01", "/api/v1/plans", "{\"year\":2015,\"title\":\"x\",\"kind\":\"SOMETIMES\"}").body())
                .contains("\"field\":\"kind\"");
        assertThat(api("planner.d01", "/api/v1/plans/" + special + "/tasks", task(items("D01-TD-001"), 2015, "2", ""))
                .statusCode()).isEqualTo(201);
        assertThat(api("planner.d01", "/api/v1/plans/" + special + "/submit", null).body()).contains("\"kind\":\"SPECIAL\"");
        // A special campaign is outside the annual plan: no annual floor, but still reviewed.
        assertThat(api("planner.d01", "/api/v1/plans/" + special + "/approve", null).statusCode()).isEqualTo(403);
        assertThat(api("reviewer.d01", "/api/v1/plans/" + special + "/approve", null).body())
                .contains("\"status\":\"APPROVED\"");
        assertThat(api("reviewer.d01", "/api/v1/plans/" + special + "/publish", null).body())
                .contains("\"status\":\"PUBLISHED\"");
        String portal = new WebClient(port).get("/public/plans/" + special).body();
        assertThat(portal).contains("id=\"portal-plan-kind\"").contains("专项抽查").contains("2015 违法占地专项整治抽查");
        assertThat(new WebClient(port).get("/public/plans").body()).contains("2015 违法占地专项整治抽查");
        // Its published task counts towards the unit's year: the annual plan sees it.
        assertThat(coverage(annual, "D01-TD-001").get("plannedFrequency").intValue()).isEqualTo(1);
    }

    @Test
    @DisplayName("演示数据：第一师 2026 年度计划含一个定向任务，原因公示；公示的抽取页显示任务类型")
    void demoHasATargetedTaskAndPublicPagesShowTypes() {
        Long plan = jdbc.sql("SELECT id FROM plan_annual WHERE unit_code = 'D01' AND year = 2026 AND kind = 'ANNUAL'")
                .query(Long.class).optional().orElse(null);
        assertThat(plan).as("demo plan D01 2026").isNotNull();
        List<Map<String, Object>> targeted = jdbc.sql("SELECT code, type_reason FROM plan_task WHERE plan_id = ? "
                + "AND task_type = 'TARGETED'").param(plan).query().listOfRows();
        assertThat(targeted).hasSize(1);
        assertThat(targeted.get(0).get("code")).as("T01-T03 keep their draws").isEqualTo("T04");
        String reason = (String) targeted.get(0).get("type_reason");
        assertThat(new WebClient(port).get("/public/plans/" + plan).body()).contains("定向抽查").contains(reason)
                .contains("不定向抽查");
        String list = new WebClient(port).get("/public/draws").body();
        assertThat(list).contains("不定向抽查");
        String drawId = jdbc.sql("SELECT d.draw_id FROM draw_announcement d JOIN plan_task t ON t.id = d.task_id "
                + "WHERE t.plan_id = ? ORDER BY d.draw_id LIMIT 1").param(plan).query(String.class).single();
        assertThat(new WebClient(port).get("/public/draws/" + drawId).body()).contains("id=\"draw-task-type\"")
                .contains("不定向抽查");
    }
}
