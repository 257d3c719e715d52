package io.fairdraw.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.registry.engine.KnownEntities;
import io.fairdraw.shared.UnifiedSocialCreditCode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChunkEncoderTest {

    @Test
    @DisplayName("新增行按代码排序后 COPY，无变化的行不写，变更行带行号进暂存表")
    void sortsNewRowsAndSeparatesChangedAndUnchanged() {
        SplittableRandom rnd = new SplittableRandom(17);
        String[][] rows = new String[6][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new String[] {UnifiedSocialCreditCode.random(rnd, "659001").value(), "名称" + i, "有限责任公司",
                    "LAND", "D01", "", "", "", "ACTIVE", i % 2 == 0 ? null : "B"};
        }
        KnownEntities known = KnownEntities.engine(2, 5);
        known.add(databaseRow(rows[1]));
        String[] stored = rows[4].clone();
        stored[1] = "旧名称";
        known.add(databaseRow(stored));

        ImportPipeline.Chunk chunk = new ImportPipeline.Chunk();
        for (int i = 0; i < rows.length; i++) {
            chunk.rowNumbers[i] = i + 2;
            chunk.rows.add(rows[i]);
        }
        new ChunkEncoder("liaison.d01", 7).encode(chunk, known);

        assertThat(chunk.unchanged).isEqualTo(1);
        assertThat(chunk.freshRows).isEqualTo(4);
        List<String> fresh = lines(chunk.sorted);
        assertThat(fresh).hasSize(4).isSorted();
        assertThat(fresh).allSatisfy(l -> assertThat(l).endsWith("\tliaison.d01\t7\tliaison.d01"));
        assertThat(fresh.stream().map(l -> l.substring(0, 18)))
                .containsExactlyInAnyOrder(rows[0][0], rows[2][0], rows[3][0], rows[5][0]);
        assertThat(chunk.changedRows).containsExactly(rows[4]);
        assertThat(chunk.rowNumbers[0]).isEqualTo(6);
        assertThat(lines(chunk.changed)).containsExactly("6\t" + rows[4][0] + "\t名称4\t有限责任公司\tLAND\tD01\t\t\t\tACTIVE\t\\N");
    }

    @Test
    @DisplayName("文件行按 COPY TO 的转义编码：含制表符、换行、反斜杠等的行与数据库读出的同一行字节相同")
    void encodesAsCopyToWrites() {
        String[] row = {"91659001MA78A0AB1X", "a\tb\nc\\d\re\bf\fg\u000Bh\u0001i", "有限责任公司", null};
        // What PostgreSQL's COPY … TO STDOUT writes for that row (text format).
        String fromDatabase = "91659001MA78A0AB1X\ta\\tb\\nc\\\\d\\re\\bf\\fg\\vh\u0001i\t有限责任公司\t\\N\n";
        assertThat(databaseRow(row)).isEqualTo(fromDatabase.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] databaseRow(String[] row) {
        CopyBuffer b = new CopyBuffer(64);
        for (String v : row) {
            b.add(v);
        }
        b.endRow();
        return Arrays.copyOf(b.array(), b.length());
    }

    private static List<String> lines(CopyBuffer b) {
        return List.of(new String(b.array(), 0, b.length(), StandardCharsets.UTF_8).split("\n"));
    }
}
