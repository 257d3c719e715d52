package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 事项决定范围（issue 19 第 8 项）：事项的监管领域缩小抽查对象名单，除非计划管理员明确扩大；表单、预览、任务接口和公示都一致。 */
@AppIT
class ScopeFollowsItemsIT {

    /** One task cannot meet every item's published floor (issue 19 item 1): the reviewer says why. */
    static final String COVERAGE_REASON = "{\"coverageReason\":\"IT: one task of the year\"}";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tasks tasks;

    private int activeD01(String field) {
        return jdbc.sql("SELECT count(*) FROM registry_entity WHERE unit_code = 'D01' AND status = 'ACTIVE' "
                + "AND (?::text IS NULL OR field = ?::text)").params(field, field).query(Integer.class).single();
    }

    /** Left out by the item's field: counted before the status rule, so whatever their status. */
    private int notMineralD01() {
        return jdbc.sql("SELECT count(*) FROM registry_entity WHERE unit_code = 'D01' AND field <> 'MINERAL'")
                .query(Integer.class).single();
    }

    private int frameSize(long task) {
        return tasks.frame(task, LocalDate.now(ZoneId.of("Asia/Shanghai"))).entries().size();
    }

    private static String previewTotal(String html) {
        Matcher m = Pattern.compile("id=\"preview-frame-total\">(\\d+)<").matcher(html);
        assertThat(m.find()).as(html).isTrue();
        return m.group(1);
    }

    private static long id(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    @DisplayName("表单与预览：矿产事项只抽矿产主体，明确扩大后抽全部；与任务自身的领域条件同时适用")
    void formAndPreview() {
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        long plan = PlanSupport.createPlan(planner, 2058);
        Map<String, String> form = PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-KC-001"), 2058);
        form.put("coolDownMonths", "0");
        int mineral = activeD01("MINERAL");
        int all = activeD01(null);
        assertThat(mineral).isPositive().isLessThan(all);

        // the live preview of the form as typed
        planner.get("/plans/" + plan + "/tasks/new");
        assertThat(previewTotal(planner.postForm("/plans/" + plan + "/tasks/preview", form).body()))
                .isEqualTo(String.valueOf(mineral));
        Map<String, String> wide = new java.util.LinkedHashMap<>(form);
        wide.put("widenScope", "true");
        assertThat(previewTotal(planner.postForm("/plans/" + plan + "/tasks/preview", wide).body()))
                .isEqualTo(String.valueOf(all));

        long narrow = PlanSupport.createTask(planner, plan, form);
        assertThat(frameSize(narrow)).isEqualTo(mineral);
        assertThat(tasks.frame(narrow, LocalDate.now(ZoneId.of("Asia/Shanghai"))).excluded()
                .get(ExclusionRule.ITEM_FIELD)).isEqualTo(notMineralD01());
        String page = planner.get("/tasks/" + narrow).body();
        assertThat(page).contains("data-widened=\"false\"").contains("范围随事项").contains("data-field=\"MINERAL\"")
                .contains("监管领域不属于所选事项的领域（范围随事项）：" + notMineralD01() + " 户");
        // the edit form keeps the choice
        assertThat(planner.get("/tasks/" + narrow + "/edit").body()).containsPattern("name=\"widenScope\"[^>]*>");

        long widened = PlanSupport.createTask(planner, plan, wide);
        assertThat(frameSize(widened)).isEqualTo(all);
        assertThat(planner.get("/tasks/" + widened).body()).contains("data-widened=\"true\"").contains("已明确扩大范围");

        // together with the task's own field filter: a land filter and a mineral item leave nobody
        Map<String, String> both = new java.util.LinkedHashMap<>(form);
        both.put("fields", "LAND");
        assertThat(frameSize(PlanSupport.createTask(planner, plan, both))).isZero();
    }

    @Test
    @DisplayName("任务接口：不传 widenScope 时范围随事项，传 true 时明确扩大；任务 JSON 和公示计划注明")
    void taskApiAndPublicPlan() {
        WebClient api = new WebClient(port);
        long plan = id(api.api("POST", "/api/v1/plans", "planner.d01", "{\"year\":2059,\"title\":\"范围随事项\"}"));
        String body = """
                {"name":"%s","itemVersionIds":[%d],"teamSize":2,"capSlack":1,"coolDownMonths":0,%s
                 "periodStart":"2059-04-01","periodEnd":"2059-10-31","beaconSource":"福彩3D 开奖号码",
                 "ratioA":3,"ratioB":3,"ratioC":6,"ratioD":9,"ratioX":3}""";
        long item = PlanSupport.currentVersion(jdbc, "D01-KC-001");
        HttpResponse<String> n = api.api("POST", "/api/v1/plans/" + plan + "/tasks", "planner.d01",
                body.formatted("矿产随事项", item, ""));
        assertThat(n.statusCode()).as(n.body()).isEqualTo(201);
        HttpResponse<String> w = api.api("POST", "/api/v1/plans/" + plan + "/tasks", "planner.d01",
                body.formatted("矿产扩大范围", item, "\"widenScope\":true,"));
        assertThat(w.statusCode()).as(w.body()).isEqualTo(201);

        String narrow = api.api("GET", "/api/v1/tasks/" + id(n), "planner.d01", null).body();
        assertThat(narrow).contains("\"widenScope\":false").contains("\"itemFields\":[\"MINERAL\"]")
                .contains("\"size\":" + activeD01("MINERAL") + ",")
                .contains("\"ITEM_FIELD\":" + notMineralD01() + ",");
        String wide = api.api("GET", "/api/v1/tasks/" + id(w), "planner.d01", null).body();
        assertThat(wide).contains("\"widenScope\":true").contains("\"size\":" + activeD01(null) + ",")
                .contains("\"ITEM_FIELD\":0");
        assertThat(frameSize(id(n))).isEqualTo(activeD01("MINERAL"));
        // another unit's planner does not read it
        assertThat(api.api("GET", "/api/v1/tasks/" + id(n), "planner.d02", null).statusCode()).isIn(403, 404);

        for (String[] step : new String[][] {{"planner.d01", "submit"}, {"reviewer.d01", "approve"},
                {"reviewer.d01", "publish"}}) {
            HttpResponse<String> r = api.api("POST", "/api/v1/plans/" + plan + "/" + step[1], step[0],
                    step[1].equals("approve") ? COVERAGE_REASON : null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        }
        String published = new WebClient(port).get("/public/plans/" + plan).body();
        assertThat(published).contains("data-widened=\"false\"").contains("data-widened=\"true\"")
                .contains("范围随事项").contains("已明确扩大范围");
    }
}
