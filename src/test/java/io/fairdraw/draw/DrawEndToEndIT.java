package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.draw.protocol.Sha256;
import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.VerifierRun;
import io.fairdraw.support.WebClient;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * 端到端：已审核任务 → 公告 → 执行 → 公开记录经 Verify.java（独立进程）复核通过；改动名单、随机数、秘密值、
 * 抽中对象或监管单位中的一个字节即复核失败并指明原因。
 */
@AppIT
class DrawEndToEndIT {

    static final int YEAR = 2030;
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    io.fairdraw.plan.Tasks tasks;

    @TempDir
    Path temp;

    @Test
    @DisplayName("公告、执行后的公开记录经 Verify.java 复核通过，任一字节被改动即失败并指明原因")
    void announcedAndExecutedDrawVerifiesAndEveryAlterationIsCaught() throws IOException {
        // Joint task D01 + D02 with cross-office assignment: every §2b rule is exercised.
        long taskId = DrawFixtures.publishedTask(plans, "D01", YEAR, 2, true, 3, "D02");
        WebClient client = new WebClient(port);
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");
        assertThat(drawId).isEqualTo(YEAR + "-D01-T01-1");

        JsonNode announced = JSON.readTree(client.get("/public/draws/" + drawId + ".json").body());
        assertThat(announced.get("status").stringValue()).isEqualTo("ANNOUNCED");
        assertThat(announced.has("secret")).as("§4: no secret before execution").isFalse();
        assertThat(announced.has("seed")).isFalse();
        byte[] frameBeforeEdit = client.getBytes("/public/draws/" + drawId + "/frame.csv").body();
        assertThat(Sha256.of(frameBeforeEdit)).isEqualTo(announced.get("frameHash").stringValue());

        // A later edit of the directory does not change the frozen roster.
        jdbc.sql("INSERT INTO inspector (id, name, unit_code, certificate_no, certificate_expiry, status) "
                + "VALUES ('D01-IT-99', 'late', 'D01', 'C-IT-99', DATE '2099-12-31', 'ON_DUTY') ON CONFLICT DO NOTHING")
                .update();
        HttpResponse<String> executed = DrawFixtures.execute(client, drawId, "planner.d01", "IT 福彩3D 2030-04-02 第088期 5 1 9");
        // other tests of this shared database see the demo directory unchanged
        jdbc.sql("DELETE FROM inspector WHERE id = 'D01-IT-99'").update();
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);

