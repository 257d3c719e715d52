package io.fairdraw.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 年度计划的每一步流转及谁可以操作：角色或单位不对 403/404，状态不对给出明确原因；每一步记入审计日志。 */
@AppIT
class PlanWorkflowIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.fairdraw.organization.domain.AccountService accounts;

    private HttpResponse<String> api(String user, String path, String json) {
        return new WebClient(port).api("POST", path, user, json);
    }

    private long audits(long planId, String action, String actor) {
        return jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_type = 'plan' AND target_id = ? AND action = ? "
                + "AND actor = ?").params(String.valueOf(planId), action, actor).query(Long.class).single();
    }

    @Test
    @DisplayName("提交、退回（保留原因）、再提交、审核、公示；每一步的角色、单位和状态校验")
    void transitions() {
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        long plan = PlanSupport.createPlan(planner, 2041);
        String base = "/api/v1/plans/" + plan;

        // no task yet: a clear refusal
        HttpResponse<String> empty = api("planner.d01", base + "/submit", null);
        assertThat(empty.statusCode()).isEqualTo(409);
        assertThat(empty.body()).contains("还没有抽查任务");
        PlanSupport.createTask(planner, plan, PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-TD-001"), 2041));

        assertThat(api("reviewer.d01", base + "/submit", null).statusCode()).as("wrong role").isEqualTo(403);
        assertThat(api("planner.d02", base + "/submit", null).statusCode()).as("other division: not visible")
                .isEqualTo(404);
        HttpResponse<String> early = api("reviewer.d01", base + "/approve", null);
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("计划当前状态为“草稿”，不能审核通过");

        assertThat(api("planner.d01", base + "/submit", null).body()).contains("\"status\":\"SUBMITTED\"");
        assertThat(api("planner.d01", base + "/submit", null).statusCode()).isEqualTo(409);
        assertThat(api("planner.d01", base + "/approve", null).statusCode()).as("planner cannot approve").isEqualTo(403);

        HttpResponse<String> noReason = api("reviewer.d01", base + "/return", "{\"reason\":\"  \"}");
        assertThat(noReason.statusCode()).isEqualTo(409);
        assertThat(noReason.body()).contains("退回时必须填写原因");
        HttpResponse<String> returned = api("reviewer.d01", base + "/return", "{\"reason\":\"C类比例应不低于10%\"}");
        assertThat(returned.body()).contains("\"status\":\"DRAFT\"").contains("C类比例应不低于10%");
        assertThat(planner.get("/plans/" + plan).body()).contains("计划已被退回，原因：C类比例应不低于10%");

        assertThat(api("planner.d01", base + "/submit", null).statusCode()).isEqualTo(200);
        assertThat(api("reviewer.d02", base + "/approve", null).statusCode()).as("reviewer of another unit")
                .isEqualTo(404);
        assertThat(api("reviewer.d01", base + "/publish", null).statusCode()).as("publish before approval")
                .isEqualTo(409);
        assertThat(api("reviewer.d01", base + "/approve", "{\"coverageReason\":\"IT: below the catalog floor\"}").body()).contains("\"status\":\"APPROVED\"");
        assertThat(api("reviewer.d01", base + "/publish", null).body()).contains("\"status\":\"PUBLISHED\"");

        assertThat(audits(plan, "PLAN_CREATED", "planner.d01")).isEqualTo(1);
        assertThat(audits(plan, "PLAN_SUBMITTED", "planner.d01")).isEqualTo(2);
        assertThat(audits(plan, "PLAN_RETURNED", "reviewer.d01")).isEqualTo(1);
        assertThat(audits(plan, "PLAN_APPROVED", "reviewer.d01")).isEqualTo(1);
        assertThat(audits(plan, "PLAN_PUBLISHED", "reviewer.d01")).isEqualTo(1);
        assertThat(jdbc.sql("SELECT summary FROM audit_entry WHERE target_id = ? AND action = 'PLAN_RETURNED'")
                .param(String.valueOf(plan)).query(String.class).single()).contains("C类比例应不低于10%");
    }

    @Test
    @DisplayName("兵团局机关可查看师市计划但不能替其审核（403）；一个单位一年只有一份计划")
    void bureauReadsButCannotAct() {
        accounts.seed("reviewer.bt-kc", "矿产处审核人", "BT-KC", Set.of(io.fairdraw.organization.Role.REVIEWER),
                WebClient.DEMO_PASSWORD);
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        long plan = PlanSupport.createPlan(planner, 2042);
        PlanSupport.createTask(planner, plan, PlanSupport.taskForm(PlanSupport.currentVersion(jdbc, "D01-TD-002"), 2042));
        api("planner.d01", "/api/v1/plans/" + plan + "/submit", null);
        WebClient c = new WebClient(port);
        assertThat(c.api("GET", "/api/v1/plans/" + plan, "reviewer.bt-kc", null).statusCode()).isEqualTo(200);
        assertThat(api("reviewer.bt-kc", "/api/v1/plans/" + plan + "/approve", null).statusCode()).isEqualTo(403);

        planner.get("/plans");
        HttpResponse<String> again = planner.postForm("/plans", Map.of("year", "2042", "title", "重复"));
        assertThat(planner.get(again.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""))
                .body()).contains("2042 年度的计划已存在");
    }
}
