package io.fairdraw.registry;

import static io.fairdraw.registry.TestFiles.HEADER;
import static io.fairdraw.registry.TestFiles.newCode;
import static io.fairdraw.registry.TestFiles.row;
import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.shared.UnifiedSocialCreditCode;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** POST /api/v1/registry/imports with real files (DESIGN.md §5 contract). */
@AppIT
class RegistryImportIT {

    private static final String IMPORTS = "/api/v1/registry/imports";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private JsonNode upload(String name, byte[] content, int expectedStatus) {
        HttpResponse<String> r = new WebClient(port).apiUpload(IMPORTS, "liaison.d01", name, content);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(expectedStatus);
        return JSON.readTree(r.body());
    }

    private JsonNode entity(String code) {
        HttpResponse<String> r = new WebClient(port).api("GET", "/api/v1/registry/entities/" + code, "liaison.d01", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    private long registryFingerprint() {
        return jdbc.sql("SELECT count(*) * 1000003 + coalesce(sum(version), 0) FROM registry_entity").query(Long.class).single()
                + jdbc.sql("SELECT count(*) FROM registry_entity_change").query(Long.class).single();
    }

    @Test
    @DisplayName("手工制作的 .xlsx（共享字符串、列顺序打乱、表头带空格、多余列）：新增，重复导入无变化")
    void handMadeXlsxInsertsThenIsIdempotent() {
        String a = newCode();
        String b = newCode();
        // Columns reversed, trailing spaces in the header, one unknown column: matched by name.
        List<String> header = new ArrayList<>(HEADER.stream().map(h -> h + "  ").toList());
        header.add("备注");
        java.util.Collections.reverse(header);
        List<String> ra = row(a, "阿拉尔市鑫源矿业有限公司");
        ra.add("忽略我");
        java.util.Collections.reverse(ra);
        List<String> rb = row(b.toLowerCase(), "  测试林业专业合作社 ");
        rb.set(3, "林草");
        rb.set(9, "");
        rb.add("");
        java.util.Collections.reverse(rb);
        byte[] file = TestFiles.xlsx(header, List.of(ra, rb));

        JsonNode first = upload("名录.xlsx", file, 200);
        assertThat(first.get("total").asInt()).isEqualTo(2);
        assertThat(first.get("inserted").asInt()).isEqualTo(2);
        assertThat(first.get("accepted").asInt()).isEqualTo(2);
        assertThat(first.get("rejected").asInt()).isZero();
        assertThat(first.get("errors").size()).isZero();
        JsonNode eb = entity(b);
        assertThat(eb.get("name").asString()).isEqualTo("测试林业专业合作社");
        assertThat(eb.get("field").asString()).isEqualTo("FOREST_GRASS");
        assertThat(eb.get("riskClass").isNull()).isTrue();
        assertThat(entity(a).get("licenseNo").asString()).isEqualTo("C6590022020");

        long before = registryFingerprint();
        JsonNode again = upload("名录.xlsx", file, 200);
        assertThat(again.get("unchanged").asInt()).isEqualTo(2);
        assertThat(again.get("inserted").asInt() + again.get("updated").asInt()).isZero();
        assertThat(again.get("nothingChanged").asBoolean()).isTrue();
        assertThat(again.get("message").asString()).contains("没有任何变更");
        assertThat(registryFingerprint()).isEqualTo(before);
    }

    @Test
    @DisplayName("本系统导出的 .xlsx 原样导入：全部无变化；改一个单元格：更新一行并记录变更历史")
    void ownExportReimports() throws Exception {
        WebClient web = WebClient.loggedIn(port, "liaison.d01");
        HttpResponse<byte[]> export = web.getBytes("/registry/entities/export?unit=D01&field=MINERAL");
        assertThat(export.statusCode()).isEqualTo(200);
        List<List<String>> rows = new ArrayList<>();
        List<String> header;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(export.body()))) {
            List<Row> all = wb.getFirstSheet().read();
            header = all.get(0).stream().map(c -> c == null ? "" : c.getText()).toList();
            for (Row r : all.subList(1, all.size())) {
                List<String> cells = new ArrayList<>();
                for (int i = 0; i < header.size(); i++) {
                    cells.add(r.getCellText(i));
                }
                rows.add(cells);
            }
        }
        assertThat(header.subList(0, 10)).isEqualTo(HEADER);
        assertThat(rows).isNotEmpty();

        JsonNode same = upload("export.xlsx", export.body(), 200);
        assertThat(same.get("total").asInt()).isEqualTo(rows.size());
        assertThat(same.get("unchanged").asInt()).isEqualTo(rows.size());
        assertThat(same.get("nothingChanged").asBoolean()).isTrue();

        List<String> changed = rows.get(0);
        String code = changed.get(0);
        changed.set(6, "李新疆");
        JsonNode one = upload("changed.xlsx", TestFiles.xlsx(header, List.of(changed)), 200);
        assertThat(one.get("updated").asInt()).isEqualTo(1);
        assertThat(entity(code).get("legalRep").asString()).isEqualTo("李新疆");
        String changes = jdbc.sql("SELECT changes::text FROM registry_entity_change WHERE uscc = ? AND source = 'IMPORT' "
                + "ORDER BY id DESC LIMIT 1").param(code).query(String.class).single();
        assertThat(changes).contains("legal_rep").contains("李新疆");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8,false", "UTF-8,true", "GB18030,false"})
    @DisplayName("CSV：UTF-8、带 BOM 的 UTF-8、GB18030 编码均正确识别中文")
    void csvEncodings(String charset, boolean bom) {
        String code = newCode();
        List<String> r = row(code, "石河子市天润测绘地理信息有限公司，分公司");
        r.set(3, "测绘");
        r.set(5, "含\"引号\"的住所");
        byte[] file = TestFiles.csv(HEADER, List.of(r), Charset.forName(charset), bom);
        JsonNode res = upload("名录.csv", file, 200);
        assertThat(res.get("inserted").asInt()).as(res.toString()).isEqualTo(1);
        JsonNode e = entity(code);
        assertThat(e.get("name").asString()).isEqualTo("石河子市天润测绘地理信息有限公司，分公司");
        assertThat(e.get("address").asString()).isEqualTo("含\"引号\"的住所");
        assertThat(e.get("field").asString()).isEqualTo("SURVEYING");
    }

    @Test
    @DisplayName("错误行：校验位、枚举、必填、未知单位、越权单位、文件内重复——逐行逐列报告，有效行照常导入，错误报告含原始值")
    void invalidRowsAreReportedAndValidOnesImported() throws Exception {
        String good = newCode();
        String dup = newCode();
        String badCheck = good.substring(0, 17) + (good.charAt(17) == '0' ? '1' : '0');
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(good, "有效企业"));                                   // row 2
        rows.add(row(badCheck, "校验位错误企业"));                           // row 3
        List<String> badEnums = row(newCode(), "枚举错误企业");
        badEnums.set(3, "水利");
        badEnums.set(8, "正常");
        badEnums.set(9, "E");
        rows.add(badEnums);                                                // row 4
        List<String> missing = row(newCode(), "");
        missing.set(2, "");
        rows.add(missing);                                                 // row 5
        List<String> unknownUnit = row(newCode(), "未知单位企业");
        unknownUnit.set(4, "D99");
        rows.add(unknownUnit);                                             // row 6
        List<String> otherUnit = row(newCode(), "越权单位企业");
        otherUnit.set(4, "D02");
        rows.add(otherUnit);                                               // row 7
        rows.add(row(dup, "重复企业一"));                                   // row 8
        rows.add(row(dup, "重复企业二"));                                   // row 9
        rows.add(row("=HYPERLINK(\"http://x\")", "公式注入"));               // row 10

        JsonNode res = upload("errors.xlsx", TestFiles.xlsx(HEADER, rows), 200);
        assertThat(res.get("total").asInt()).isEqualTo(9);
        assertThat(res.get("inserted").asInt()).isEqualTo(2);
        assertThat(res.get("rejected").asInt()).isEqualTo(7);
        String errors = errorList(res);
        assertThat(errors).contains("3|统一社会信用代码|统一社会信用代码校验位错误");
        assertThat(errors).contains("4|监管领域|监管领域“水利”无效，应为：土地、规划、林草、矿产、测绘、其他。");
        assertThat(errors).contains("4|状态|状态“正常”无效");
        assertThat(errors).contains("4|信用风险分类|信用风险分类“E”无效");
        assertThat(errors).contains("5|名称|“名称”为必填项").contains("5|主体类型|“主体类型”为必填项");
        assertThat(errors).contains("6|所属单位代码|所属单位代码“D99”不存在");
        assertThat(errors).contains("7|所属单位代码|所属单位“D02”不在您的维护范围内");
        assertThat(errors).contains("9|统一社会信用代码|统一社会信用代码 " + dup + " 在本文件中重复（首次出现在第 8 行）");
        assertThat(errors).contains("10|统一社会信用代码|统一社会信用代码应为 18 位");
        assertThat(errors).doesNotContain("8|");

        HttpResponse<byte[]> report = new WebClient(port).getBytesAs(res.get("errorReport").asString(), "liaison.d01");
        assertThat(report.statusCode()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(report.body()))) {
            List<Row> all = wb.getFirstSheet().read();
            assertThat(all.get(0).getCellText(10)).isEqualTo("行号");
            assertThat(all.get(0).getCellText(11)).isEqualTo("错误列");
            assertThat(all.get(0).getCellText(12)).isEqualTo("错误原因");
            assertThat(all).hasSize(8);
            Row badEnumRow = all.stream().filter(r -> "枚举错误企业".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(badEnumRow.getCellText(3)).isEqualTo("水利");
            assertThat(badEnumRow.getCellText(10)).isEqualTo("4");
            Row formula = all.stream().filter(r -> "公式注入".equals(r.getCellText(1))).findFirst().orElseThrow();
            assertThat(formula.getCell(0).getFormula()).isNull();
            assertThat(formula.getCellText(0)).isEqualTo("=HYPERLINK(\"http://x\")");
        }
        assertThat(entity(good).get("name").asString()).isEqualTo("有效企业");
    }

