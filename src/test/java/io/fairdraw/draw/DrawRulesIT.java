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
import tools.jackson.databind.node.ObjectNode;

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
    @DisplayName("检查人员不足：抽取失败即终局并公开（随机数、秘密值、种子、对象和规则），不再执行；Verify.java 复核失败成立；伪造的失败被识破")
    void failedDrawIsFinalPublicAndCheckable() throws IOException {
        // Team of 20 against a roster smaller than 20: rule "roster" runs out, whatever the secret.
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2032, 20, false, 3, null);
        WebClient client = new WebClient(port);
        DrawFixtures.overrideStaffing(client, taskId, "D01");
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");
        HttpResponse<String> failed = DrawFixtures.execute(client, drawId, "planner.d01", DrawFixtures.BEACON);

        assertThat(failed.statusCode()).isEqualTo(409);
        JsonNode body = JSON.readTree(failed.body());
        assertThat(body.get("code").stringValue()).isEqualTo("draw.failed");
        assertThat(body.get("message").stringValue()).containsPattern("检查对象 [0-9A-Z]{18} 按“检查人员总数”规则")
                .contains("需要 20 名").contains("不能再次执行");
        JsonNode record = JSON.readTree(client.get("/public/draws/" + drawId + ".json").body());
        assertThat(record.get("status").stringValue()).isEqualTo("FAILED");
        assertThat(record.get("beacon").stringValue()).isEqualTo(DrawFixtures.BEACON);
        assertThat(record.get("secret").stringValue()).hasSize(64);
        assertThat(record.get("seed").stringValue()).hasSize(64);
        assertThat(record.get("failure").get("rule").stringValue()).isEqualTo("roster");
        assertThat(record.has("selected")).as("no selection").isFalse();
        assertThat(count("SELECT count(*) FROM draw_selection WHERE draw_id = ?", drawId)).isZero();
        assertThat(count("SELECT count(*) FROM inspection_visit WHERE draw_id = ?", drawId)).isZero();
        String audit = jdbc.sql("SELECT summary FROM audit_entry WHERE target_id = ? AND action = 'DRAW_FAILED'")
                .param(drawId).query(String.class).single();
        assertThat(audit).contains("beacon=" + DrawFixtures.BEACON).contains("rule roster").contains("needed 20");

        // Never executed again, whatever the beacon.
        HttpResponse<String> again = DrawFixtures.execute(client, drawId, "planner.d01", DrawFixtures.BEACON);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).get("code").stringValue()).isEqualTo("draw.failed.final");
        assertThat(client.get("/public/draws/" + drawId).body()).contains("抽取失败（已公开，不再执行）")
                .contains(record.get("secret").stringValue());

        // The recomputed failure is the published one; a failure claimed on another entity or rule is not.
        Path dir = download(client, drawId);
        VerifierRun ok = VerifierRun.runAll(List.of(DrawEndToEndIT.full(dir))).get(0);
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).contains("OK   the draw fails as published: entity "
                + record.get("failure").get("uscc").stringValue() + " rule roster runs out");
        Path forged = copyWith(dir, "forged-rule", r -> ((ObjectNode) r.get("failure")).put("rule", "cap"));
        VerifierRun wrongRule = VerifierRun.runAll(List.of(DrawEndToEndIT.full(forged))).get(0);
        assertThat(wrongRule.exit()).as(wrongRule.output()).isEqualTo(1);
        assertThat(wrongRule.output()).contains("FAIL failure: the record says entity ");

        // A new draw is a new announcement with a new commitment (under a new override: one is used
        // by one announcement); the failed one stays as it was.
        DrawFixtures.overrideStaffing(client, taskId, "D01");
        String next = DrawFixtures.announce(client, taskId, "planner.d01");
        assertThat(next).isEqualTo("2032-D01-T01-2");
        JsonNode nextRecord = JSON.readTree(client.get("/public/draws/" + next + ".json").body());
        assertThat(nextRecord.get("commitment").stringValue()).isNotEqualTo(record.get("commitment").stringValue());
        assertThat(JSON.readTree(client.get("/public/draws/" + drawId + ".json").body()).get("status").stringValue())
                .isEqualTo("FAILED");
        // The public task page lists both draws with their outcome.
        long planId = jdbc.sql("SELECT plan_id FROM plan_task WHERE id = ?").param(taskId).query(Long.class).single();
        assertThat(client.get("/public/plans/" + planId).body())
                .contains("data-draw=\"" + drawId + "\" data-status=\"FAILED\"")
                .contains("data-draw=\"" + next + "\" data-status=\"ANNOUNCED\"");
    }

    @Test
    @DisplayName("把已执行抽取的记录改写成“失败”并编造失败原因：Verify.java 重新计算后拒绝")
    void aFailureClaimedOnAStaffableDrawIsRejected() throws IOException {
        long taskId = DrawFixtures.publishedTask(plans, "D01", 2061, 2, false, 3, null);
        WebClient client = new WebClient(port);
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");
        assertThat(DrawFixtures.execute(client, drawId, "planner.d01", DrawFixtures.BEACON).statusCode()).isEqualTo(200);
        Path dir = download(client, drawId);
        String uscc = JSON.readTree(Files.readString(dir.resolve("record.json"))).get("selected").get(0).get("uscc")
                .stringValue();
        Path forged = copyWith(dir, "forged", r -> DrawFixtures.claimFailure(r, uscc, "cap"));
        VerifierRun run = VerifierRun.runAll(List.of(DrawEndToEndIT.full(forged))).get(0);
        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("FAIL failure: the record says entity " + uscc + " rule cap, re-running "
                + "section 2b gives no failure, every team can be staffed").contains("OK   seed matches");
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
    @DisplayName("演示数据：公告时声明骰子、公布时刻后执行；例行和联合抽取（有替换）对任何秘密值都能配齐检查组，第三个抽取每次都失败；全部公开且复核通过")
    void demoDrawsArePublishedAndVerify() throws IOException {
        WebClient client = new WebClient(port);
        String list = client.get("/public/draws.json").body();
        assertThat(list).contains("\"drawId\":\"2026-D01-T01-1\"").contains("\"drawId\":\"2026-D01-T02-1\"")
                .contains("\"drawId\":\"2026-D01-T03-1\"");
        JsonNode joint = JSON.readTree(client.get("/public/draws/2026-D01-T02-1.json").body());
        assertThat(joint.get("substitutions").size()).isEqualTo(1);
        assertThat(joint.get("crossOrg").asBoolean()).isTrue();
        // The joint frame holds both units' entities (the selection of ~9 may, rarely, come from one).
        assertThat(client.get("/public/draws/2026-D01-T02-1/orgs.csv").body()).contains(",D01\n").contains(",D02\n");
        for (String drawId : List.of("2026-D01-T01-1", "2026-D01-T02-1", "2026-D01-T03-1")) {
            JsonNode record = JSON.readTree(client.get("/public/draws/" + drawId + ".json").body());
            assertThat(record.get("status").stringValue()).as(drawId)
                    .isEqualTo(drawId.endsWith("T03-1") ? "FAILED" : "EXECUTED");
            // Announced before the dice moment, executed after it (FD-DRAW-1 §1).
            JsonNode declared = record.get("beaconDeclaration").get(0);
            assertThat(declared.get("code").stringValue()).isEqualTo("DICE");
            java.time.OffsetDateTime moment = java.time.OffsetDateTime.parse(declared.get("availableAt").stringValue());
            assertThat(java.time.OffsetDateTime.parse(record.get("announcedAt").stringValue())).isBefore(moment);
            assertThat(java.time.OffsetDateTime.parse(record.get("executedAt").stringValue())).isAfterOrEqualTo(moment);
            Path dir = download(client, drawId);
            VerifierRun run = VerifierRun.runAll(List.of(DrawEndToEndIT.full(dir))).get(0);
            assertThat(run.exit()).as(run.output()).isZero();
            if (!drawId.endsWith("T03-1")) {
                // Same outcome on every fresh start: the sufficient staffing condition holds for every entity.
                assertThat(staffingShortfalls(dir)).as(drawId).isEmpty();
            }
        }
        assertThat(JSON.readTree(client.get("/public/draws/2026-D01-T03-1.json").body()).get("failure").get("rule")
                .stringValue()).isEqualTo("roster");
        assertThat(client.get("/public/draws/2026-D01-T02-1").body()).contains("检查人员因病不能参加");
        // Issue 17, demo: the substitution was requested by the planner and approved by the reviewer; the
        // failed draw was announced under a two-person staffing override, both public.
        JsonNode request = joint.get("substitutionRequests").get(0);
        assertThat(request.get("reason").stringValue()).isEqualTo("ILLNESS");
        assertThat(request.get("status").stringValue()).isEqualTo("APPROVED");
        assertThat(request.get("requestedBy").stringValue()).isEqualTo("planner.d01");
        assertThat(request.get("decidedBy").stringValue()).isEqualTo("reviewer.d01");
        JsonNode override = JSON.readTree(client.get("/public/draws/2026-D01-T03-1.json").body()).get("staffingOverride");
        assertThat(override.get("requestedBy").stringValue()).isEqualTo("planner.d01");
        assertThat(override.get("approvedBy").stringValue()).isEqualTo("reviewer.d01");
        assertThat(client.get("/public/draws/2026-D01-T03-1").body()).contains("staffing-override-used");
    }

    /**
     * The frame entities (of strata with a non-zero sample) for which the staffing condition fails:
     * eligible(e) − ⌊T·(n−1)/cap⌋ ≥ T, eligible(e) the roster minus e's conflicts and, under
     * cross-office, minus e's org (issue 17 item 5). Empty: no secret can make the draw fail.
     */
    static List<String> staffingShortfalls(Path dir) throws IOException {
        JsonNode record = JSON.readTree(Files.readString(dir.resolve("record.json")));
        int team = record.get("team").asInt();
        int n = 0;
        java.util.Set<String> sampled = new java.util.HashSet<>();
        for (JsonNode s : record.get("strata").values()) {
            n += s.get("sample").asInt();
            if (s.get("sample").asInt() > 0) {
                sampled.add(s.get("stratum").stringValue());
            }
        }
        List<String[]> roster = Files.readAllLines(dir.resolve("roster.csv")).stream().map(l -> l.split(",")).toList();
        java.util.Set<String> conflicts = new java.util.HashSet<>(Files.readAllLines(dir.resolve("conflicts.csv")));
        java.util.Map<String, String> orgOf = new java.util.HashMap<>();
        Files.readAllLines(dir.resolve("orgs.csv")).forEach(l -> orgOf.put(l.split(",")[0], l.split(",")[1]));
        int cap = (team * n + roster.size() - 1) / roster.size() + record.get("capSlack").asInt();
        int busy = team * (n - 1) / cap;
        List<String> shortfalls = new java.util.ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve("frame.csv"))) {
            String[] f = line.split(",");
            if (!sampled.contains(f[1])) {
                continue;
            }
            long eligible = roster.stream().filter(i -> !conflicts.contains(i[0] + "," + f[0]))
                    .filter(i -> !record.get("crossOrg").asBoolean() || !i[1].equals(orgOf.get(f[0]))).count();
            if (eligible - busy < team) {
                shortfalls.add(f[0] + " eligible " + eligible + " busy " + busy + " (n " + n + ", roster "
                        + roster.size() + ", cap " + cap + ")");
            }
        }
        return shortfalls;
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

    private Path copyWith(Path dir, String name, java.util.function.Consumer<ObjectNode> change) throws IOException {
        Path copy = Files.createDirectories(temp.resolve(name));
        for (String file : List.of("frame.csv", "orgs.csv", "roster.csv", "conflicts.csv")) {
            Files.copy(dir.resolve(file), copy.resolve(file));
        }
        ObjectNode record = (ObjectNode) JSON.readTree(Files.readString(dir.resolve("record.json")));
        change.accept(record);
        Files.writeString(copy.resolve("record.json"), JSON.writeValueAsString(record));
        return copy;
    }

    private int count(String sql, String drawId) {
        return jdbc.sql(sql).param(drawId).query(Integer.class).single();
    }
}
