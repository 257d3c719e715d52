package io.fairdraw.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 检查细则（issue 19 第 3 项）：用真实的 .xlsx 文件导入、按版本保存、门户公开、导出可再导入。 */
@AppIT
class ChecklistImportIT {

    static final List<String> HEADER = List.of("序号", "检查要点", "依据条款", "检查方法", "结果选项");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("检查表");
        for (int c = 0; c < HEADER.size(); c++) {
            ws.value(0, c, HEADER.get(c));
        }
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                Object v = rows.get(r).get(c);
                if (v instanceof Number n) {
                    ws.value(r + 1, c, n);
                } else if (v != null) {
                    ws.value(r + 1, c, v.toString());
                }
            }
        }
        wb.finish();
        return out.toByteArray();
    }

    static final List<List<Object>> CHECKLIST = List.of(
            List.of(1, "是否按批准的复垦方案开展复垦", "《土地复垦条例》第十七条", "查阅复垦方案、现场核查", "符合/不符合/不涉及"),
            List.of(2, "是否按规定预存土地复垦费用", "《土地复垦条例》第十八条", "查阅费用预存凭证", ""),
            List.of(3, "复垦后的土地是否经验收合格", "《土地复垦条例》第二十八条", "查阅验收资料"));

    private String newItem(WebClient c) {
        String code = CatalogVersioningIT.code();
        HttpResponse<String> created = c.api("POST", "/api/v1/catalog/items", "liaison.d01",
                CatalogVersioningIT.json(code, "《土地复垦条例》第十七条", "土地复垦义务履行情况检查",
                        CatalogVersioningIT.TODAY.minusYears(1), "首次发布"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return code;
    }

    private long points(String code, int versionNo) {
        return jdbc.sql("""
                SELECT count(*) FROM catalog_checklist_point p JOIN catalog_item_version v ON v.id = p.version_id
                JOIN catalog_item i ON i.id = v.item_id WHERE i.code = ? AND v.version_no = ?""")
                .params(code, versionNo).query(Long.class).single();
    }

    private long versions(String code) {
        return jdbc.sql("SELECT count(*) FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id WHERE i.code = ?")
                .param(code).query(Long.class).single();
    }

    @Test
    @DisplayName("导入 .xlsx 检查表生成事项新版本，旧版本保留原检查表；同一文件再导入不变；门户公开现行版本的检查表")
    void importVersionsAndPublishes() throws Exception {
        WebClient c = new WebClient(port);
        String code = newItem(c);
        byte[] file = xlsx(CHECKLIST);

        HttpResponse<String> first = c.apiUpload("/api/v1/catalog/items/" + code + "/checklist?reason=%E5%8F%91%E5%B8%83%E6%A3%80%E6%9F%A5%E7%BB%86%E5%88%99",
                "liaison.d01", "checklist.xlsx", file);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.body()).contains("\"versionNo\":2", "\"points\":3", "\"created\":true");
        assertThat(points(code, 1)).isZero();
        assertThat(points(code, 2)).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CATALOG_CHECKLIST_REPLACED' AND target_id = ?")
                .param(code).query(Long.class).single()).isEqualTo(1);

        HttpResponse<String> again = c.apiUpload("/api/v1/catalog/items/" + code + "/checklist?reason=x", "liaison.d01",
                "checklist.xlsx", file);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(again.body()).contains("\"created\":false", "\"versionNo\":2");
        assertThat(versions(code)).isEqualTo(2);

        // A content revision carries the checklist into the next version.
        HttpResponse<String> revised = c.api("POST", "/api/v1/catalog/items/" + code + "/versions", "liaison.d01",
                CatalogVersioningIT.json(code, "《土地复垦条例》第十七条", "土地复垦义务履行情况检查（修订）",
                        CatalogVersioningIT.TODAY, "名称调整"));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(201);
        assertThat(points(code, 3)).isEqualTo(3);

        String portal = new WebClient(port).get("/public/catalog/" + code).body();
        assertThat(portal).contains("是否按规定预存土地复垦费用", "《土地复垦条例》第二十八条", "查阅验收资料", "符合/不符合/不涉及");
        assertThat(new WebClient(port).get("/public/catalog").body()).contains("/public/catalog/" + code);
        String v1 = new WebClient(port).get("/public/catalog/" + code + "?version=1").body();
        assertThat(v1).contains("该版本尚无检查细则").doesNotContain("是否按规定预存土地复垦费用");

        // The public download is the import template filled in: importing it again changes nothing.
        HttpResponse<byte[]> download = new WebClient(port).getBytes("/public/catalog/" + code + "/checklist.xlsx");
        assertThat(download.statusCode()).isEqualTo(200);
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(download.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(rows.get(0).getCellText(2)).isEqualTo("依据条款");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("是否按规定预存土地复垦费用");
        }
        HttpResponse<String> roundTrip = c.apiUpload("/api/v1/catalog/items/" + code + "/checklist?reason=x",
                "liaison.d01", "download.xlsx", download.body());
        assertThat(roundTrip.statusCode()).as(roundTrip.body()).isEqualTo(200);
        assertThat(versions(code)).isEqualTo(3);
    }

    @Test
    @DisplayName("有错误的检查表整体不导入，按行列给出中文原因；非联络员不能导入；不是 .xlsx 的文件被拒绝")
    void errorsStoreNothing() throws Exception {
        WebClient c = new WebClient(port);
        String code = newItem(c);
        byte[] bad = xlsx(List.of(
                List.of(1, "是否按批准的复垦方案开展复垦", "《土地复垦条例》第十七条", "查阅复垦方案"),
                List.of(1, "是否按规定预存土地复垦费用", "", "查阅费用预存凭证"),
                List.of("三", "复垦后的土地是否经验收合格", "《土地复垦条例》第二十八条", "查阅验收资料", "合格/不合格")));
        HttpResponse<String> refused = c.apiUpload("/api/v1/catalog/items/" + code + "/checklist?reason=x",
                "liaison.d01", "bad.xlsx", bad);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body())
                .contains("{\"row\":3,\"column\":\"序号\",\"message\":\"序号 1 在第 2 行已出现")
                .contains("{\"row\":3,\"column\":\"依据条款\",\"message\":\"请填写该要点依据的法律条款")
                .contains("{\"row\":4,\"column\":\"序号\",\"message\":\"序号“三”无效")
                .contains("{\"row\":4,\"column\":\"结果选项\"");
        assertThat(versions(code)).isEqualTo(1);

        HttpResponse<String> notXlsx = c.apiUpload("/api/v1/catalog/items/" + code + "/checklist?reason=x",
                "liaison.d01", "x.xlsx", "序号,检查要点\n1,x".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(notXlsx.statusCode()).isEqualTo(400);
        assertThat(notXlsx.body()).contains("不是有效的 .xlsx 工作簿");

        HttpResponse<String> planner = c.apiUpload("/api/v1/catalog/items/" + code + "/checklist?reason=x",
                "planner.d01", "checklist.xlsx", xlsx(CHECKLIST));
        assertThat(planner.statusCode()).isEqualTo(403);
        HttpResponse<String> otherUnit = c.apiUpload("/api/v1/catalog/items/" + code + "/checklist?reason=x",
                "liaison.d02", "checklist.xlsx", xlsx(CHECKLIST));
        assertThat(otherUnit.statusCode()).isIn(403, 404);
        assertThat(versions(code)).isEqualTo(1);
    }

    @Test
    @DisplayName("事项页面通过表单导入检查表，错误逐行显示；检查表可导出")
    void formImport() throws Exception {
        WebClient c = new WebClient(port);
        String code = newItem(c);
        WebClient web = WebClient.loggedIn(port, "liaison.d01");
        String page = web.get("/catalog/items/" + code).body();
        assertThat(page).contains("checklist-form");
        HttpResponse<String> posted = web.postMultipart("/catalog/items/" + code + "/checklist",
                java.util.Map.of("reason", "发布检查细则"),
                List.of(new WebClient.FilePart("file", "checklist.xlsx", xlsx(CHECKLIST))));
        assertThat(posted.statusCode()).isIn(200, 302, 303);
        String after = web.get("/catalog/items/" + code).body();
        assertThat(after).contains("是否按规定预存土地复垦费用");
        assertThat(points(code, 2)).isEqualTo(3);
        HttpResponse<byte[]> export = web.getBytes("/catalog/items/" + code + "/checklist.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
    }
}
