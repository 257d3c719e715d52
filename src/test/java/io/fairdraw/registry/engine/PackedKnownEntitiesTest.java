package io.fairdraw.registry.engine;

import io.fairdraw.support.CopyTextFormat;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.shared.UnifiedSocialCreditCode;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PackedKnownEntitiesTest {

    private static final String[] DATA = {"阿拉尔市鑫源矿业有限公司", "有限责任公司", "MINERAL", "D01", "阿拉尔市文化路1号",
            "王强", "C6590022020", "ACTIVE", null};

    @Test
    @DisplayName("代码按位精确比较：同一槽位的两个不同代码、仅校验位不同的代码，数据相同也判为新增，不会误判为无变化")
    void differentCodesAreNeverTakenForOne() {
        SplittableRandom rnd = new SplittableRandom(11);
        String known = UnifiedSocialCreditCode.random(rnd, "659002").value();
        // Codes that land on the same slot as the known one: the collision the table must resolve.
        int capacity = new PackedKnownEntities(0, 1).capacity();
        int slot = CodeBits.slot(CodeBits.high(known), CodeBits.low(known), capacity);
        String sameSlot;
        do {
            sameSlot = UnifiedSocialCreditCode.random(rnd, "659002").value();
        } while (sameSlot.equals(known) || CodeBits.slot(CodeBits.high(sameSlot), CodeBits.low(sameSlot), capacity) != slot);
        String otherCheckChar = known.substring(0, 17) + (known.charAt(17) == '0' ? '1' : '0');

        PackedKnownEntities k = new PackedKnownEntities(0, 42);
        k.add(copyRow(known, DATA));
        assertThat(classify(k, known, DATA)).isEqualTo(KnownEntities.Change.UNCHANGED);
        assertThat(classify(k, sameSlot, DATA)).isEqualTo(KnownEntities.Change.NEW);
        assertThat(classify(k, otherCheckChar, DATA)).isEqualTo(KnownEntities.Change.NEW);
        k.add(copyRow(sameSlot, changed(8, "A")));
        assertThat(classify(k, sameSlot, DATA)).isEqualTo(KnownEntities.Change.CHANGED);
        assertThat(classify(k, known, DATA)).isEqualTo(KnownEntities.Change.UNCHANGED);
    }

    @Test
    @DisplayName("数据任一列不同即为变更：包括空值与空串、相邻列之间挪动文字")
    void anyDifferenceInTheDataIsAChange() {
        String code = UnifiedSocialCreditCode.random(new SplittableRandom(3), "659001").value();
        PackedKnownEntities k = new PackedKnownEntities(1, 7);
        k.add(copyRow(code, DATA));
        for (int c = 0; c < DATA.length; c++) {
            assertThat(classify(k, code, changed(c, DATA[c] == null ? "A" : DATA[c] + "x"))).as("column %d", c)
                    .isEqualTo(KnownEntities.Change.CHANGED);
        }
        assertThat(classify(k, code, changed(8, ""))).isEqualTo(KnownEntities.Change.CHANGED);
        String[] moved = changed(0, DATA[0] + DATA[1].charAt(0));
        moved[1] = DATA[1].substring(1);
        assertThat(classify(k, code, moved)).isEqualTo(KnownEntities.Change.CHANGED);
    }

    @Test
    @DisplayName("文件行按 COPY TO 的转义编码：含制表符、换行、反斜杠等的行与数据库读出的同一行判为无变化")
    void escapesMatchWhatCopyToWrites() {
        String code = UnifiedSocialCreditCode.random(new SplittableRandom(5), "659001").value();
        String[] data = changed(0, "a\tb\nc\\d\re\bf\fg\u000Bh\u0001i");
        // What PostgreSQL's COPY … TO STDOUT writes for that row (text format).
        String fromDatabase = code + "\ta\\tb\\nc\\\\d\\re\\bf\\fg\\vh\u0001i\t有限责任公司\tMINERAL\tD01\t阿拉尔市文化路1号\t王强"
                + "\tC6590022020\tACTIVE\t\\N\n";
        PackedKnownEntities k = new PackedKnownEntities(1, 9);
        byte[] row = fromDatabase.getBytes(StandardCharsets.UTF_8);
        k.add(row);
        assertThat(classify(k, code, data)).isEqualTo(KnownEntities.Change.UNCHANGED);
    }

    @Test
    @DisplayName("超出预估数量时扩容：10 万个代码全部找回，未登记的代码为新增")
    void growsBeyondTheExpectedCount() {
        SplittableRandom rnd = new SplittableRandom(13);
        PackedKnownEntities k = new PackedKnownEntities(10, 99);
        Set<String> codes = new HashSet<>();
        while (codes.size() < 100_000) {
            String c = UnifiedSocialCreditCode.random(rnd, "659003").value();
            if (codes.add(c)) {
                k.add(copyRow(c, changed(0, c)));
            }
        }
        assertThat(k.size()).isEqualTo(100_000);
        for (String c : codes) {
            assertThat(classify(k, c, changed(0, c))).isEqualTo(KnownEntities.Change.UNCHANGED);
        }
        for (int i = 0; i < 10_000; i++) {
            String c = UnifiedSocialCreditCode.random(rnd, "659004").value();
            assertThat(classify(k, c, changed(0, c))).isEqualTo(KnownEntities.Change.NEW);
        }
    }

    private static String[] changed(int column, String value) {
        String[] d = DATA.clone();
        d[column] = value;
        return d;
    }

    /** A file row encoded as COPY TO writes it (ChunkEncoderTest holds CopyBuffer to the same), classified on its data columns. */
    private static KnownEntities.Change classify(KnownEntities k, String code, String[] data) {
        byte[] row = copyRow(code, data);
        return k.classify(code, row, CodeBits.LENGTH + 1, row.length - 1);
    }

    /** The code and data as one COPY text row: {@code \N} for null, backslash and BS TAB LF VT FF CR escaped. */
    static byte[] copyRow(String code, String[] data) {
        StringBuilder sb = new StringBuilder(code);
        for (String v : data) {
            sb.append('\t');
            if (v == null) {
                sb.append("\\N");
                continue;
            }
            sb.append(CopyTextFormat.escape(v));
        }
        return sb.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }
}
