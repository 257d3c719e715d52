package io.fairdraw.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.audit.merkle.CheckpointNote;
import io.fairdraw.audit.merkle.CompactRange;
import io.fairdraw.audit.merkle.Ed25519Keys;
import io.fairdraw.audit.merkle.NodeId;
import io.fairdraw.audit.merkle.Rfc6962;
import io.fairdraw.audit.merkle.TreeShape;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 离线校验程序 verifier/VerifyLog.java 作为独立进程运行：RFC 6962 向量、检查点签名、包含证明和一致性证明，
 * 以及故意损坏的证明和签名。
 */
class VerifyLogTest {

    static final Path SOURCE = Path.of("verifier/VerifyLog.java");
    static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    static final HexFormat HEX = HexFormat.of();
    static final String ORIGIN = "test.example/audit-log";

    @TempDir
    static Path dir;
    static Path classes;
    static KeyPair key;
    static final Map<NodeId, byte[]> NODES = new HashMap<>();
    static final List<String> ENTRIES = new ArrayList<>();

    record Run(int exit, String out) {
    }

    /** Runs the verifier: the source file itself (as users do) or, for speed, a compiled copy. */
    static Run run(boolean sourceMode, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(sourceMode ? List.of(JAVA, SOURCE.toString())
                : List.of(JAVA, "-cp", classes.toString(), "VerifyLog"));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    static Run run(String... args) throws Exception {
        return run(false, args);
    }

    @BeforeAll
    static void setUp() throws Exception {
        classes = Files.createDirectories(dir.resolve("classes"));
        Process javac = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d", classes.toString(), SOURCE.toString()).inheritIO().start();
        assertThat(javac.waitFor()).isZero();
        key = Ed25519Keys.generate();
        CompactRange range = CompactRange.empty();
        for (int seq = 1; seq <= 13; seq++) {
            String entry = seq + "\t2026-03-01T02:03:04.000000Z\tsystem\t\tDRAW_EXECUTED\tdraw\tD-" + seq + "\tseed\t";
            ENTRIES.add(entry);
            range.append(Rfc6962.leafHash(entry.getBytes(StandardCharsets.UTF_8))).forEach(n -> NODES.put(n.id(), n.hash()));
        }
        write("key.pem", Ed25519Keys.pem(key.getPublic()));
        write("key.vkey", Ed25519Keys.verifierKey(ORIGIN, Ed25519Keys.raw(key.getPublic())));
        write("key.raw", Base64.getEncoder().encodeToString(Ed25519Keys.raw(key.getPublic())));
        write("other.pem", Ed25519Keys.pem(Ed25519Keys.generate().getPublic()));
        write("cp7.txt", checkpoint(7));
        write("cp13.txt", checkpoint(13));
        write("entry5.txt", ENTRIES.get(4) + "\n");
        write("entry6.txt", ENTRIES.get(5));
        write("inclusion5.json", inclusion(5, 13, false));
        write("inclusion5-flipped.json", inclusion(5, 13, true));
        write("inclusion5-size7.json", inclusion(5, 7, false));
        write("consistency.json", consistency(7, 13, false));
        write("consistency-extra.json", consistency(7, 13, true));
    }

    static String checkpoint(long size) {
        byte[] root = Rfc6962.fold(TreeShape.root(size).stream().map(NODES::get).toList());
        CheckpointNote note = new CheckpointNote(ORIGIN, size, root, Instant.parse("2026-03-01T03:00:00Z"));
        return note.note(note.sign(key.getPrivate(), Ed25519Keys.raw(key.getPublic())));
    }

    static String hexList(List<List<NodeId>> plan, boolean flip, boolean extra) {
        List<String> hashes = plan.stream().map(e -> HEX.formatHex(Rfc6962.fold(e.stream().map(NODES::get).toList())))
                .collect(Collectors.toCollection(ArrayList::new));
        if (flip) {
            String h = hashes.get(0);
            hashes.set(0, h.substring(0, 63) + (h.charAt(63) == '0' ? '1' : '0'));
        }
        if (extra) {
            hashes.add(HEX.formatHex(NODES.get(new NodeId(0, 0))));
        }
        return hashes.stream().map(h -> "\"" + h + "\"").collect(Collectors.joining(",", "[", "]"));
    }

    /** The JSON of GET /public/log/proof/inclusion. */
    static String inclusion(long seq, long size, boolean flip) {
        return "{\"seq\":" + seq + ",\"index\":" + (seq - 1) + ",\"treeSize\":" + size + ",\"leafHash\":\""
                + HEX.formatHex(NODES.get(new NodeId(0, seq - 1))) + "\",\"path\":"
                + hexList(TreeShape.inclusion(seq - 1, size), flip, false) + "}";
    }

    static String consistency(long from, long to, boolean extra) {
        return "{\"from\":" + from + ",\"to\":" + to + ",\"path\":" + hexList(TreeShape.consistency(from, to), false, extra)
                + "}";
    }

    static void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    static String f(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    @DisplayName("源文件模式：全部 RFC 6962 向量（有效与损坏）结果符合预期；参数错误退出码为 2")
    void vectorsInSourceMode() throws Exception {
        Run r = run(true, "vectors", "src/test/resources/merkle-vectors/rfc6962.json");
        assertThat(r.out()).contains("[PASS] 622 of 622 vectors").contains("VERDICT: VALID");
        assertThat(r.exit()).isZero();
        assertThat(run(true, "inclusion", f("cp13.txt")).exit()).isEqualTo(2);
    }

    @Test
    @DisplayName("检查点签名：PEM、C2SP 校验密钥和原始 Base64 公钥均可；换钥或改动内容则失败")
    void checkpointSignature() throws Exception {
        for (String k : List.of("key.pem", "key.vkey", "key.raw")) {
            Run r = run("checkpoint", f("cp13.txt"), f(k));
            assertThat(r.exit()).as(r.out()).isZero();
            assertThat(r.out()).contains("[PASS] Ed25519 signature over the checkpoint is valid");
        }
        Run other = run("checkpoint", f("cp13.txt"), f("other.pem"));
        assertThat(other.exit()).isEqualTo(1);
        assertThat(other.out()).contains("[FAIL] Ed25519 signature").contains("VERDICT: INVALID");
        write("cp13-edited.txt", Files.readString(dir.resolve("cp13.txt")).replace("\n13\n", "\n14\n"));
        assertThat(run("checkpoint", f("cp13-edited.txt"), f("key.pem")).exit()).isEqualTo(1);
    }

    @Test
    @DisplayName("包含证明：有效证明和记录原文通过；原文不符、路径被改、树大小不符均失败")
    void inclusionProofs() throws Exception {
        Run ok = run("inclusion", f("cp13.txt"), f("inclusion5.json"), f("entry5.txt"), "--key", f("key.pem"));
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("[PASS] entry text hashes to the leaf hash")
                .contains("[PASS] audit path leads from the leaf to the checkpoint's root");
        Run wrongEntry = run("inclusion", f("cp13.txt"), f("inclusion5.json"), f("entry6.txt"));
        assertThat(wrongEntry.exit()).isEqualTo(1);
        assertThat(wrongEntry.out()).contains("[FAIL] entry text hashes to the leaf hash");
        Run flipped = run("inclusion", f("cp13.txt"), f("inclusion5-flipped.json"));
        assertThat(flipped.exit()).isEqualTo(1);
        assertThat(flipped.out()).contains("[FAIL] audit path leads");
        assertThat(run("inclusion", f("cp13.txt"), f("inclusion5-size7.json")).exit()).isEqualTo(1);
        assertThat(run("inclusion", f("cp7.txt"), f("inclusion5-size7.json"), "--key", f("key.pem")).exit()).isZero();
    }

    @Test
    @DisplayName("一致性证明：有效证明通过；多一个节点、新旧检查点对调或签名密钥不符均失败")
    void consistencyProofs() throws Exception {
        Run ok = run("consistency", f("cp7.txt"), f("cp13.txt"), f("consistency.json"), "--key", f("key.pem"));
        assertThat(ok.exit()).as(ok.out()).isZero();
        assertThat(ok.out()).contains("[PASS] the newer tree extends the older one");
        assertThat(run("consistency", f("cp7.txt"), f("cp13.txt"), f("consistency-extra.json")).exit()).isEqualTo(1);
        assertThat(run("consistency", f("cp13.txt"), f("cp7.txt"), f("consistency.json")).exit()).isEqualTo(1);
        assertThat(run("consistency", f("cp7.txt"), f("cp13.txt"), f("consistency.json"), "--key", f("other.pem"))
                .exit()).isEqualTo(1);
    }
}