    @Test
    @DisplayName("已登记在其他单位的代码：该行报错在统一社会信用代码列，不改动其他单位的数据")
    void codeOwnedByAnotherUnitIsRejected() {
        String foreign = jdbc.sql("SELECT uscc FROM registry_entity WHERE unit_code = 'D02' LIMIT 1").query(String.class).single();
        String name = jdbc.sql("SELECT name FROM registry_entity WHERE uscc = ?").param(foreign).query(String.class).single();
        JsonNode res = upload("steal.csv", TestFiles.csv(HEADER, List.of(row(foreign, "抢注企业")), StandardCharsets.UTF_8,
                false), 200);
        assertThat(res.get("rejected").asInt()).isEqualTo(1);
        assertThat(errorList(res)).contains("2|统一社会信用代码|统一社会信用代码 " + foreign + " 已登记在单位“D02”名下");
        assertThat(jdbc.sql("SELECT name FROM registry_entity WHERE uscc = ?").param(foreign).query(String.class).single())
                .isEqualTo(name);
    }

    @Test
    @DisplayName("全部行无效：数据库中的名录不变")
    void nothingValidChangesNothing() {
        long before = registryFingerprint();
        List<String> r = row(newCode(), "无效");
        r.set(3, "不存在的领域");
        JsonNode res = upload("bad.csv", TestFiles.csv(HEADER, List.of(r, row("123", "x")), StandardCharsets.UTF_8, false), 200);
        assertThat(res.get("rejected").asInt()).isEqualTo(2);
        assertThat(res.get("accepted").asInt()).isZero();
        assertThat(registryFingerprint()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "空文件, empty.xlsx, EMPTY, registry.import.empty",
            "空 CSV, empty.csv, EMPTY, registry.import.empty",
            "只有表头的 xlsx, header.xlsx, HEADER_XLSX, registry.import.no_rows",
            "只有表头的 csv, header.csv, HEADER_CSV, registry.import.no_rows",
            "PDF 改名为 xlsx, fake.xlsx, PDF, registry.import.bad_file",
            "Word 文档, file.doc, HEADER_CSV, registry.import.bad_file",
            "PDF 改名为 csv, fake.csv, PDF, registry.import.bad_file",
            "缺少列, short.csv, MISSING, registry.import.missing_columns",
            "坏的 zip, broken.xlsx, BROKEN_ZIP, registry.import.bad_file"})
    @DisplayName("整个文件被拒绝：400，JSON 说明原因，不保存任何内容")
    void refusedFiles(String label, String name, String kind, String code) {
        long imports = jdbc.sql("SELECT count(*) FROM registry_import").query(Long.class).single();
        long before = registryFingerprint();
        JsonNode res = upload(name, content(kind), 400);
        assertThat(res.get("status").asInt()).isEqualTo(400);
        assertThat(res.get("error").asString()).isEqualTo("bad_request");
        assertThat(res.get("code").asString()).isEqualTo(code);
        assertThat(res.get("message").asString()).isNotBlank().doesNotContain("registry.");
        if (kind.equals("MISSING")) {
            assertThat(res.get("message").asString()).contains("状态").contains("信用风险分类");
        }
        assertThat(jdbc.sql("SELECT count(*) FROM registry_import").query(Long.class).single()).isEqualTo(imports);
        assertThat(registryFingerprint()).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"garbage.xlsx", "garbage.csv"})
    @DisplayName("50 MB 随机字节：400 bad_file，不保存任何内容")
    void fiftyMegabytesOfGarbage(String name) {
        byte[] garbage = new byte[50 * 1024 * 1024];
        new Random(42).nextBytes(garbage);
        long before = registryFingerprint();
        JsonNode res = upload(name, garbage, 400);
        assertThat(res.get("code").asString()).isEqualTo("registry.import.bad_file");
        assertThat(registryFingerprint()).isEqualTo(before);
    }

    @Test
    @DisplayName("非联络员不能导入（403），越权查询返回 404")
    void onlyLiaisonsImportAndScopeApplies() {
        HttpResponse<String> r = new WebClient(port).apiUpload(IMPORTS, "planner.d01", "a.csv",
                TestFiles.csv(HEADER, List.of(row(newCode(), "x")), StandardCharsets.UTF_8, false));
        assertThat(r.statusCode()).isEqualTo(403);
        String foreign = jdbc.sql("SELECT uscc FROM registry_entity WHERE unit_code = 'D02' LIMIT 1").query(String.class).single();
        assertThat(new WebClient(port).api("GET", "/api/v1/registry/entities/" + foreign, "liaison.d01", null).statusCode())
                .isEqualTo(404);
        assertThat(new WebClient(port).api("GET", "/api/v1/registry/entities/" + foreign, "auditor", null).statusCode())
                .isEqualTo(200);
        assertThat(UnifiedSocialCreditCode.isValid(foreign)).isTrue();
    }

    private static String errorList(JsonNode res) {
        List<String> out = new ArrayList<>();
        res.get("errors").forEach(e -> out.add(e.get("row").asInt() + "|" + e.get("column").asString() + "|"
                + e.get("message").asString()));
        return out.stream().collect(Collectors.joining("\n"));
    }

    private static byte[] content(String kind) {
        switch (kind) {
            case "EMPTY":
                return new byte[0];
            case "HEADER_XLSX":
                return TestFiles.xlsx(HEADER, List.of());
            case "HEADER_CSV":
                return TestFiles.csv(HEADER, List.of(), StandardCharsets.UTF_8, false);
            case "PDF":
                return "%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n\u0000\u0001".getBytes(StandardCharsets.ISO_8859_1);
            case "MISSING":
                return TestFiles.csv(HEADER.subList(0, 8), List.of(row(newCode(), "x").subList(0, 8)),
                        StandardCharsets.UTF_8, false);
            case "BROKEN_ZIP":
                byte[] b = TestFiles.xlsx(HEADER, List.of(row(newCode(), "x")));
                return java.util.Arrays.copyOf(b, b.length / 2);
            default:
                throw new IllegalArgumentException(kind);
        }
    }
}
