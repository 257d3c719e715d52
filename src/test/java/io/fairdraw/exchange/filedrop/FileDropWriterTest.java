package io.fairdraw.exchange.filedrop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The file drop's writer alone: layout read back from both files, atomic replacement, the mapping's rules. */
class FileDropWriterTest {

    private static final LocalDate DAY = LocalDate.of(2008, 6, 3);
    private static final Properties ZH = bundle("messages.properties");
    private static final FileDropLabels LABELS = (key, fallback) -> ZH.getProperty(key, fallback);

    @TempDir
    Path dir;

    private static FileDropRow row(long id, Long corrects, String name, String category) {
        return new FileDropRow(id, corrects, "2008年土地抽查", "task.type.RANDOM", 2008, "D01", "第一师自然资源局",
                "TST-1", 2, "土地利用检查", "91650000MA00000001", name, "LAND", category,
                LocalDate.of(2008, 5, 30), DAY);
    }

    private Written write(List<String> columns, List<FileFormat> formats, FileDropRow... rows) throws IOException {
        FileDropWriter.Written w = FileDropWriter.write(dir, "drop", DAY, formats, ColumnMapping.parse(columns, LABELS),
                "results", LABELS, (day, out) -> {
                    assertThat(day).isEqualTo(DAY);
                    Arrays.stream(rows).forEach(out);
                });
        return new Written(w, dir.resolve("drop-2008-06-03.xlsx"), dir.resolve("drop-2008-06-03.csv"));
    }

    private record Written(FileDropWriter.Written w, Path xlsx, Path csv) {
    }

    @Test
    @DisplayName("自定义列映射：两种文件读回后表头、列顺序与取值一致；CSV 带 BOM、按 RFC 4180 转义并防公式注入")
    void customMappingReadsBack() throws IOException {
        Written out = write(List.of("result", "Entity=entity_name", "uscc", "record_kind", "inspection_date",
                        "check_type", "corrects_record_id"), List.of(FileFormat.XLSX, FileFormat.CSV),
                row(11, null, "=HYPERLINK(\"x\",\"y\"), 有限公司", "CORRECTED"),
                row(12, 11L, "第二\"公司\"", "NO_PROBLEM"));

        assertThat(out.w().rows()).isEqualTo(2);
        assertThat(out.w().files()).containsExactly(out.xlsx(), out.csv());
        List<String> header = List.of("抽查结果", "Entity", "统一社会信用代码", "记录类型", "抽查日期", "抽查类型", "所更正的检查记录编号");
        List<String> first = List.of("发现问题已责令改正", "=HYPERLINK(\"x\",\"y\"), 有限公司", "91650000MA00000001", "原始",
                "2008-05-30", "不定向抽查", "");
        List<String> second = List.of("未发现问题", "第二\"公司\"", "91650000MA00000001", "更正", "2008-05-30", "不定向抽查", "11");
        // .xlsx: every cell is a text cell, so the formula-looking name stays inert text as it is.
        assertThat(DropFiles.xlsx(out.xlsx())).containsExactly(header, first, second);
        // .csv: the same, except that a cell starting with '=' gets an apostrophe (OWASP: CSV injection).
        List<String> firstCsv = List.of("发现问题已责令改正", "'=HYPERLINK(\"x\",\"y\"), 有限公司", "91650000MA00000001", "原始",
                "2008-05-30", "不定向抽查", "");
        assertThat(DropFiles.csv(out.csv())).containsExactly(header, firstCsv, second);
        String raw = Files.readString(out.csv(), StandardCharsets.UTF_8);
        assertThat(raw).contains("\"'=HYPERLINK(\"\"x\"\",\"\"y\"\"), 有限公司\"");
    }

    @Test
    @DisplayName("重新生成同一天：整体替换当天文件，不重复行，不留临时文件")
    void rerunReplacesTheDaysFiles() throws IOException {
        write(List.of(), List.of(FileFormat.XLSX, FileFormat.CSV), row(1, null, "甲公司", "NO_PROBLEM"),
                row(2, null, "乙公司", "NO_PROBLEM"));
        Written again = write(List.of(), List.of(FileFormat.XLSX, FileFormat.CSV), row(1, null, "甲公司", "NO_PROBLEM"),
                row(2, null, "乙公司", "NO_PROBLEM"));
        byte[] csv = Files.readAllBytes(again.csv());
        write(List.of(), List.of(FileFormat.XLSX, FileFormat.CSV), row(1, null, "甲公司", "NO_PROBLEM"),
                row(2, null, "乙公司", "NO_PROBLEM"));
        assertThat(Files.readAllBytes(again.csv())).as("same rows, same CSV bytes").isEqualTo(csv);
        assertThat(DropFiles.xlsx(again.xlsx())).hasSize(3);
        assertThat(DropFiles.csv(again.csv())).hasSize(3);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("drop-2008-06-03.xlsx", "drop-2008-06-03.csv");
        }
        // Readable by a receiver running as another user (a temporary file starts as owner-only).
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(again.csv())))
                .isEqualTo("rw-r--r--");
    }

    @Test
    @DisplayName("没有公示结果的一天也生成只有表头的文件；只配置 csv 时不生成 xlsx")
    void emptyDayAndOneFormat() throws IOException {
        Written out = write(List.of(), List.of(FileFormat.CSV));
        assertThat(out.w().rows()).isZero();
        assertThat(out.xlsx()).doesNotExist();
        assertThat(DropFiles.csv(out.csv())).hasSize(1);
        assertThat(DropFiles.csv(out.csv()).get(0)).first().isEqualTo("统一社会信用代码");
    }

    @Test
    @DisplayName("默认列映射：与 application.properties 一致，每一列在两个资源包中都有表头；未知数据项在启动时被拒绝")
    void defaultMapping() throws IOException {
        Properties app = bundle("application.properties");
        assertThat(Arrays.asList(app.getProperty("fairdraw.exchange.file-drop.columns").split(",")))
                .isEqualTo(ColumnMapping.DEFAULT);
        Properties en = bundle("messages_en.properties");
        for (SourceField f : SourceField.values()) {
            assertThat(ZH).containsKey("exchange.filedrop.col." + f.key());
            assertThat(en).containsKey("exchange.filedrop.col." + f.key());
        }
        assertThat(ColumnMapping.parse(List.of(), LABELS).headers()).startsWith("统一社会信用代码", "市场主体名称", "抽查事项",
                "检查实施机关", "抽查类型", "抽查日期", "抽查结果");
        assertThatThrownBy(() -> ColumnMapping.parse(List.of("uscc", "Name=no_such_field"), LABELS))
                .hasMessageContaining("no_such_field");
    }

    private static Properties bundle(String name) {
        Properties p = new Properties();
        try (InputStream in = FileDropWriterTest.class.getClassLoader().getResourceAsStream(name)) {
            if (name.startsWith("messages")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } else {
                p.load(in);
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p;
    }
}
