package io.fairdraw.credit;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.spreadsheet.SheetRow;
import io.fairdraw.spreadsheet.XlsxLimits;
import io.fairdraw.spreadsheet.XlsxReader;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.SignedCredit;
import io.fairdraw.support.TestDivision;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 外部信用的 .xlsx 导入（issue 20 第 3 项）：真实工作簿；整体事务、按行列报错、重复导入幂等；模板可下载。 */
@AppIT
class ExternalCreditImportIT {

    static final String SOURCE = "IT-SAMR";
    static final List<String> HEADER = List.of("来源编号", "变更编号", "统一社会信用代码", "信用风险分类", "生效日期", "原因", "文号");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** A real .xlsx: the header, then rows; a LocalDate becomes a date cell (a number in the workbook). */
    private static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "Fairdraw tests", "1.0");
        Worksheet ws = wb.newWorksheet("Sheet1");
        for (int c = 0; c < HEADER.size(); c++) {
            ws.value(0, c, HEADER.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof LocalDate d) {
                    ws.value(r + 1, c, d);
                    ws.style(r + 1, c).format("yyyy-mm-dd").set();
                } else if (v != null) {
                    ws.value(r + 1, c, v.toString());
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    private String riskClass(String uscc) {
        return jdbc.sql("SELECT risk_class FROM registry_entity WHERE uscc = ?").param(uscc).query(String.class).list().get(0);
    }

    private int changes(String uscc) {
        return jdbc.sql("SELECT count(*) FROM credit_external_change WHERE uscc = ?").param(uscc).query(Integer.class).single();
    }

    @Test
    @DisplayName("管理员导入 .xlsx：有错的文件整体不导入并按行列列出错误；正确文件上调分类并留痕；同一文件再导入不重复调整")
    void importIsTransactionalReportsRowsAndColumnsAndIsIdempotent() throws IOException {
        SignedCredit.source(jdbc, SOURCE, "市场监管（测试）", "it-samr-secret-0123456789-abcdefghij");
        TestDivision.create(jdbc, "CR22");   // a division of this test's own: the demo units' counts are asserted elsewhere
        List<String> e = TestDivision.entities(jdbc, "CR22", 2, 20_094);
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        WebClient admin = WebClient.loggedIn(port, "admin");
        admin.get("/admin/external-credit");

        byte[] bad = xlsx(List.of(
                List.of(SOURCE, "SAMR-IT-1", e.get(0), "C", today, "列入经营异常名录", "市监异〔2027〕1号"),
                List.of(SOURCE, "SAMR-IT-2", e.get(1), "X", today.toString(), "测试", ""),
                List.of("IT-NONE", "SAMR-IT-3", e.get(1), "C", today, "测试", "")));
        HttpResponse<String> refused = admin.postMultipart("/admin/external-credit/imports", Map.of(),
                List.of(new WebClient.FilePart("file", "bad.xlsx", bad)));
        assertThat(refused.statusCode()).isEqualTo(302);
        String page = admin.get("/admin/external-credit").body();
        assertThat(page).contains("文件未导入")
                .containsPattern("data-row=\"3\">\\s*<td>3</td><td>信用风险分类</td><td>riskClass（信用风险分类）“X”无效")
                .containsPattern("data-row=\"4\">\\s*<td>4</td><td>来源编号</td><td>来源编号“IT-NONE”未登记");
        // all or nothing: the valid first row was not stored either
        assertThat(changes(e.get(0))).isZero();
        assertThat(riskClass(e.get(0))).isNull();

        byte[] good = xlsx(List.of(
                List.of(SOURCE, "SAMR-IT-1", e.get(0), "C", today, "列入经营异常名录", "市监异〔2027〕1号"),
                List.of(SOURCE, "SAMR-IT-4", e.get(1), "B", today.plusDays(30).toString(), "预告：信用等级调整", "")));
        admin.postMultipart("/admin/external-credit/imports", Map.of(), List.of(new WebClient.FilePart("file", "good.xlsx", good)));
        assertThat(admin.get("/admin/external-credit").body()).contains("已导入 2 行：新收到 2 条，上调分类 1 户，待生效 1 条，已收到过 0 条");
        assertThat(riskClass(e.get(0))).isEqualTo("C");
        assertThat(riskClass(e.get(1))).as("effective in 30 days: pending").isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM registry_entity_change WHERE uscc = ? AND source = 'EXTERNAL'")
                .param(e.get(0)).query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CREDIT_EXTERNAL_RECEIVED' AND actor = 'admin' "
                + "AND summary LIKE ?").param(SOURCE + " SAMR-IT-%").query(Integer.class).single()).isEqualTo(2);

        // the same file again: nothing new, nothing changed twice
        admin.postMultipart("/admin/external-credit/imports", Map.of(), List.of(new WebClient.FilePart("file", "good.xlsx", good)));
        assertThat(admin.get("/admin/external-credit").body()).contains("已导入 2 行：新收到 0 条，上调分类 0 户，待生效 0 条，已收到过 2 条");
        assertThat(changes(e.get(0))).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM credit_class_change WHERE uscc = ?").param(e.get(0))
                .query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("导入模板可下载，表头即导入所读的七列；非管理员不能导入")
    void templateHasTheImportedColumns() throws IOException {
        HttpResponse<byte[]> t = WebClient.loggedIn(port, "admin").getBytes("/admin/external-credit/template.xlsx");
        assertThat(t.statusCode()).isEqualTo(200);
        Path file = Files.createTempFile("fd-credit-template-", ".xlsx");
        try {
            Files.write(file, t.body());
            List<String> header = new ArrayList<>();
            try (XlsxReader reader = XlsxReader.open(file, XlsxLimits.excel(1 << 20))) {
                SheetRow row = new SheetRow();
                assertThat(reader.next(row)).isTrue();
                for (int c = 0; c < row.width(); c++) {
                    header.add(row.text(c));
                }
            }
            assertThat(header).isEqualTo(HEADER);
        } finally {
            Files.deleteIfExists(file);
        }
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        planner.get("/plans");
        assertThat(planner.postMultipart("/admin/external-credit/imports", Map.of(),
                List.of(new WebClient.FilePart("file", "x.xlsx", new byte[] {1}))).statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("恶意文件（DOCTYPE/XXE、过深的 XML、伪装成 .xlsx 的程序）经同一有界读取器拒绝：400，第 1 行说明原因，不存任何数据")
    void hostileFilesAreRefusedByTheSameLimits() throws IOException {
        int before = jdbc.sql("SELECT count(*) FROM credit_external_change").query(Integer.class).single();
        Path dir = Path.of("target", "hostile");
        for (io.fairdraw.support.HostileFiles.Case c : List.of(io.fairdraw.support.HostileFiles.Case.DOCTYPE_XXE,
                io.fairdraw.support.HostileFiles.Case.DEEP_XML, io.fairdraw.support.HostileFiles.Case.EXECUTABLE)) {
            Path file = io.fairdraw.support.HostileFiles.file(c, dir, "credit", HEADER,
                    List.of("IT-NONE", "H-1", "91659001MA78XK2Q0F", "D", "2026-12-01", "测试", ""));
            HttpResponse<String> r = new WebClient(port).apiUpload("/api/v1/credit/external-changes/imports", "admin",
                    c.fileName, Files.readAllBytes(file));
            assertThat(r.statusCode()).as(c + ": " + r.body()).isEqualTo(400);
            assertThat(r.body()).as(c.name()).contains("\"row\":1");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM credit_external_change").query(Integer.class).single()).isEqualTo(before);
    }
}
