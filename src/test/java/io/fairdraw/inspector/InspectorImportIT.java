package io.fairdraw.inspector;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
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

/** 检查人员导入：逐行校验（行、列、原因），有效行按编号新增或更新，重复导入无变化，只能导入本单位。 */
@AppIT
class InspectorImportIT {

    static final List<String> HEADERS = List.of("检查人员编号", "姓名", "所属单位代码", "执法证号", "执法证有效期至", "专业领域",
            "状态", "联合抽查人员", "联系电话", "身份证号");
    static final String EXPIRY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusYears(2).toString();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    static byte[] xlsx(List<List<String>> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "test", "1.0");
        Worksheet ws = wb.newWorksheet("检查人员");
        List<List<String>> all = new ArrayList<>();
        all.add(HEADERS);
        all.addAll(rows);
        for (int r = 0; r < all.size(); r++) {
            for (int c = 0; c < all.get(r).size(); c++) {
                ws.value(r, c, all.get(r).get(c));
            }
        }
        ws.finish();
        wb.finish();
        return out.toByteArray();
    }

    HttpResponse<String> upload(String user, byte[] file) throws Exception {
        String boundary = "----fd" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"i.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/inspectors/imports"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + WebClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static List<String> row(String id, String unit, String expiry, String status, String idNumber) {
        return List.of(id, "导入测试" + id.substring(id.length() - 1), unit, "XJ9" + id.hashCode() % 1000, expiry, "土地、矿产",
                status, "否", "13912345678", idNumber);
    }

    @Test
    @DisplayName("逐行报告行号、列名（模板中文列名）和原因；有效行导入；同一文件再导入全部未变化")
    void importsValidRowsAndReportsErrors() throws Exception {
        byte[] file = xlsx(List.of(
                row("XJ-IT-D02-1", "D02", EXPIRY, "在岗", "11010519491231002X"),
                row("XJ-IT-D02-2", "D02", EXPIRY, "离岗", ""),
                row("XJ IT 3", "D02", EXPIRY, "在岗", ""),
                row("XJ-IT-D01-4", "D01", EXPIRY, "在岗", ""),
                row("XJ-IT-D02-5", "D02", "明年", "在岗", ""),
                row("XJ-IT-D02-6", "D02", EXPIRY, "休假", "110105194912310021"),
                row("XJ-IT-D02-1", "D02", EXPIRY, "在岗", ""),
                row("XJ-D01-001", "D02", EXPIRY, "在岗", "")));
        HttpResponse<String> r = upload("liaison.d02", file);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.body()).contains("\"total\":8", "\"accepted\":2", "\"inserted\":2", "\"updated\":0",
                "\"unchanged\":0", "\"rejected\":6");
        assertThat(r.body())
                .contains("{\"row\":4,\"column\":\"检查人员编号\",\"message\":\"检查人员编号“XJ IT 3”格式不正确")
                .contains("{\"row\":5,\"column\":\"所属单位代码\",\"message\":\"单位 D01 不是您维护的单位")
                .contains("{\"row\":6,\"column\":\"执法证有效期至\",\"message\":\"日期“明年”无法识别")
                .contains("{\"row\":7,\"column\":\"状态\",\"message\":\"状态“休假”无法识别")
                .contains("{\"row\":7,\"column\":\"身份证号\"")
                .contains("{\"row\":8,\"column\":\"检查人员编号\",\"message\":\"编号 XJ-IT-D02-1 在第 2 行已出现")
                .contains("{\"row\":9,\"column\":\"所属单位代码\",\"message\":\"编号 XJ-D01-001 已属于单位 D01");
        assertThat(jdbc.sql("SELECT status FROM inspector WHERE id = 'XJ-IT-D02-2'").query(String.class).single())
                .isEqualTo("OFF_DUTY");
        assertThat(jdbc.sql("SELECT unit_code FROM inspector WHERE id = 'XJ-D01-001'").query(String.class).single())
                .isEqualTo("D01");
        assertThat(jdbc.sql("SELECT count(*) FROM inspector WHERE id LIKE 'XJ-IT-D01-%' OR id = 'XJ-IT-D02-5'")
                .query(Long.class).single()).isZero();

        HttpResponse<String> again = upload("liaison.d02", file);
        assertThat(again.body()).contains("\"inserted\":0", "\"updated\":0", "\"unchanged\":2");
        byte[] changed = xlsx(List.of(row("XJ-IT-D02-2", "D02", EXPIRY, "在岗", "")));
        assertThat(upload("liaison.d02", changed).body()).contains("\"updated\":1");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'INSPECTOR_UPDATED' AND target_id = 'XJ-IT-D02-2'")
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("导出后原样导入（含脱敏值）不改变任何数据；非联络员不能导入")
    void exportRoundTrip() throws Exception {
        WebClient liaison = WebClient.loggedIn(port, "liaison.d02");
        byte[] exported = liaison.getBytes("/inspectors/export?unit=D02&q=XJ-D02-00").body();
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(exported))) {
            List<Row> all = wb.getFirstSheet().read();
            for (Row r : all.subList(1, all.size())) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < HEADERS.size(); c++) {
                    String t = r.getCellText(c);
                    cells.add(c == 4 && !t.isEmpty() ? r.getCellAsDate(c).orElseThrow().toLocalDate().toString() : t);
                }
                // As a planner would send it back: personal data masked.
                cells.set(8, cells.get(8).isEmpty() ? "" : cells.get(8).substring(0, 3) + "****"
                        + cells.get(8).substring(7));
                rows.add(cells);
            }
        }
        assertThat(rows).hasSizeGreaterThanOrEqualTo(8);
        String phones = jdbc.sql("SELECT string_agg(phone, ',' ORDER BY id) FROM inspector WHERE unit_code = 'D02'")
                .query(String.class).single();
        HttpResponse<String> r = upload("liaison.d02", xlsx(rows));
        assertThat(r.body()).contains("\"rejected\":0", "\"inserted\":0", "\"updated\":0");
        assertThat(jdbc.sql("SELECT string_agg(phone, ',' ORDER BY id) FROM inspector WHERE unit_code = 'D02'")
                .query(String.class).single()).isEqualTo(phones);
        assertThat(upload("planner.d02", xlsx(rows)).statusCode()).isEqualTo(403);
        HttpResponse<byte[]> template = liaison.getBytes("/inspectors/import/template.xlsx");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(wb.getFirstSheet().read().get(0).getCellText(0)).isEqualTo("检查人员编号");
            assertThat(wb.getSheets().count()).isEqualTo(2);
        }
    }
}
