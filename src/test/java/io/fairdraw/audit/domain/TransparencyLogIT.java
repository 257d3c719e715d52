package io.fairdraw.audit.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.Checkpoint;
import io.fairdraw.audit.InclusionProof;
import io.fairdraw.audit.TransparencyLog;
import io.fairdraw.audit.merkle.CheckpointNote;
import io.fairdraw.audit.merkle.Ed25519Keys;
import io.fairdraw.audit.merkle.ProofVerifier;
import io.fairdraw.audit.merkle.Rfc6962;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** 透明日志：签名检查点、公开的包含/一致性证明、公众可见范围、篡改定位、每小时检查点、离线校验。 */
@AppIT
class TransparencyLogIT {

    static final HexFormat HEX = HexFormat.of();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    /** The schema's owner: the attacker with database rights (the application's role cannot). */
    final JdbcClient owner = io.fairdraw.support.DatabaseOwner.jdbc();
    @Autowired
    TransparencyLog log;
    @Autowired
    JdbcTransparencyLog jdbcLog;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    DataSource dataSource;
    @Autowired
    AuditVerifier verifier;

    private HttpResponse<String> anonymous(String path) {
        return new WebClient(port).api("GET", path, null, null);
    }

    private JsonNode json(HttpResponse<String> r) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private List<byte[]> hashes(JsonNode array) {
        List<byte[]> out = new ArrayList<>();
        array.forEach(n -> out.add(HEX.parseHex(n.asString())));
        return out;
    }

    private PublicKey publishedKey() throws Exception {
        String pem = anonymous("/public/log/key").body();
        byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }

    private long record(String id) {
        SecurityContextHolder.clearContext();
        return log.record(AuditEvent.of("TEST_EVENT", "test", id, "transparency " + id));
    }

    private JsonNode merkle() {
        return json(new WebClient(port).api("GET", "/api/v1/audit/verify/merkle", "auditor", null));
    }

