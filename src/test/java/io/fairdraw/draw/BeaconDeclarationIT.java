package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.Beacons;
import io.fairdraw.support.MovableClock;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 公开随机数公告时声明（FD-DRAW-1 §1，issue 17）：来源须在清单中、公布时刻须晚于公告；公布时刻前不能执行，
 * 之后不能作废公告；只接受符合来源格式的值；声明随公开记录公开。
 */
@AppIT
class BeaconDeclarationIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MovableClock clock;

    @Test
    @DisplayName("公告：来源不在清单中、公布时刻不晚于现在或未声明 → 400，什么也不保存")
    void anUnknownSourceOrAPastMomentIsRefused() {
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2064, 2, false, 3, null);
        WebClient client = new WebClient(port);
        String path = "/api/v1/tasks/" + taskId + "/draws";
        HttpResponse<String> unknown = client.api("POST", path, "planner.d01",
                Beacons.declaration("NOPE", "2026088", Instant.now().plusSeconds(3600)));
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(400);
        assertThat(code(unknown)).isEqualTo("draw.beacon.source.unknown");
        assertThat(unknown.body()).contains("NOPE");
        HttpResponse<String> past = client.api("POST", path, "planner.d01",
                Beacons.declaration(Beacons.DICE, "3", Instant.now().minusSeconds(60)));
        assertThat(past.statusCode()).as(past.body()).isEqualTo(400);
        assertThat(code(past)).isEqualTo("draw.beacon.available_at.not_future");
        HttpResponse<String> none = client.api("POST", path, "planner.d01", null);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(400);
        assertThat(code(none)).isEqualTo("draw.beacon.declaration.required");
        assertThat(jdbc.sql("SELECT count(*) FROM draw_announcement WHERE task_id = ?").param(taskId)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("公布时刻前执行 → 409；之前可作废重新公告；之后格式不符 → 400，作废 → 409，符合格式 → 执行；声明公开")
    void theDeclaredMomentAndFormatAreEnforced() {
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2065, 2, false, 3, null);
        WebClient client = new WebClient(port);
        String path = "/api/v1/tasks/" + taskId + "/draws";
        Instant moment = Instant.now().plusSeconds(3600);
        String first = DrawFixtures.drawId(created(client.api("POST", path, "planner.d01",
                Beacons.declaration(Beacons.DICE, "第 3 次公开抽取会", moment))).body());
        HttpResponse<String> early = DrawFixtures.execute(client, first, "planner.d01", "36142");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(code(early)).isEqualTo("draw.beacon.too_early");
        assertThat(early.body()).contains("第 3 次公开抽取会");

        // Before the moment the announcement may still be voided by a new one (重新公告).
        String second = DrawFixtures.drawId(created(client.api("POST", path, "planner.d01",
                Beacons.declaration(Beacons.DICE, "第 4 次公开抽取会", moment))).body());
        assertThat(status(client, first)).isEqualTo("SUPERSEDED");
        try {
            clock.advance(Duration.ofHours(1).plusMinutes(1));
            HttpResponse<String> malformed = DrawFixtures.execute(client, second, "planner.d01", "3614");
            assertThat(malformed.statusCode()).as(malformed.body()).isEqualTo(400);
            assertThat(code(malformed)).isEqualTo("draw.beacon.format");
            assertThat(malformed.body()).contains("公开抽取会现场骰子（公证）").contains("DICE").contains("[1-6]{5}");
            HttpResponse<String> seven = DrawFixtures.execute(client, second, "planner.d01", "36172");
            assertThat(seven.statusCode()).as(seven.body()).isEqualTo(400);

            HttpResponse<String> voiding = client.api("POST", path, "planner.d01",
                    Beacons.declaration(Beacons.DICE, "第 5 次公开抽取会", Instant.now(clock).plusSeconds(3600)));
            assertThat(voiding.statusCode()).as(voiding.body()).isEqualTo(409);
            assertThat(code(voiding)).isEqualTo("draw.void.too_late");
            assertThat(status(client, second)).isEqualTo("ANNOUNCED");

            HttpResponse<String> executed = DrawFixtures.execute(client, second, "planner.d01", "36142");
            assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);
        } finally {
            clock.reset();
        }
        JsonNode record = JSON.readTree(client.get("/public/draws/" + second + ".json").body());
        assertThat(record.get("beacon").stringValue()).isEqualTo("36142");
        JsonNode declared = record.get("beaconDeclaration").get(0);
        assertThat(declared.get("code").stringValue()).isEqualTo("DICE");
        assertThat(declared.get("name").stringValue()).isEqualTo("公开抽取会现场骰子（公证）");
        assertThat(declared.get("event").stringValue()).isEqualTo("第 4 次公开抽取会");
        assertThat(declared.get("availableAt").stringValue()).endsWith("+08:00");
        assertThat(declared.get("link").stringValue()).isNotBlank();
        assertThat(record.get("beaconSource").stringValue()).isEqualTo("DICE 第 4 次公开抽取会");
        assertThat(client.get("/public/draws/" + second).body()).contains("id=\"beacon-declaration\"")
                .contains("第 4 次公开抽取会");
    }

    @Test
    @DisplayName("两个来源：随机数为按声明顺序以“ | ”连接的两个值，各自符合格式")
    void severalSourcesAreJoinedInDeclaredOrder() {
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2066, 2, false, 3, null);
        WebClient client = new WebClient(port);
        Instant moment = Instant.now().plusSeconds(2);
        String body = "{\"beacon\":[{\"source\":\"FC3D\",\"event\":\"2066088\",\"availableAt\":\"" + moment
                + "\"},{\"source\":\"DICE\",\"event\":\"第 1 次\",\"availableAt\":\"" + moment + "\"}]}";
        String drawId = DrawFixtures.drawId(created(client.api("POST", "/api/v1/tasks/" + taskId + "/draws",
                "planner.d01", body)).body());
        Beacons.afterMoment(client, moment, () -> {
            HttpResponse<String> one = DrawFixtures.execute(client, drawId, "planner.d01", "5 1 9");
            assertThat(one.statusCode()).as(one.body()).isEqualTo(400);
            assertThat(code(one)).isEqualTo("draw.beacon.parts");
            HttpResponse<String> swapped = DrawFixtures.execute(client, drawId, "planner.d01", "36142 | 5 1 9");
            assertThat(swapped.statusCode()).as(swapped.body()).isEqualTo(400);
            HttpResponse<String> ok = DrawFixtures.execute(client, drawId, "planner.d01", "5 1 9 | 36142");
            assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
            return null;
        });
    }

    @Test
    @DisplayName("系统管理员维护来源清单：新增来源；格式不是有效正则时提示并保留输入")
    void theAdministratorMaintainsTheSources() {
        WebClient admin = WebClient.loggedIn(port, "admin");
        admin.get("/admin/beacon-sources");
        HttpResponse<String> bad = admin.postForm("/admin/beacon-sources", Map.of("code", "XQ4", "name", "IT 四位数",
                "location", "https://example.org/xq4", "format", "([0-9]"));
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/beacon-sources").body()).contains("格式不是有效的正则表达式").contains("value=\"([0-9]\"");
        assertThat(admin.postForm("/admin/beacon-sources", Map.of("code", "XQ4", "name", "IT 四位数",
                "location", "https://example.org/xq4", "format", "[0-9]{4}")).statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/beacon-sources").body()).contains("data-code=\"XQ4\"").contains("[0-9]{4}");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'BEACON_SOURCE_CREATED' AND target_id = 'XQ4'")
                .query(Long.class).single()).isOne();
    }

    private static HttpResponse<String> created(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return r;
    }

    private static String code(HttpResponse<String> r) {
        return JSON.readTree(r.body()).get("code").stringValue();
    }

    private static String status(WebClient client, String drawId) {
        return JSON.readTree(client.get("/public/draws/" + drawId + ".json").body()).get("status").stringValue();
    }
}
