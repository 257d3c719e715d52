package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.organization.Role;
import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 计划与任务的 JSON 接口（DESIGN.md §5）：与表单相同的校验和范围；计划提交人不能审核自己的计划。 */
@AppIT
class PlanApiIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AccountService accounts;

    private HttpResponse<String> post(String user, String path, String json) {
        return new WebClient(port).api("POST", path, user, json);
    }

    private static long id(HttpResponse<String> r) {
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*(\\d+)").matcher(r.body());
        assertThat(m.find()).as(r.body()).isTrue();
        return Long.parseLong(m.group(1));
    }

    private long tasksOf(long plan) {
        return jdbc.sql("SELECT count(*) FROM plan_task WHERE plan_id = ?").param(plan).query(Long.class).single();
    }

    private long itemOf(String unit) {
        return jdbc.sql("SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id "
                + "WHERE i.unit_code = ? AND i.status <> 'RETIRED' ORDER BY v.id DESC LIMIT 1").param(unit)
                .query(Long.class).single();
    }

    private static String task(long item, String units, int teamSize) {
        return """
                {"name":"接口推送的任务","itemVersionIds":[%d],"teamSize":%d,"capSlack":1,"coolDownMonths":12,
                 "periodStart":"2098-04-01","periodEnd":"2098-10-31","beaconSource":"福彩3D 2098-04-02 开奖号码",
                 "units":[%s],"statuses":["ACTIVE"],"ratioA":3,"ratioB":3,"ratioC":6,"ratioD":9,"ratioX":3,
                 "minA":0,"minB":0,"minC":1,"minD":1,"minX":0}""".formatted(item, teamSize, units);
    }

    @Test
    @DisplayName("POST /api/v1/plans 与 /plans/{id}/tasks：201 返回 id；无效值 400 列出字段；范围外单位或事项 403，什么也不保存")
    void createsPlansAndTasksWithTheFormsRules() {
        HttpResponse<String> created = post("planner.d01", "/api/v1/plans", "{\"year\":2098,\"title\":\"接口计划\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long plan = id(created);
        assertThat(jdbc.sql("SELECT unit_code FROM plan_annual WHERE id = ?").param(plan).query(String.class).single())
                .isEqualTo("D01");
        HttpResponse<String> again = post("planner.d01", "/api/v1/plans", "{\"year\":2098,\"title\":\"重复\"}");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("\"field\":\"year\"");
        assertThat(post("reviewer.d01", "/api/v1/plans", "{\"year\":2075,\"title\":\"审核人不能建\"}").statusCode())
                .isEqualTo(403);

        String tasks = "/api/v1/plans/" + plan + "/tasks";
        long d01Item = PlanSupport.currentVersion(jdbc, "D01-TD-001");
        HttpResponse<String> invalid = post("planner.d01", tasks, task(d01Item, "\"D01\"", 1)
                .replace("\"periodEnd\":\"2098-10-31\"", "\"periodEnd\":\"2098-01-01\""));
        assertThat(invalid.statusCode()).as(invalid.body()).isEqualTo(400);
        assertThat(invalid.body()).contains("\"field\":\"teamSize\"").contains("检查人员不少于 2 人")
                .contains("\"field\":\"periodEnd\"");

        HttpResponse<String> foreignUnit = post("planner.d01", tasks, task(d01Item, "\"D01\",\"D02\"", 2));
        assertThat(foreignUnit.statusCode()).as(foreignUnit.body()).isEqualTo(403);
        assertThat(foreignUnit.body()).contains("\"field\":\"units\"").contains("抽查范围不能包含单位 D02");
        HttpResponse<String> foreignItem = post("planner.d01", tasks, task(itemOf("D02"), "\"D01\"", 2));
        assertThat(foreignItem.statusCode()).as(foreignItem.body()).isEqualTo(403);
        assertThat(foreignItem.body()).contains("\"field\":\"itemVersionIds\"");
        assertThat(post("planner.d02", tasks, task(itemOf("D02"), "\"D02\"", 2)).statusCode())
                .as("another division's plan is not visible").isEqualTo(404);
        assertThat(post("reviewer.d01", tasks, task(d01Item, "\"D01\"", 2)).statusCode()).isEqualTo(403);
        assertThat(tasksOf(plan)).isZero();

        HttpResponse<String> ok = post("planner.d01", tasks, task(d01Item, "\"D01\"", 3));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        long taskId = id(ok);
        assertThat(jdbc.sql("SELECT team_size FROM plan_task WHERE id = ? AND plan_id = ?").params(taskId, plan)
                .query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT ratio_bp FROM plan_task_ratio WHERE task_id = ? AND stratum = 'C'").param(taskId)
                .query(Integer.class).single()).isEqualTo(600);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_type = 'task' AND target_id = ? "
                + "AND action = 'TASK_CREATED' AND actor = 'planner.d01'").param(String.valueOf(taskId))
                .query(Long.class).single()).isOne();

        // documented in OpenAPI (DESIGN.md §4: springdoc), in the internal group and in Chinese (issue 21 item 3)
        assertThat(new WebClient(port).get("/v3/api-docs/internal", "application/json").body()).contains("\"/api/v1/plans\"")
                .contains("\"/api/v1/plans/{id}/tasks\"").contains("在草稿计划中添加抽查任务");
    }

    @Test
    @DisplayName("职责分离：同时持有计划员和审核人角色的账号不能审核自己提交的计划（403），另一审核人可以")
    void submitterNeverApproves() {
        accounts.seed("planner-reviewer.d01", "计划兼审核", "D01", Set.of(Role.PLANNER, Role.REVIEWER),
                WebClient.DEMO_PASSWORD);
        String both = "planner-reviewer.d01";
        long plan = id(post(both, "/api/v1/plans", "{\"year\":2076,\"title\":\"兼职计划\"}"));
        assertThat(post(both, "/api/v1/plans/" + plan + "/tasks",
                task(PlanSupport.currentVersion(jdbc, "D01-TD-001"), "\"D01\"", 2)).statusCode()).isEqualTo(201);
        assertThat(post(both, "/api/v1/plans/" + plan + "/submit", null).statusCode()).isEqualTo(200);

        HttpResponse<String> self = post(both, "/api/v1/plans/" + plan + "/approve", null);
        assertThat(self.statusCode()).as(self.body()).isEqualTo(403);
        assertThat(self.body()).contains("plan.approve.own_submission").contains("不能审核自己提交的计划");
        WebClient ui = WebClient.loggedIn(port, both);
        ui.get("/plans/" + plan);
        ui.postForm("/plans/" + plan + "/approve", java.util.Map.of());
        assertThat(ui.get("/plans/" + plan).body()).contains("不能审核自己提交的计划");
        assertThat(jdbc.sql("SELECT status FROM plan_annual WHERE id = ?").param(plan).query(String.class).single())
                .isEqualTo("SUBMITTED");

        assertThat(post("reviewer.d01", "/api/v1/plans/" + plan + "/approve", "{\"coverageReason\":\"IT: below the catalog floor\"}").body())
                .contains("\"status\":\"APPROVED\"");
    }
}
