package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.Beacons;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 人员配备充分条件（issue 17 item 5）：不满足时拒绝公告并指出单位、缺口和可通过的上限余量；审核人（非申请人）批准的越过
 * 申请可让公告通过，原因公开并计入抽取监督（issue 17 item 8）。
 */
@AppIT
class StaffingIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("不满足人员配备条件：拒绝公告（409），指出单位、缺口；越过须他人批准，公告后原因公开并计入抽取监督")
    void refusedWhenTheConditionFailsAndAnnouncedOnlyUnderAnApprovedOverride() {
        // Team of 12 against D01's roster: some entity has fewer than 12 + ⌊12·(n−1)/cap⌋ eligible inspectors.
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2088, 12, false, 3, null);
        WebClient client = new WebClient(port);
        HttpResponse<String> refused = client.api("POST", "/api/v1/tasks/" + taskId + "/draws", "planner.d01", Beacons.declaration(client));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        JsonNode body = JSON.readTree(refused.body());
        assertThat(body.get("code").stringValue()).isEqualTo("draw.staffing.insufficient");
        assertThat(body.get("message").stringValue()).containsPattern("人员配备不足，不能公告：D01\\S* 所辖检查对象 [0-9A-Z]{18}")
                .containsPattern("缺 [1-9][0-9]* 人");
        assertThat(jdbc.sql("SELECT count(*) FROM draw_announcement WHERE task_id = ?").param(taskId)
                .query(Integer.class).single()).isZero();

        HttpResponse<String> requested = client.api("POST", "/api/v1/tasks/" + taskId + "/staffing-overrides",
                "planner.d01", "{\"reason\":\"名录库人员不足，经集体研究按公开理由越过\"}");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        long id = JSON.readTree(requested.body()).get("overrideId").asLong();
        // Requested but not approved: still refused. The requester cannot approve; a planner is not a reviewer.
        assertThat(client.api("POST", "/api/v1/tasks/" + taskId + "/draws", "planner.d01", Beacons.declaration(client)).statusCode())
                .isEqualTo(409);
        assertThat(client.api("POST", "/api/v1/staffing-overrides/" + id + "/approve", "planner.d01", null)
                .statusCode()).isEqualTo(403);
        assertThat(client.api("POST", "/api/v1/staffing-overrides/" + id + "/approve", "reviewer.d02", null)
                .statusCode()).isEqualTo(404);
        assertThat(client.api("POST", "/api/v1/staffing-overrides/" + id + "/approve", "reviewer.d01", null)
                .statusCode()).isEqualTo(200);

        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");
        JsonNode record = JSON.readTree(client.get("/public/draws/" + drawId + ".json").body());
        JsonNode override = record.get("staffingOverride");
        assertThat(override.get("reason").stringValue()).isEqualTo("名录库人员不足，经集体研究按公开理由越过");
        assertThat(override.get("approvedBy").stringValue()).isEqualTo("reviewer.d01");
        assertThat(override.get("condition").stringValue()).contains("shortfall=");
        assertThat(client.get("/public/draws/" + drawId).body()).contains("staffing-override-used")
                .contains("名录库人员不足");
        // Used once: the next announcement of the task needs a new override.
        assertThat(client.api("POST", "/api/v1/tasks/" + taskId + "/draws", "planner.d01", Beacons.declaration(client)).statusCode())
                .isEqualTo(409);

        String oversight = client.get("/public/oversight?year=2088").body();
        assertThat(oversight).contains("oversight-D01-2088").contains(drawId);
        assertThat(oversight.replaceAll("\\s+", "")).contains("<tdclass=\"fd-mono\">D01</td><td>2088</td><td>1</td>"
                + "<td>0</td><td>0</td><td>0</td><td>1</td>");
    }

    @Test
    @DisplayName("满足条件的常规抽取照常公告，无越过记录")
    void aStaffableDrawIsAnnouncedWithoutOverride() {
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2089, 2, false, 3, null);
        WebClient client = new WebClient(port);
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");
        assertThat(JSON.readTree(client.get("/public/draws/" + drawId + ".json").body()).get("staffingOverride").isNull())
                .isTrue();
    }
}