        Path dir = Files.createDirectories(temp.resolve("draw"));
        String recordText = client.get("/public/draws/" + drawId + ".json").body();
        Files.writeString(dir.resolve("record.json"), recordText);
        HttpResponse<byte[]> frame = client.getBytes("/public/draws/" + drawId + "/frame.csv");
        assertThat(frame.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv").containsIgnoringCase("charset=utf-8");
        Files.write(dir.resolve("frame.csv"), frame.body());
        Files.write(dir.resolve("orgs.csv"), client.getBytes("/public/draws/" + drawId + "/orgs.csv").body());
        HttpResponse<String> rosterCsv = client.api("GET", "/api/v1/draws/" + drawId + "/roster.csv", "auditor", null);
        assertThat(rosterCsv.statusCode()).isEqualTo(200);
        assertThat(rosterCsv.body()).doesNotContain("D01-IT-99").contains("XJ-D02-001,D02").contains("XJ-BT-KC-01,BT-KC");
        Files.writeString(dir.resolve("roster.csv"), rosterCsv.body());
        Files.writeString(dir.resolve("conflicts.csv"),
                client.api("GET", "/api/v1/draws/" + drawId + "/conflicts.csv", "auditor", null).body());

        JsonNode record = JSON.readTree(recordText);
        assertThat(record.get("executedAt").stringValue()).endsWith("+08:00");
        assertThat(record.get("selected").size()).isPositive();
        assertThat(record.get("rosterSize").asInt()).isEqualTo((int) rosterCsv.body().lines().count());
        long visits = jdbc.sql("SELECT count(*) FROM inspection_visit WHERE draw_id = ?").param(drawId)
                .query(Long.class).single();
        assertThat(visits).isEqualTo(record.get("selected").size());
        assertThat(jdbc.sql("SELECT item_codes FROM inspection_visit WHERE draw_id = ? LIMIT 1").param(drawId)
                .query((rs, i) -> List.of((String[]) rs.getArray(1).getArray())).single())
                .as("every visit covers every item of the task")
                .containsExactlyElementsOf(tasks.task(taskId).orElseThrow().items().stream()
                        .map(io.fairdraw.plan.TaskView.Item::code).toList());
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action IN "
                + "('DRAW_ANNOUNCED', 'DRAW_EXECUTED')").param(drawId).query(Long.class).single()).isEqualTo(2);

        VerifierRun ok = VerifierRun.runAll(List.of(full(dir))).get(0);
        assertThat(ok.exit()).as(ok.output()).isZero();
        assertThat(ok.output()).doesNotContain("FAIL").contains("OK   every team re-drawn identically")
                .contains("OK   every selected entity's org code is the announced one")
                .containsPattern("(?m)^VERIFIED: all \\d+ checks passed$");

        List<Path> copies = new ArrayList<>();
        Path frameCopy = copy(dir, "frame");
        byte[] altered = Files.readAllBytes(frameCopy.resolve("frame.csv"));
        int index = indexOf(altered, (byte) ',') - 1; // the last character of the first USCC
        altered[index] = (byte) (altered[index] == '0' ? '1' : '0');
        Files.write(frameCopy.resolve("frame.csv"), altered);
        copies.add(frameCopy);
        copies.add(edit(dir, "beacon", r -> r.put("beacon", r.get("beacon").stringValue() + "0")));
        copies.add(edit(dir, "secret", r -> r.put("secret", flipLast(r.get("secret").stringValue()))));
        String replacement = unselectedOfStratum(record, Files.readString(dir.resolve("frame.csv")));
        copies.add(edit(dir, "uscc", r -> ((ObjectNode) r.get("selected").get(0)).put("uscc", replacement)));
        copies.add(edit(dir, "org", r -> ((ObjectNode) r.get("selected").get(0)).put("orgCode", "D09")));
        List<VerifierRun> runs = VerifierRun.runAll(copies.stream().map(DrawEndToEndIT::full).toList());

        assertFailed(runs.get(0), "FAIL frame hash: expected ");
        assertFailed(runs.get(1), "FAIL seed: expected ");
        assertThat(runs.get(1).output()).contains("OK   secret opens the commitment");
        assertFailed(runs.get(2), "FAIL commitment: expected ");
        assertFailed(runs.get(3), "FAIL ticket of " + replacement);
        assertFailed(runs.get(4), "FAIL org code of " + record.get("selected").get(0).get("uscc").stringValue()
                + ": orgs.csv says ");
    }

    static List<String> full(Path dir) {
        return List.of(dir.resolve("record.json").toString(), dir.resolve("frame.csv").toString(),
                dir.resolve("roster.csv").toString(), dir.resolve("conflicts.csv").toString(),
                "--orgs", dir.resolve("orgs.csv").toString());
    }

    private static void assertFailed(VerifierRun run, String failLine) {
        assertThat(run.exit()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains(failLine).containsPattern("(?m)^NOT VERIFIED: \\d+ of \\d+ checks failed$");
    }

    private Path copy(Path dir, String name) throws IOException {
        Path copy = Files.createDirectories(temp.resolve(name));
        for (String file : List.of("record.json", "frame.csv", "roster.csv", "conflicts.csv", "orgs.csv")) {
            Files.copy(dir.resolve(file), copy.resolve(file));
        }
        return copy;
    }

    private Path edit(Path dir, String name, java.util.function.Consumer<ObjectNode> change) throws IOException {
        Path copy = copy(dir, name);
        ObjectNode record = (ObjectNode) JSON.readTree(Files.readString(copy.resolve("record.json")));
        change.accept(record);
        Files.writeString(copy.resolve("record.json"), JSON.writeValueAsString(record));
        return copy;
    }

    private static String unselectedOfStratum(JsonNode record, String frame) {
        Set<String> selected = new HashSet<>();
        record.get("selected").values().forEach(e -> selected.add(e.get("uscc").stringValue()));
        String stratum = record.get("selected").get(0).get("stratum").stringValue();
        for (String line : frame.split("\n")) {
            String[] f = line.split(",");
            if (f[1].equals(stratum) && !selected.contains(f[0])) {
                return f[0];
            }
        }
        throw new AssertionError("no unselected entity in stratum " + stratum);
    }

    private static String flipLast(String text) {
        char last = text.charAt(text.length() - 1);
        return text.substring(0, text.length() - 1) + (last == '0' ? '1' : '0');
    }

    private static int indexOf(byte[] bytes, byte value) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == value) {
                return i;
            }
        }
        return -1;
    }
}
