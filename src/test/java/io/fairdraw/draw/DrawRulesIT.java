package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.draw.domain.SelectionCopy;
import io.fairdraw.draw.protocol.SelectedEntity;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.VerifierRun;
import io.fairdraw.support.WebClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 抽取失败不留结果只留审计（替换见 SubstitutionIT）；数据范围；回避关系和人员名单仅监督员可下载。 */
@AppIT
class DrawRulesIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactionManager;

    @TempDir
    Path temp;

    @Test
    // A COPY left open would hang the rollback: fail then rather than wait.
    @Timeout(value = 60, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    @DisplayName("抽取结果边抽边写入：中途失败时已发送的行全部撤销；成功时按抽取顺序完整保存")
    void selectionIsStoredWhileDrawnAllOrNothing() {
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2037, 2, false, 3, null);
        String drawId = DrawFixtures.announce(new WebClient(port), taskId, "planner.d01");
        // 2,000 rows of ~150 bytes: sent to the database in several chunks before the end.
        List<SelectedEntity> rows = IntStream.range(0, 2_000).mapToObj(i -> new SelectedEntity(
                String.format("91650000MA%08X", i), "A", "%064x".formatted(i), "D01", List.of("XJ-1", "XJ-2"))).toList();
        TransactionTemplate tx = new TransactionTemplate(transactionManager);

        assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
            try (SelectionCopy copy = new SelectionCopy(dataSource, drawId)) {
                rows.forEach(copy::add);
                throw new IllegalStateException("the draw failed after 2,000 teams");
            }
        })).hasMessage("the draw failed after 2,000 teams");
        assertThat(count("SELECT count(*) FROM draw_selection WHERE draw_id = ?", drawId)).isZero();

        tx.executeWithoutResult(status -> {
            try (SelectionCopy copy = new SelectionCopy(dataSource, drawId)) {
                rows.forEach(copy::add);
                assertThat(copy.finish()).isEqualTo(2_000);
            }
            assertThat(jdbc.sql("SELECT uscc FROM draw_selection WHERE draw_id = ? ORDER BY order_no").param(drawId)
                    .query(String.class).list()).containsExactlyElementsOf(rows.stream().map(SelectedEntity::uscc).toList());
            status.setRollbackOnly();   // the announced draw stays as it was
        });
        assertThat(count("SELECT count(*) FROM draw_selection WHERE draw_id = ?", drawId)).isZero();
    }

    @Test
    @DisplayName("抽取公告不可删除：抽取结果不靠逐行外键检查也不会指向不存在的抽取")
    void announcementsAreNeverDeleted() {
        // draw_selection.draw_id has no foreign key (V20261222_1000): this trigger is what keeps it true.
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2038, 2, false, 3, null);
        String drawId = DrawFixtures.announce(new WebClient(port), taskId, "planner.d01");

        assertThatThrownBy(() -> jdbc.sql("DELETE FROM draw_announcement WHERE draw_id = ?").param(drawId).update())
                .hasStackTraceContaining("draw announcements are kept for good: DELETE is refused");
        assertThat(count("SELECT count(*) FROM draw_announcement WHERE draw_id = ?", drawId)).isOne();
    }

    @Test
    @DisplayName("检查人员不足：抽取失败，只留审计记录，提示指明检查对象和规则")
    void failedDrawPersistsNothingButTheAuditEntry() {
        // Team of 20 against a roster of the D01 inspectors (no joint pool on a routine task): rule "roster" runs out.
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2032, 20, false, 3, null);
        WebClient client = new WebClient(port);
        DrawFixtures.overrideStaffing(client, taskId, "D01");
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");
        HttpResponse<String> failed = DrawFixtures.execute(client, drawId, "planner.d01", "IT 7");

        assertThat(failed.statusCode()).isEqualTo(409);
        JsonNode body = JSON.readTree(failed.body());
        assertThat(body.get("code").stringValue()).isEqualTo("draw.failed");
        assertThat(body.get("message").stringValue()).containsPattern("检查对象 [0-9A-Z]{18} 按“检查人员总数”规则")
                .contains("需要 20 名").contains("未保存任何结果");
        JsonNode record = JSON.readTree(client.get("/public/draws/" + drawId + ".json").body());
        assertThat(record.get("status").stringValue()).isEqualTo("ANNOUNCED");
        assertThat(record.has("secret")).isFalse();
        assertThat(count("SELECT count(*) FROM draw_selection WHERE draw_id = ?", drawId)).isZero();
        assertThat(count("SELECT count(*) FROM inspection_visit WHERE draw_id = ?", drawId)).isZero();
        String audit = jdbc.sql("SELECT summary FROM audit_entry WHERE target_id = ? AND action = 'DRAW_FAILED'")
                .param(drawId).query(String.class).single();
        assertThat(audit).contains("beacon=IT 7").contains("rule roster").contains("needed 20");
    }

    @Test
    @DisplayName("数据范围：第二师计划管理员不能公告或执行第一师的抽取，审核人不能执行；非监督员不能下载名单")
    void onlyTheLeadUnitsPlannerActsAndOnlyAuditorsDownloadRosters() {
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2034, 2, false, 3, null);
        WebClient client = new WebClient(port);
        assertThat(client.api("POST", "/api/v1/tasks/" + taskId + "/draws", "planner.d02", null).statusCode())
                .isEqualTo(404);
        assertThat(client.api("POST", "/api/v1/tasks/" + taskId + "/draws", "reviewer.d01", null).statusCode())
                .isEqualTo(403);
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");
        assertThat(DrawFixtures.execute(client, drawId, "planner.d02", "IT x").statusCode()).isEqualTo(404);
        assertThat(DrawFixtures.execute(client, drawId, "reviewer.d01", "IT x").statusCode()).isEqualTo(403);
        assertThat(count("SELECT count(*) FROM draw_selection WHERE draw_id = ?", drawId)).isZero();

        String roster = "/api/v1/draws/" + drawId + "/roster.csv";
        assertThat(client.api("GET", roster, null, null).statusCode()).isEqualTo(401);
        assertThat(client.api("GET", roster, "planner.d01", null).statusCode()).isEqualTo(403);
        assertThat(client.api("GET", "/api/v1/draws/" + drawId + "/conflicts.csv", "admin", null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> auditor = client.api("GET", roster, "auditor", null);
        assertThat(auditor.statusCode()).isEqualTo(200);
        // A division's own routine task: no joint-pool inspector on its roster (DESIGN.md §2, RosterRulesIT).
        assertThat(auditor.body()).contains("XJ-D01-001,D01\n").doesNotContain("XJ-BT-KC-01");
        assertThat(WebClient.loggedIn(port, "planner.d01").get("/audit/draws/" + drawId + "/roster.csv").statusCode())
                .isEqualTo(403);
        assertThat(WebClient.loggedIn(port, "auditor").getBytes("/audit/draws/" + drawId + "/conflicts.csv")
                .statusCode()).isEqualTo(200);
        // The public record names no roster member before execution and never the secret.
        String record = new WebClient(port).get("/public/draws/" + drawId + ".json").body();
        assertThat(record).doesNotContain("\"secret\"").doesNotContain("XJ-D01-001");
    }

    @Test
    @DisplayName("演示数据：第一师两次已执行的抽取（其中一次联合抽查、一次有替换）公开且复核通过")
    void demoDrawsArePublishedAndVerify() throws IOException {
        WebClient client = new WebClient(port);
        String list = client.get("/public/draws.json").body();
        assertThat(list).contains("\"drawId\":\"2026-D01-T01-1\"").contains("\"drawId\":\"2026-D01-T02-1\"");
        JsonNode joint = JSON.readTree(client.get("/public/draws/2026-D01-T02-1.json").body());
        assertThat(joint.get("substitutions").size()).isEqualTo(1);
        assertThat(joint.get("crossOrg").asBoolean()).isTrue();
        assertThat(joint.get("selected").findValuesAsString("orgCode")).contains("D01", "D02");
        for (String drawId : List.of("2026-D01-T01-1", "2026-D01-T02-1")) {
            VerifierRun run = VerifierRun.runAll(List.of(DrawEndToEndIT.full(download(client, drawId)))).get(0);
            assertThat(run.exit()).as(run.output()).isZero();
        }
        assertThat(client.get("/public/draws/2026-D01-T02-1").body()).contains("检查人员因病不能参加");
    }

    private Path download(WebClient client, String drawId) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(drawId));
        Files.writeString(dir.resolve("record.json"), client.get("/public/draws/" + drawId + ".json").body());
        Files.write(dir.resolve("frame.csv"), client.getBytes("/public/draws/" + drawId + "/frame.csv").body());
        Files.write(dir.resolve("orgs.csv"), client.getBytes("/public/draws/" + drawId + "/orgs.csv").body());
        Files.writeString(dir.resolve("roster.csv"),
                client.api("GET", "/api/v1/draws/" + drawId + "/roster.csv", "auditor", null).body());
        Files.writeString(dir.resolve("conflicts.csv"),
                client.api("GET", "/api/v1/draws/" + drawId + "/conflicts.csv", "auditor", null).body());
        return dir;
    }

    private int count(String sql, String drawId) {
        return jdbc.sql(sql).param(drawId).query(Integer.class).single();
    }
}
