package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.VerifierRun;
import io.fairdraw.support.WebClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * 检查人员替换须两人经手（issue 17 item 6）：计划管理员申请、本单位审核人（非申请人）批准后才生效；原因取自固定列表，
 * 请假、回避须有名录依据；每个席位只替换一次；检查记录开始后不能替换；申请、批准、驳回全部公开。
 */
@AppIT
class SubstitutionIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path temp;

    record Drawn(String drawId, String uscc, String out) {
    }

    private Drawn executed(WebClient client, int year) throws IOException {
        long taskId = DrawFixtures.publishedTask(plans, "D01", year, 2, false, 3, null);
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");
        HttpResponse<String> done = DrawFixtures.execute(client, drawId, "planner.d01", "IT " + year);
        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        JsonNode first = record(client, drawId).get("selected").get(0);
        return new Drawn(drawId, first.get("uscc").stringValue(), first.get("inspectors").get(0).stringValue());
    }

    @Test
    @DisplayName("申请不改变任何结果；审核人批准后按 §3 替换，记录、检查任务与 Verify.java 一致，申请与批准均公开")
    void aRequestChangesNothingUntilApprovedThenRecordAndVerifierAgree() throws IOException {
        WebClient client = new WebClient(port);
        Drawn d = executed(client, 2084);
        List<String> teamBefore = team(d.drawId(), d.uscc());

        HttpResponse<String> requested = request(client, "planner.d01", d, "ILLNESS", "因病住院");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        long requestId = JSON.readTree(requested.body()).get("requestId").asLong();
        JsonNode pending = record(client, d.drawId());
        assertThat(pending.get("substitutions").size()).isZero();
        assertThat(pending.get("substitutionRequests").get(0).get("status").stringValue()).isEqualTo("REQUESTED");
        assertThat(team(d.drawId(), d.uscc())).isEqualTo(teamBefore);
        assertThat(count("SELECT count(*) FROM draw_substitution WHERE draw_id = ?", d.drawId())).isZero();

        HttpResponse<String> approved = client.api("POST", "/api/v1/substitution-requests/" + requestId + "/approve",
                "reviewer.d01", null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        String in = JSON.readTree(approved.body()).get("in").stringValue();
        assertThat(in).isNotEqualTo(d.out());

        JsonNode record = record(client, d.drawId());
        JsonNode substitution = record.get("substitutions").get(0);
        assertThat(substitution.get("out").stringValue()).isEqualTo(d.out());
        assertThat(substitution.get("in").stringValue()).isEqualTo(in);
        assertThat(substitution.get("reason").stringValue()).isEqualTo("ILLNESS: 因病住院");
        JsonNode decided = record.get("substitutionRequests").get(0);
        assertThat(decided.get("status").stringValue()).isEqualTo("APPROVED");
        assertThat(decided.get("requestedBy").stringValue()).isEqualTo("planner.d01");
        assertThat(decided.get("decidedBy").stringValue()).isEqualTo("reviewer.d01");
        assertThat(team(d.drawId(), d.uscc())).contains(in).doesNotContain(d.out());
        assertThat(count("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action = 'DRAW_SUBSTITUTION'",
                d.drawId())).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action = 'DRAW_SUBSTITUTION_REQUESTED'",
                d.drawId())).isEqualTo(1);

        VerifierRun run = VerifierRun.runAll(List.of(DrawEndToEndIT.full(download(client, d.drawId())))).get(0);
        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains("OK   substitution 1 on " + d.uscc() + ": " + d.out() + " -> " + in);
        String page = client.get("/public/draws/" + d.drawId()).body();
        assertThat(page).contains("substitution-request-" + requestId).contains("已批准").contains("因病住院");
    }

    @Test
    @DisplayName("原因须取自列表；“其他”须写说明；请假须有申请前登记的请假，回避须有已申报的回避；驳回公开")
    void reasonsComeFromTheListAndAreBacked() throws IOException {
        WebClient client = new WebClient(port);
        Drawn d = executed(client, 2085);
        for (String reason : new String[] {"因病不能参加", "", "illness"}) {
            HttpResponse<String> r = request(client, "planner.d01", d, reason, "x");
            assertThat(r.statusCode()).as(reason).isEqualTo(400);
            assertThat(r.body()).contains("draw.substitution.reason_invalid");
        }
        assertThat(request(client, "planner.d01", d, "OTHER", " ").body()).contains("draw.substitution.text_required");
        HttpResponse<String> leave = request(client, "planner.d01", d, "LEAVE", "");
        assertThat(leave.statusCode()).isEqualTo(400);
        assertThat(leave.body()).contains("draw.substitution.leave_unbacked");
        HttpResponse<String> conflict = request(client, "planner.d01", d, "CONFLICT", "");
        assertThat(conflict.statusCode()).isEqualTo(400);
        assertThat(conflict.body()).contains("draw.substitution.conflict_unbacked");
        assertThat(count("SELECT count(*) FROM draw_substitution_request WHERE draw_id = ?", d.drawId())).isZero();

        // A leave entered (before the request) in the directory backs 请假.
        jdbc.sql("INSERT INTO inspector_leave (inspector_id, start_date, end_date, reason, created_at) "
                + "VALUES (?, current_date, current_date + 3, 'IT', now() - interval '1 minute')").param(d.out()).update();
        HttpResponse<String> backed = request(client, "planner.d01", d, "LEAVE", "");
        assertThat(backed.statusCode()).as(backed.body()).isEqualTo(202);
        long id = JSON.readTree(backed.body()).get("requestId").asLong();
        jdbc.sql("DELETE FROM inspector_leave WHERE inspector_id = ? AND reason = 'IT'").param(d.out()).update();

        HttpResponse<String> refused = client.api("POST", "/api/v1/substitution-requests/" + id + "/refuse",
                "reviewer.d01", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        JsonNode record = record(client, d.drawId());
        assertThat(record.get("substitutions").size()).isZero();
        assertThat(record.get("substitutionRequests").get(0).get("status").stringValue()).isEqualTo("REFUSED");
        assertThat(client.api("POST", "/api/v1/substitution-requests/" + id + "/approve", "reviewer.d01", null)
                .statusCode()).isEqualTo(409);
    }

    @Test
    @DisplayName("每个席位只替换一次：已替换的席位（含替补人员）再申请被拒；同一席位不能有两个待审申请")
    void aSlotIsSubstitutedAtMostOnce() throws IOException {
        WebClient client = new WebClient(port);
        Drawn d = executed(client, 2086);
        long id = JSON.readTree(request(client, "planner.d01", d, "DUTY", "").body()).get("requestId").asLong();
        HttpResponse<String> twice = request(client, "planner.d01", d, "ILLNESS", "");
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(twice.body()).contains("draw.substitution.slot_used");

        String in = JSON.readTree(client.api("POST", "/api/v1/substitution-requests/" + id + "/approve", "reviewer.d01",
                null).body()).get("in").stringValue();
        HttpResponse<String> chain = request(client, "planner.d01", new Drawn(d.drawId(), d.uscc(), in), "ILLNESS", "");
        assertThat(chain.statusCode()).as(chain.body()).isEqualTo(409);
        assertThat(chain.body()).contains("draw.substitution.slot_used");
        HttpResponse<String> again = request(client, "planner.d01", d, "ILLNESS", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(record(client, d.drawId()).get("substitutions").size()).isEqualTo(1);
    }

    @Test
    @DisplayName("同一账号（兼任计划管理员与审核人）不能批准自己的申请；检查记录开始后不能再申请")
    void theRequesterNeverApprovesAndNoneAfterTheRecordStarted() throws IOException {
        String both = "it.sub.both";
        if (count("SELECT count(*) FROM org_account WHERE username = ?", both) == 0) {
            long account = jdbc.sql("INSERT INTO org_account (username, display_name, unit_code, password_hash) "
                    + "SELECT ?, 'IT planner+reviewer', 'D01', password_hash FROM org_account WHERE username = 'planner.d01' "
                    + "RETURNING id").param(both).query(Long.class).single();
            jdbc.sql("INSERT INTO org_account_role (account_id, role) VALUES (?, 'PLANNER'), (?, 'REVIEWER')")
                    .params(account, account).update();
        }
        WebClient client = new WebClient(port);
        Drawn d = executed(client, 2087);
        HttpResponse<String> requested = request(client, both, d, "ILLNESS", "");
        assertThat(requested.statusCode()).as(requested.body()).isEqualTo(202);
        long id = JSON.readTree(requested.body()).get("requestId").asLong();
        assertThat(client.api("POST", "/api/v1/substitution-requests/" + id + "/approve", both, null).statusCode())
                .isEqualTo(403);
        assertThat(client.api("POST", "/api/v1/substitution-requests/" + id + "/refuse", both, null).statusCode())
                .isEqualTo(403);
        assertThat(client.api("POST", "/api/v1/substitution-requests/" + id + "/approve", "planner.d01", null)
                .statusCode()).isEqualTo(403);
        assertThat(client.api("POST", "/api/v1/substitution-requests/" + id + "/approve", "reviewer.d02", null)
                .statusCode()).isEqualTo(404);
        assertThat(record(client, d.drawId()).get("substitutions").size()).isZero();
        assertThat(count("SELECT count(*) FROM draw_substitution_request WHERE draw_id = ? AND status = 'REQUESTED'",
                d.drawId())).isEqualTo(1);

        // The team starts the record of the second entity: its team is fixed from then on.
        JsonNode second = record(client, d.drawId()).get("selected").get(1);
        jdbc.sql("INSERT INTO inspection_record (visit_id, status, created_by, updated_by) SELECT id, 'DRAFT', 'it', 'it' "
                + "FROM inspection_visit WHERE draw_id = ? AND uscc = ?").params(d.drawId(), second.get("uscc").stringValue())
                .update();
        HttpResponse<String> started = request(client, "planner.d01", new Drawn(d.drawId(),
                second.get("uscc").stringValue(), second.get("inspectors").get(0).stringValue()), "ILLNESS", "");
        assertThat(started.statusCode()).isEqualTo(409);
        assertThat(started.body()).contains("draw.substitution.record_started");

        assertThat(client.api("POST", "/api/v1/substitution-requests/" + id + "/approve", "reviewer.d01", null)
                .statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("抽取后被抽中人员的名录变动（如执法证、单位修改）在抽取页和记录中公开")
    void aDirectoryChangeToADrawnInspectorShowsOnTheDrawPage() throws IOException {
        WebClient client = new WebClient(port);
        Drawn d = executed(client, 2067);
        assertThat(record(client, d.drawId()).get("directoryChanges").size()).isZero();
        // The directory stamps every edit of an entry (certificate, unit, status) with updated_at; the draw
        // ran on the test clock moved a few seconds past its beacon moment (Beacons.afterMoment).
        jdbc.sql("UPDATE inspector SET updated_at = now() + interval '1 minute' WHERE id = ?").param(d.out()).update();
        JsonNode changes = record(client, d.drawId()).get("directoryChanges");
        assertThat(changes.size()).isEqualTo(1);
        assertThat(changes.get(0).get("inspector").stringValue()).isEqualTo(d.out());
        assertThat(changes.get(0).get("kind").stringValue()).isEqualTo("UPDATED");
        assertThat(client.get("/public/draws/" + d.drawId()).body()).contains("directory-changes")
                .contains("名录信息修改");
    }

    private HttpResponse<String> request(WebClient client, String user, Drawn d, String reason, String text) {
        return client.api("POST", "/api/v1/draws/" + d.drawId() + "/substitutions", user, "{\"uscc\":\"" + d.uscc()
                + "\",\"out\":\"" + d.out() + "\",\"reason\":\"" + reason + "\",\"text\":\"" + text + "\"}");
    }

    private JsonNode record(WebClient client, String drawId) {
        return JSON.readTree(client.get("/public/draws/" + drawId + ".json").body());
    }

    private List<String> team(String drawId, String uscc) {
        return jdbc.sql("SELECT inspectors FROM inspection_visit WHERE draw_id = ? AND uscc = ?").params(drawId, uscc)
                .query((rs, i) -> List.of((String[]) rs.getArray(1).getArray())).single();
    }

    private int count(String sql, String param) {
        return jdbc.sql(sql).param(param).query(Integer.class).single();
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
}
