package io.fairdraw.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.support.HostileFiles;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bound of {@link XlsxLimits} at its edge: the last allowed value is read, the next one refused by name. */
class XlsxLimitsTest {

    static final XlsxLimits EXCEL = XlsxLimits.excel(1L << 30);

    @TempDir
    Path dir;

    private Path book(String sheetData, String strings) throws Exception {
        return book(sheetData, strings, 0);
    }

    private Path book(String sheetData, String strings, int extraEntries) throws Exception {
        Path f = Files.createTempFile(dir, "b", ".xlsx");
        try (OutputStream out = Files.newOutputStream(f)) {
            HostileFiles.workbook(out, w -> w.text(sheetData), strings == null ? null : w -> w.text(strings), extraEntries);
        }
        return f;
    }

    private static List<String> read(Path file, XlsxLimits limits) throws Exception {
        List<String> rows = new ArrayList<>();
        try (XlsxReader r = XlsxReader.open(file, limits)) {
            SheetRow row = new SheetRow();
            while (r.next(row)) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < row.width(); i++) {
                    cells.add(row.text(i) + (row.isNumber(i) ? "#" : ""));
                }
                rows.add(row.number() + ":" + String.join("|", cells));
            }
        }
        return rows;
    }

    private void refused(Path file, XlsxLimits limits, String key, Object... args) {
        assertThatThrownBy(() -> read(file, limits)).isInstanceOf(SpreadsheetRefused.class)
                .satisfies(e -> {
                    assertThat(((SpreadsheetRefused) e).messageKey()).isEqualTo(key);
                    if (args.length > 0) {
                        assertThat(((SpreadsheetRefused) e).args()).containsExactly(args);
                    }
                });
    }

    private static String cell(String ref, String text) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
    }

    @Test
    @DisplayName("列：XFD（第 16,384 列）可读，XFE 与溢出 int 的列字母被拒绝")
    void columns() throws Exception {
        assertThat(read(book("<row r=\"1\">" + cell("XFD1", "x") + "</row>", null), EXCEL).get(0)).endsWith("|x");
        refused(book("<row r=\"1\">" + cell("XFE1", "x") + "</row>", null), EXCEL, "spreadsheet.too_many_columns", 1, 16_384);
        refused(book("<row r=\"2\">" + cell("ZZZZZZZZZZZZZZ2", "x") + "</row>", null), EXCEL, "spreadsheet.too_many_columns");
        // Without references each cell is the next column: the 16,385th is refused too.
        refused(book("<row r=\"1\">" + "<c t=\"inlineStr\"><is><t>x</t></is></c>".repeat(16_385) + "</row>", null), EXCEL,
                "spreadsheet.too_many_columns");
    }

    @Test
    @DisplayName("行：第 1,048,576 行可读，第 1,048,577 行（按行号或按行数）被拒绝")
    void rows() throws Exception {
        assertThat(read(book("<row r=\"1048576\">" + cell("A1048576", "x") + "</row>", null), EXCEL))
                .containsExactly("1048576:x");
        refused(book("<row r=\"1048577\"/>", null), EXCEL, "spreadsheet.too_many_rows", 1_048_576);
        refused(book("<row r=\"99999999999\"/>", null), EXCEL, "spreadsheet.too_many_rows");
        refused(book("<row r=\"1\"/>".repeat(101), null), EXCEL.withRows(100, 1000), "spreadsheet.too_many_rows", 100);
    }

    @Test
    @DisplayName("单元格：32,767 个字符可读（行内、共享、多段富文本、中文），32,768 个被拒绝")
    void cellText() throws Exception {
        String max = "中".repeat(32_767);
        assertThat(read(book("<row r=\"1\">" + cell("A1", max) + "</row>", null), EXCEL).get(0)).isEqualTo("1:" + max);
        refused(book("<row r=\"1\">" + cell("B1", "a".repeat(32_768)) + "</row>", null), EXCEL,
                "spreadsheet.cell_too_long", 1, "B", 32_767);
        String runs = "<c r=\"C1\" t=\"inlineStr\"><is><r><t>" + "a".repeat(20_000) + "</t></r><r><t>" + "b".repeat(20_000)
                + "</t></r></is></c>";
        refused(book("<row r=\"1\">" + runs + "</row>", null), EXCEL, "spreadsheet.cell_too_long", 1, "C", 32_767);
        String sheet = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
        assertThat(read(book(sheet, "<sst><si><t>" + max + "</t></si></sst>"), EXCEL).get(0)).isEqualTo("1:" + max);
        refused(book(sheet, "<sst><si><t>x</t></si><si><t>" + "😀".repeat(16_384) + "</t></si></sst>"), EXCEL,
                "spreadsheet.string_too_long", 2, 32_767);
        refused(book("<row r=\"1\">" + cell("A1", "a".repeat(60)) + cell("B1", "b".repeat(60)) + "</row>", null),
                EXCEL.withRows(100, 100), "spreadsheet.row_too_long", 1, 100);
    }

    @Test
    @DisplayName("解压字节数按实际读取计算：超过上限即拒绝；共享字符串个数、压缩条目数、嵌套深度各有上限")
    void volume() throws Exception {
        Path blanks = book("<row r=\"1\">" + cell("A1", "x") + "</row>" + " ".repeat(2 << 20), null);
        assertThat(read(blanks, XlsxLimits.excel(4 << 20))).containsExactly("1:x");
        refused(blanks, XlsxLimits.excel(1 << 20), "spreadsheet.too_much_data", 1L);

        String sheet = "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
        Path strings = book(sheet, "<sst>" + "<si><t>s</t></si>".repeat(11) + "</sst>");
        assertThat(read(strings, EXCEL.withEntriesAndStrings(100, 11))).containsExactly("1:s");
        refused(strings, EXCEL.withEntriesAndStrings(100, 10), "spreadsheet.too_many_strings", 10);

        Path entries = book(sheet.replace("t=\"s\"", "").replace("<v>0</v>", "<v>1</v>"), null, 30);
        assertThat(read(entries, EXCEL.withEntriesAndStrings(40, 10))).containsExactly("1:1#");
        refused(entries, EXCEL.withEntriesAndStrings(20, 10), "spreadsheet.too_many_entries", 20);

        refused(book("<row r=\"1\"><c r=\"A1\">" + "<x>".repeat(200) + "</c></row>", null), EXCEL,
                "spreadsheet.too_deep", 100);
    }

    @Test
    @DisplayName("公式单元格只取缓存值作为文本，从不计算；没有缓存值的公式为空")
    void formulas() throws Exception {
        Path f = book("<row r=\"1\"><c r=\"A1\" t=\"str\"><f>HYPERLINK(\"http://evil.example\",\"x\")</f><v>缓存</v></c>"
                + "<c r=\"B1\"><f>1+1</f><v>2</v></c><c r=\"C1\" t=\"str\"><f>NOW()</f></c>"
                + "<c r=\"D1\" t=\"s\"><f>A1</f><v>0</v></c></row>", "<sst><si><t>共享</t></si></sst>");
        assertThat(read(f, EXCEL)).containsExactly("1:缓存|2#||共享");
    }
}
