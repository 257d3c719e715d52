package io.fairdraw.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.registry.engine.CodeSet;
import io.fairdraw.shared.UnifiedSocialCreditCode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportReadersTest {

    @TempDir
    Path dir;

    @Test
    @DisplayName("CSV：引号、转义引号、引号内换行、CRLF；行号按记录计")
    void csvQuotes() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "a,b,c\r\n\"x,1\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n,,last\n", StandardCharsets.UTF_8);
        try (CsvRowSource src = CsvRowSource.open(f)) {
            SourceRow row = new SourceRow();
            assertThat(src.next(row)).isTrue();
            assertThat(row.number).isEqualTo(1);
            assertThat(src.next(row)).isTrue();
            assertThat(row.number).isEqualTo(2);
            assertThat(row.get(0)).isEqualTo("x,1");
            assertThat(row.get(1)).isEqualTo("say \"hi\"");
            assertThat(row.get(2)).isEqualTo("two\nlines");
            assertThat(src.next(row)).isTrue();
            assertThat(row.number).isEqualTo(3);
            assertThat(row.get(0)).isEmpty();
            assertThat(row.get(2)).isEqualTo("last");
            assertThat(src.next(row)).isFalse();
        }
    }

    @Test
    @DisplayName("CSV 编码：合法 UTF-8 按 UTF-8 读，否则按 GB18030 读")
    void csvEncoding() throws Exception {
        Path utf8 = dir.resolve("u.csv");
        Files.write(utf8, "名称\n土地\n".getBytes(StandardCharsets.UTF_8));
        Path gb = dir.resolve("g.csv");
        Files.write(gb, "名称\n土地\n".getBytes(CsvRowSource.GB18030));
        assertThat(CsvRowSource.isUtf8(utf8)).isTrue();
        assertThat(CsvRowSource.isUtf8(gb)).isFalse();
        try (CsvRowSource src = CsvRowSource.open(gb)) {
            SourceRow row = new SourceRow();
            src.next(row);
            assertThat(row.get(0)).isEqualTo("名称");
            assertThat(src.charset()).isEqualTo(CsvRowSource.GB18030);
        }
    }

    @Test
    @DisplayName("CSV 既不是合法 UTF-8 也不是合法 GB18030：拒绝而不是导入乱码")
    void csvInNeitherEncodingIsRefused() throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.write(bad, new byte[] {'a', ',', 'b', '\n', 'x', (byte) 0xFF, (byte) 0xFF, ',', (byte) 0x80, '\n'});
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CsvRowSource.open(bad))
                .isInstanceOf(BadFileException.class).hasMessage("registry.import.bad_encoding");
    }

    @Test
    @DisplayName("CSV 与工作簿同样的上限：16,384 列、32,767 个字符的单元格")
    void csvLimits() throws Exception {
        Path wide = dir.resolve("wide.csv");
        Files.writeString(wide, "a\n" + ",".repeat(16_384) + "\n", StandardCharsets.UTF_8);
        Path longCell = dir.resolve("long.csv");
        Files.writeString(longCell, "a,b\nx," + "y".repeat(32_768) + "\n", StandardCharsets.UTF_8);
        for (Path f : java.util.List.of(wide, longCell)) {
            try (CsvRowSource src = CsvRowSource.open(f)) {
                SourceRow row = new SourceRow();
                assertThat(src.next(row)).isTrue();
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> src.next(row))
                        .isInstanceOf(BadFileException.class)
                        .hasMessage(f == wide ? "spreadsheet.too_many_columns" : "spreadsheet.cell_too_long");
            }
        }
    }

    @Test
    @DisplayName("文件内重复检测：10 万个随机代码，重复时返回首次出现的行号")
    void codeSetFindsDuplicates() {
        CodeSet set = CodeSet.engine();
        SplittableRandom rnd = new SplittableRandom(7);
        String[] codes = new String[100_000];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = UnifiedSocialCreditCode.random(rnd, "659001").value();
            assertThat(set.addOrGetFirstRow(codes[i], i + 2)).isZero();
        }
        assertThat(set.size()).isEqualTo(codes.length);
        assertThat(set.addOrGetFirstRow(codes[12_345], 999_999)).isEqualTo(12_347);
        assertThat(set.addOrGetFirstRow(codes[0], 999_999)).isEqualTo(2);
    }

    @Test
    @DisplayName("二进制识别：NUL 字节或大量控制字符视为非文本")
    void binarySniffing() {
        assertThat(ImportFiles.looksBinary("a,b\n1,2\n".getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(ImportFiles.looksBinary(new byte[] {'%', 'P', 'D', 'F', 0, 1})).isTrue();
    }
}
