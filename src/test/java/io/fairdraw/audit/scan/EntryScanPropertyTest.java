package io.fairdraw.audit.scan;

import io.fairdraw.support.CopyTextFormat;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.audit.AuditVerification;
import io.fairdraw.audit.domain.AuditChain;
import io.fairdraw.audit.domain.AuditRow;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The scan engine ({@link ParallelEntryScan}) against its reference ({@link ReferenceEntryScan}) on
 * seeded random logs rendered as PostgreSQL prints them: same verdict, same leaves, same flags.
 */
class EntryScanPropertyTest {

    private static final ExecutorService POOL = Executors.newFixedThreadPool(4);
    private static final String[] PIECES = {"a", "zhang.san", "中文", "✓", "𝄞", "\\", "\t", "\n", "\r", "\b", "\f",
        "\u000b", "\u0001", " ", "\\N", "\\t", "抽查", "0"};

    @AfterAll
    static void stop() {
        POOL.shutdownNow();
    }

    static Stream<Long> seeds() {
        return LongStream.range(1, 61).boxed();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    @DisplayName("随机日志（含篡改、缺号、重号、特殊时间）：引擎与参考实现结论、叶子完全相同")
    void engineEqualsReference(long seed) {
        Random random = new Random(seed);
        List<AuditRow> rows = chain(random, random.nextInt(300), random);
        if (random.nextInt(4) > 0) {
            tamper(rows, random);
        }
        int[] chunkSizes = {64, 512, 1 << 14, ParallelEntryScan.CHUNK};
        int chunk = chunkSizes[random.nextInt(chunkSizes.length)];
        assertSame(rows, new ParallelEntryScan(POOL, 1 + random.nextInt(4), chunk));
    }

    @Test
    @DisplayName("空日志：两种实现都报告完整、大小 0、根为创世值")
    void emptyLog() {
        AuditVerification v = assertSame(List.of(), new ParallelEntryScan(POOL, 2, 64));
        assertThat(v).isEqualTo(new AuditVerification(true, 0, AuditChain.GENESIS, null));
    }

    @Test
    @DisplayName("只有一条记录：完好时通过，被改时指出第 1 条")
    void oneEntry() {
        List<AuditRow> rows = chain(new Random(7), 1, new Random(8));
        assertThat(assertSame(rows, new ParallelEntryScan(POOL, 2, 64)).ok()).isTrue();
        AuditRow r = rows.get(0);
        rows.set(0, with(r, r.summary() + "x", r.prevHash(), r.hash()));
        assertThat(assertSame(rows, new ParallelEntryScan(POOL, 2, 64)).firstBadSeq()).isEqualTo(1L);
    }

    @Test
    @DisplayName("大批量（多个默认大小的块）：引擎与参考实现相同，中间被改的记录被指出")
    void largeBatch() {
        Random random = new Random(42);
        List<AuditRow> rows = chain(random, 30_000, random);
        assertThat(assertSame(rows, EntryScan.engine(POOL, 4)).ok()).isTrue();
        AuditRow r = rows.get(17_000);
        rows.set(17_000, with(r, r.summary() + "\u000b", r.prevHash(), r.hash()));
        assertThat(assertSame(rows, EntryScan.engine(POOL, 4)).firstBadSeq()).isEqualTo(17_001L);
    }

    @Test
    @DisplayName("最后一条的哈希被改成任意文字：两种实现报告同一个根（解码后的原文）")
    void damagedLastHashIsReportedAsStored() {
        List<AuditRow> rows = chain(new Random(3), 5, new Random(4));
        AuditRow r = rows.get(4);
        rows.set(4, with(r, r.summary(), r.prevHash(), "坏\\\t✓"));
        AuditVerification v = assertSame(rows, new ParallelEntryScan(POOL, 2, 64));
        assertThat(v.root()).isEqualTo("坏\\\t✓");
        assertThat(v.firstBadSeq()).isEqualTo(5L);
    }

    // ---- the comparison

    private static AuditVerification assertSame(List<AuditRow> rows, EntryScan engine) {
        long n = rows.stream().mapToLong(AuditRow::seq).max().orElse(0);
        byte[] copy = copyText(rows);
        Map<Long, String> stored = new HashMap<>();
        rows.forEach(r -> stored.putIfAbsent(r.seq(), AuditChain.canonical(r)));
        byte[] leavesRef = new byte[Math.toIntExact(n * 32)];
        byte[] presentRef = new byte[Math.toIntExact(n)];
        AuditVerification ref = EntryScan.reference().scan(new ByteArrayInputStream(copy), n, leavesRef, presentRef,
                stored::get);
        byte[] leaves = new byte[leavesRef.length];
        byte[] present = new byte[presentRef.length];
        AuditVerification fast = engine.scan(new ByteArrayInputStream(copy), n, leaves, present, stored::get);
        assertThat(fast).isEqualTo(ref);
        assertThat(leaves).isEqualTo(leavesRef);
        assertThat(present).isEqualTo(presentRef);
        // Without leaves (the chain check alone) the verdict is the same.
        assertThat(engine.scan(new ByteArrayInputStream(copy), n, null, null, stored::get)).isEqualTo(ref);
        return ref;
    }

    // ---- random logs

    /** A valid chain of {@code size} entries. */
    static List<AuditRow> chain(Random random, int size, Random times) {
        List<AuditRow> rows = new ArrayList<>();
        String prev = AuditChain.GENESIS;
        for (long seq = 1; seq <= size; seq++) {
            AuditRow draft = new AuditRow(seq, time(times), text(random), text(random), text(random), text(random),
                    text(random), text(random), text(random), prev, "");
            String hash = AuditChain.hash(prev, AuditChain.canonical(draft));
            rows.add(with(draft, draft.summary(), prev, hash));
            prev = hash;
        }
        return rows;
    }

    private static void tamper(List<AuditRow> rows, Random random) {
        if (rows.isEmpty()) {
            return;
        }
        // The last entry a quarter of the time: its stored hash is the reported root.
        int i = random.nextInt(4) == 0 ? rows.size() - 1 : random.nextInt(rows.size());
        AuditRow r = rows.get(i);
        switch (random.nextInt(9)) {
            case 0 -> rows.set(i, with(r, r.summary() + text(random), r.prevHash(), r.hash()));
            case 1 -> rows.set(i, with(r, r.summary(), r.prevHash(), r.hash().toUpperCase()));
            case 2 -> rows.set(i, with(r, r.summary(), "not hex ✓\t\\", r.hash()));
            case 3 -> rows.set(i, with(r, r.summary(), r.prevHash(), "坏\\\n" + text(random)));
            case 4 -> rows.remove(i);
            case 5 -> rows.add(i, r);
            case 6 -> rows.set(i, with(r, r.summary(), r.prevHash().substring(2), r.hash()));
            case 7 -> rows.subList(i, rows.size()).clear();
            default -> {
                if (i + 1 < rows.size()) {
                    rows.set(i, rows.get(i + 1));
                    rows.set(i + 1, r);
                }
            }
        }
    }

    private static AuditRow with(AuditRow r, String summary, String prevHash, String hash) {
        return new AuditRow(r.seq(), r.at(), r.actor(), r.unitCode(), r.action(), r.targetType(), r.targetId(),
                summary, r.clientAddr(), prevHash, hash);
    }

    private static String text(Random random) {
        StringBuilder sb = new StringBuilder();
        int pieces = random.nextInt(8);
        for (int i = 0; i < pieces; i++) {
            sb.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return sb.toString();
    }

    /** Microsecond times, mostly ordinary; some beyond 9999, some BC, some with whole seconds. */
    private static Instant time(Random random) {
        int kind = random.nextInt(20);
        long seconds = switch (kind) {
            case 0 -> 253_402_300_800L + random.nextInt(1_000_000_000); // after 9999-12-31
            case 1 -> -62_135_596_800L - 1 - random.nextInt(1_000_000_000); // before 0001-01-01
            default -> 1_700_000_000L + random.nextInt(100_000_000);
        };
        long micros = kind == 2 ? 0 : kind == 3 ? 100_000 * random.nextInt(10) : random.nextInt(1_000_000);
        return Instant.ofEpochSecond(seconds, micros * 1000);
    }

    // ---- the COPY text PostgreSQL prints for these rows

    static byte[] copyText(List<AuditRow> rows) {
        StringBuilder sb = new StringBuilder();
        for (AuditRow r : rows) {
            sb.append(r.seq()).append('\t').append(pgTime(r.at()));
            for (String f : new String[] {r.actor(), r.unitCode(), r.action(), r.targetType(), r.targetId(),
                r.summary(), r.clientAddr(), r.prevHash(), r.hash()}) {
                sb.append('\t').append(CopyTextFormat.escape(f));
            }
            sb.append('\n');
        }
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** timestamptz in ISO style at UTC: trailing fraction zeros dropped, {@code BC} after years before 1. */
    private static String pgTime(Instant at) {
        LocalDateTime t = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
        int year = t.getYear();
        boolean bc = year <= 0;
        String text = String.format("%04d-%02d-%02d %02d:%02d:%02d", bc ? 1 - year : year, t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
        int micros = t.getNano() / 1000;
        if (micros != 0) {
            text += ("." + String.format("%06d", micros)).replaceAll("0+$", "");
        }
        return text + "+00" + (bc ? " BC" : "");
    }
}