    @Test
    @DisplayName("公开接口给出的签名检查点、包含证明和一致性证明可以用公布的公钥校验")
    void publicProofsVerify() throws Exception {
        long seq = record("p1");
        Checkpoint first = log.checkpoint();
        record("p2");
        record("p3");
        Checkpoint second = log.checkpoint();
        assertThat(second.size()).isGreaterThan(first.size());

        String note = anonymous("/public/log/checkpoint").body();
        assertThat(note).isEqualTo(second.note());
        CheckpointNote.Signed signed = CheckpointNote.parse(note);
        assertThat(signed.verify(publishedKey())).isTrue();
        assertThat(anonymous("/public/log/checkpoint?size=" + first.size()).body()).isEqualTo(first.note());

        JsonNode inclusion = json(anonymous("/public/log/proof/inclusion?seq=" + seq));
        assertThat(inclusion.get("treeSize").asLong()).isEqualTo(second.size());
        assertThat(ProofVerifier.verifyInclusion(seq - 1, second.size(), HEX.parseHex(inclusion.get("leafHash").asString()),
                hashes(inclusion.get("path")), signed.checkpoint().root())).isTrue();

        JsonNode consistency = json(anonymous("/public/log/proof/consistency?from=" + first.size() + "&to=" + second.size()));
        assertThat(ProofVerifier.verifyConsistency(first.size(), second.size(), hashes(consistency.get("path")),
                HEX.parseHex(first.root()), HEX.parseHex(second.root()))).isTrue();

        JsonNode list = json(anonymous("/public/log/checkpoints.json?size=2"));
        assertThat(list.get("items").get(0).get("note").asString()).isEqualTo(second.note());
        assertThat(list.get("total").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("公开页面无需登录，显示最新检查点和公钥，中英文均可")
    void publicPage() {
        record("page");
        Checkpoint c = log.checkpoint();
        HttpResponse<String> zh = new WebClient(port).get("/public/log");
        assertThat(zh.statusCode()).isEqualTo(200);
        assertThat(zh.body()).contains("审计日志透明化公示").contains(c.root()).contains("BEGIN PUBLIC KEY");
        assertThat(new WebClient(port).get("/public/log?lang=en").body()).contains("Audit log transparency");
    }

    @Test
    @DisplayName("公众只看到叶子哈希；公开记录（如抽取公告）给出原文且不含客户端地址；原文由监督员获取")
    void whatThePublicSees() {
        SecurityContextHolder.clearContext();
        long internal = log.record(AuditEvent.of("TEST_EVENT", "test", "private", "secret summary").by("zhang.san", "D01"));
        JsonNode hidden = json(anonymous("/public/log/entries/" + internal));
        assertThat(hidden.get("disclosed").asBoolean()).isFalse();
        assertThat(hidden.get("entry").isNull()).isTrue();
        assertThat(hidden.toString()).doesNotContain("zhang.san").doesNotContain("secret summary");

        long inside = transactions.execute(s -> {
            long n = log.recordPublic(AuditEvent.of("TEST_DRAW_ANNOUNCED", "draw", "DR-1", "commitment abc").by("system", "D01"));
            log.checkpointAfterCommit();
            return n;
        });
        assertThat(inside).isZero(); // chained when the caller's transaction commits
        long announced = jdbc.sql("SELECT max(seq) FROM audit_entry WHERE action = 'TEST_DRAW_ANNOUNCED'")
                .query(Long.class).single();
        assertThat(log.latestCheckpoint().orElseThrow().size()).isGreaterThanOrEqualTo(announced);
        JsonNode shown = json(anonymous("/public/log/entries/" + announced));
        String text = shown.get("entry").asString();
        assertThat(text).startsWith(announced + "\t").contains("TEST_DRAW_ANNOUNCED").endsWith("\t");
        assertThat(HEX.formatHex(Rfc6962.leafHash(text.getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(shown.get("leafHash").asString());

        JsonNode full = json(new WebClient(port).api("GET", "/api/v1/audit/entries/" + internal, "auditor", null));
        assertThat(full.get("entry").asString()).contains("zhang.san").contains("secret summary");
        assertThat(HEX.formatHex(Rfc6962.leafHash(full.get("entry").asString().getBytes(StandardCharsets.UTF_8))))
                .isEqualTo(hidden.get("leafHash").asString());
        assertThat(anonymous("/api/v1/audit/entries/" + internal).statusCode()).isEqualTo(401);
        assertThat(new WebClient(port).api("GET", "/api/v1/audit/entries/" + internal, "planner.d01", null).statusCode())
                .isEqualTo(403);
    }

    @Test
    @DisplayName("快速流式校验与逐行校验结论一致（含转义字符、控制字符和中文），改写后指出同一序号")
    void streamingCheckAgreesWithRowByRow() {
        long odd = record("esc \\ tab\t nl\n cr\r bs\b ff\f vt\u000b 中文 ✓");
        record("after odd");
        assertThat(verifier.verify()).isEqualTo(verifier.verifyByRows());
        assertThat(verifier.verify().ok()).isTrue();
        String original = jdbc.sql("SELECT summary FROM audit_entry WHERE seq = ?").param(odd).query(String.class).single();
        try {
            owner.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
            owner.sql("UPDATE audit_entry SET summary = ? WHERE seq = ?").params(original + "\u000b", odd).update();
            assertThat(verifier.verify()).isEqualTo(verifier.verifyByRows());
            assertThat(verifier.verify().firstBadSeq()).isEqualTo(odd);
            assertThat(merkle().get("firstBadSeq").asLong()).isEqualTo(odd);
        } finally {
            owner.sql("UPDATE audit_entry SET summary = ? WHERE seq = ?").params(original, odd).update();
            owner.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
        }
        assertThat(verifier.verify().ok()).isTrue();
    }

    @Test
    @DisplayName("调用方事务内写入的记录随事务提交才进入哈希链；回滚则不留痕迹")
    void entriesJoinTheChainOnCommit() {
        long before = log.size();
        transactions.executeWithoutResult(s -> {
            log.record(AuditEvent.of("TEST_EVENT", "test", "in-tx-1", "inside"));
            log.record(AuditEvent.of("TEST_EVENT", "test", "in-tx-2", "inside"));
            assertThat(log.size()).isEqualTo(before); // not chained before the commit
        });
        assertThat(log.size()).isEqualTo(before + 2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_pending").query(Long.class).single()).isZero();
        transactions.executeWithoutResult(s -> {
            log.record(AuditEvent.of("TEST_EVENT", "test", "in-tx-3", "rolled back"));
            s.setRollbackOnly();
        });
        assertThat(log.size()).isEqualTo(before + 2);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_id = 'in-tx-3'").query(Long.class).single())
                .isZero();
    }

    @Test
    @DisplayName("抽取公告和执行记录提交后立即签名检查点，可用包含证明证明其在日志中")
    void drawEntriesAreCheckpointedAtOnce() {
        transactions.executeWithoutResult(s -> log.record(AuditEvent.of("DRAW_EXECUTED", "draw", "DR-TLOG-1", "seed=abc")));
        long seq = jdbc.sql("SELECT max(seq) FROM audit_entry WHERE target_id = 'DR-TLOG-1'").query(Long.class).single();
        Checkpoint latest = log.latestCheckpoint().orElseThrow();
        assertThat(latest.size()).isGreaterThanOrEqualTo(seq);
        InclusionProof proof = log.inclusionProof(seq, latest.size());
        assertThat(ProofVerifier.verifyInclusion(proof.index(), latest.size(), HEX.parseHex(proof.leafHash()),
                proof.path().stream().map(HEX::parseHex).toList(), HEX.parseHex(latest.root()))).isTrue();
    }

    @Test
    @DisplayName("越界的序号或树大小返回 400/404 和中文说明")
    void errors() {
        long size = log.size();
        HttpResponse<String> r = anonymous("/public/log/proof/inclusion?seq=" + (size + 5) + "&size=" + (size + 9));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("audit.tlog.error.beyond_log").contains("日志目前不足");
        assertThat(anonymous("/public/log/proof/inclusion?seq=0&size=1").statusCode()).isEqualTo(400);
        assertThat(anonymous("/public/log/proof/consistency?from=3&to=2").statusCode()).isEqualTo(400);
        assertThat(anonymous("/public/log/proof/consistency?from=" + size + "&to=" + (size + 1)).statusCode())
                .isEqualTo(400);
        assertThat(anonymous("/public/log/entries/" + (size + 100)).statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("攻击者用 SQL 改写一条记录：哈希链校验和默克尔校验都指出该记录序号，之后的检查点不再匹配")
    void tamperedEntryIsNamedByBothChecks() {
        long target = record("t1");
        record("t2");
        Checkpoint covering = log.checkpoint();
        JsonNode clean = merkle();
        assertThat(clean.get("ok").asBoolean()).as(clean.toString()).isTrue();
        assertThat(clean.get("root").asString()).hasSize(64);
        String original = jdbc.sql("SELECT summary FROM audit_entry WHERE seq = ?").param(target).query(String.class).single();
        try {
            owner.sql("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update").update();
            owner.sql("UPDATE audit_entry SET summary = 'nothing happened' WHERE seq = ?").param(target).update();
            String chain = new WebClient(port).api("GET", "/api/v1/audit/verify", "auditor", null).body();
            assertThat(chain).contains("\"ok\":false").contains("\"firstBadSeq\":" + target);
            JsonNode m = merkle();
            assertThat(m.get("ok").asBoolean()).isFalse();
            assertThat(m.get("firstBadSeq").asLong()).isEqualTo(target);
            assertThat(m.get("chain").get("firstBadSeq").asLong()).isEqualTo(target);
            assertThat(m.get("firstBadNode").isNull()).isTrue();
            assertThat(m.get("firstBadCheckpoint").asLong()).isBetween(target, covering.size());
        } finally {
            owner.sql("UPDATE audit_entry SET summary = ? WHERE seq = ?").params(original, target).update();
            owner.sql("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update").update();
        }
        assertThat(merkle().get("ok").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("改写存储的内部节点或检查点根同样被发现并定位")
    void tamperedNodeAndCheckpointAreNamed() {
        for (int i = 0; i < 4; i++) {
            record("n" + i);
        }
        Checkpoint c = log.checkpoint();
        var node = jdbc.sql("SELECT level, idx, hash FROM audit_tree_node WHERE level = 2 ORDER BY idx DESC LIMIT 1")
                .query().singleRow();
        try {
            owner.sql("ALTER TABLE audit_tree_node DISABLE TRIGGER audit_tree_node_no_update").update();
            owner.sql("UPDATE audit_tree_node SET hash = sha256(hash) WHERE level = 2 AND idx = ?")
                    .param(node.get("idx")).update();
            JsonNode m = merkle();
            assertThat(m.get("ok").asBoolean()).isFalse();
            assertThat(m.get("firstBadNode").asString()).isEqualTo("2/" + node.get("idx"));
            assertThat(m.get("firstBadSeq").isNull()).isTrue();
        } finally {
            owner.sql("UPDATE audit_tree_node SET hash = ? WHERE level = 2 AND idx = ?")
                    .params(node.get("hash"), node.get("idx")).update();
            owner.sql("ALTER TABLE audit_tree_node ENABLE TRIGGER audit_tree_node_no_update").update();
        }
        String forged = HEX.formatHex(Rfc6962.leafHash(new byte[0]));
        try {
            owner.sql("ALTER TABLE audit_checkpoint DISABLE TRIGGER audit_checkpoint_no_update").update();
            owner.sql("UPDATE audit_checkpoint SET root = ? WHERE note = ?").params(forged, c.note()).update();
            assertThat(merkle().get("firstBadCheckpoint").asLong()).isEqualTo(c.size());
        } finally {
            owner.sql("UPDATE audit_checkpoint SET root = ? WHERE note = ?").params(c.root(), c.note()).update();
            owner.sql("ALTER TABLE audit_checkpoint ENABLE TRIGGER audit_checkpoint_no_update").update();
        }
        assertThat(merkle().get("ok").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("每小时检查点：日志增长才签名；另一节点持有数据库锁时跳过")
    void hourlyCheckpoint() throws Exception {
        record("h1");
        assertThat(jdbcLog.checkpointIfGrown()).isPresent();
        assertThat(jdbcLog.checkpointIfGrown()).isEmpty();
        record("h2");
        try (Connection other = dataSource.getConnection()) {
            other.createStatement().execute("SELECT pg_advisory_lock(" + JdbcTransparencyLog.HOURLY_LOCK + ")");
            assertThat(jdbcLog.checkpointIfGrown()).isEmpty();
            other.createStatement().execute("SELECT pg_advisory_unlock(" + JdbcTransparencyLog.HOURLY_LOCK + ")");
        }
        assertThat(jdbcLog.checkpointIfGrown()).isPresent();
    }

    @Test
    @DisplayName("回滚的追加不留痕迹；并发追加后序号连续、哈希链与默克尔树都通过校验")
    void rollbackAndConcurrency() throws Exception {
        long before = log.size();
        transactions.executeWithoutResult(s -> {
            record("rolled back");
            s.setRollbackOnly();
        });
        long after = record("after rollback");
        assertThat(after).isEqualTo(before + 1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            List<java.util.concurrent.Future<Long>> futures = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                futures.add(pool.submit(() -> record("concurrent " + n)));
            }
            for (var f : futures) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(log.size()).isEqualTo(after + 200);
        JsonNode m = merkle();
        assertThat(m.get("ok").asBoolean()).as(m.toString()).isTrue();
        assertThat(m.get("size").asLong()).isEqualTo(log.size());
    }

    @Test
    @DisplayName("另一节点在两轮之间追加：本节点的单语句追加发现链已变化，不写入任何内容，改为读表后接续，序号连续且校验通过")
    void anotherNodeAppendsBetweenRounds() {
        long first = record("before the other node"); // this node's integrator now holds the tip in memory
        AuditIntegrator otherNode = new AuditIntegrator(dataSource);
        try {
            AuditRepository repository = new AuditRepository(jdbc);
            AuditRow fields = new AuditRow(0, AuditChain.truncate(java.time.Instant.now()), "system", "", "TEST_EVENT",
                    "test", "other node", "transparency other node", "", "", "");
            long id = repository.insertPending(fields, false);
            assertThat(otherNode.awaitChained(new AuditRepository.Pending(id, fields, false))).isEqualTo(first + 1);
            // This node's statement finds the chain moved (audit_append_conflict), writes nothing and
            // takes the full round, which reads the new tip.
            assertThat(record("after the other node")).isEqualTo(first + 2);
        } finally {
            otherNode.stop();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM audit_pending").query(Long.class).single()).isZero();
        JsonNode m = merkle();
        assertThat(m.get("ok").asBoolean()).as(m.toString()).isTrue();
        assertThat(m.get("size").asLong()).isEqualTo(log.size());
    }

    @Test
    @DisplayName("启动时把树中缺少的记录补入（旧版本写入的记录）")
    void catchUpAddsMissingLeaves() {
        for (int i = 0; i < 3; i++) {
            record("c" + i);
        }
        long size = log.size();
        try {
            owner.sql("ALTER TABLE audit_tree_node DISABLE TRIGGER audit_tree_node_no_update").update();
            // the last three leaves and every node whose range ends in them
            owner.sql("DELETE FROM audit_tree_node WHERE ((idx + 1) << level) > ?").param(size - 3).update();
        } finally {
            owner.sql("ALTER TABLE audit_tree_node ENABLE TRIGGER audit_tree_node_no_update").update();
        }
        assertThat(log.size()).isEqualTo(size - 3);
        jdbcLog.integrateAtStartup();
        assertThat(log.size()).isEqualTo(size);
        record("c3");
        assertThat(merkle().get("ok").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("离线校验程序用公众得到的检查点、公钥、证明和监督员得到的记录原文校验通过")
    void offlineVerifierOnServedFiles(@TempDir Path dir) throws Exception {
        long seq = record("v1");
        Checkpoint older = log.checkpoint();
        record("v2");
        Checkpoint newer = log.checkpoint();
        Files.writeString(dir.resolve("old.txt"), anonymous("/public/log/checkpoint?size=" + older.size()).body());
        Files.writeString(dir.resolve("new.txt"), anonymous("/public/log/checkpoint").body());
        Files.writeString(dir.resolve("key.pem"), anonymous("/public/log/key").body());
        Files.writeString(dir.resolve("inclusion.json"), anonymous("/public/log/proof/inclusion?seq=" + seq).body());
        Files.writeString(dir.resolve("consistency.json"),
                anonymous("/public/log/proof/consistency?from=" + older.size() + "&to=" + newer.size()).body());
        String entry = json(new WebClient(port).api("GET", "/api/v1/audit/entries/" + seq, "auditor", null))
                .get("entry").asString();
        Files.writeString(dir.resolve("entry.txt"), entry, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("forged.txt"), entry.replace("transparency v1", "transparency v9"),
                StandardCharsets.UTF_8);

        assertThat(verify(dir, "inclusion", "new.txt", "inclusion.json", "entry.txt", "--key", "key.pem")).isZero();
        assertThat(verify(dir, "consistency", "old.txt", "new.txt", "consistency.json", "--key", "key.pem")).isZero();
        assertThat(verify(dir, "inclusion", "new.txt", "inclusion.json", "forged.txt")).isEqualTo(1);
    }

    private static int verify(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Path.of("verifier/VerifyLog.java").toAbsolutePath().toString()));
        for (String a : args) {
            cmd.add(a.contains(".") ? dir.resolve(a).toString() : a);
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = p.waitFor();
        System.out.println(out);
        return exit;
    }
}
