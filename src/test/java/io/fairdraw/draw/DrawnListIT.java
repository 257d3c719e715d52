package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.QrImages;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 21 acceptance 4: the drawn list prints and exports with names and teams; its QR code is the absolute public URL. */
@AppIT
class DrawnListIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    /** One drawn entity as the database holds it: name and the team (after substitutions) by name and id. */
    record Expected(String uscc, String name, List<String> ids, List<String> names) {
    }

    @Test
    @DisplayName("抽取结果：打印页与 .xlsx 都有主体名称、统一社会信用代码和检查组人员姓名；二维码解码为公开验证页的绝对地址")
    void printAndExportCarryNamesTeamsAndTheAbsoluteUrl() throws Exception {
        Map<String, Object> drawn = jdbc.sql("SELECT d.draw_id, d.task_id, p.unit_code FROM draw_announcement d "
                + "JOIN plan_task t ON t.id = d.task_id JOIN plan_annual p ON p.id = t.plan_id "
                + "WHERE d.status = 'EXECUTED' AND p.unit_code IN ('D01', 'D02') AND EXISTS "
                + "(SELECT 1 FROM inspection_visit v WHERE v.draw_id = d.draw_id) ORDER BY d.draw_id LIMIT 1")
                .query().singleRow();
        String drawId = (String) drawn.get("draw_id");
        String unit = ((String) drawn.get("unit_code")).toLowerCase(Locale.ROOT);
        List<Expected> expected = expected(drawId);
        assertThat(expected).as("visits of the demo draw %s", drawId).isNotEmpty();

        WebClient planner = WebClient.loggedIn(port, "planner." + unit);
        String publicUrl = planner.base() + "/public/draws/" + drawId;

        // The staff draw page links both.
        String drawPage = planner.get("/tasks/" + drawn.get("task_id") + "/draws").body();
        assertThat(drawPage).contains("/draws/" + drawId + "/drawn-list\"", "/draws/" + drawId + "/drawn-list.xlsx\"");

        // Print page: A4 print stylesheet, every entity by name and USCC, every inspector by name and id.
        HttpResponse<String> print = planner.get("/draws/" + drawId + "/drawn-list");
        assertThat(print.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(print.body());
        assertThat(page.select("link[href*=print.css]")).isNotEmpty();
        for (Expected e : expected) {
            Element row = page.selectFirst("#drawn-list tr[data-uscc=" + e.uscc() + "]");
            assertThat(row).as("row of %s", e.uscc()).isNotNull();
            assertThat(row.text()).contains(e.uscc(), e.name());
            for (int i = 0; i < e.ids().size(); i++) {
                assertThat(row.text()).contains(e.names().get(i) + "（" + e.ids().get(i) + "）");
            }
        }
        assertThat(page.select("#drawn-list tbody tr")).hasSizeGreaterThanOrEqualTo(expected.size());
        assertThat(page.selectFirst("#drawn-list-url").text()).isEqualTo(publicUrl);
        assertThat(QrImages.decodeDataUri(page.selectFirst("#drawn-list-qr").attr("src"))).isEqualTo(publicUrl);

        // .xlsx: Chinese headers, the same names and teams, the same URL.
        HttpResponse<byte[]> xlsx = planner.getBytes("/draws/" + drawId + "/drawn-list.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<Row> rows = wb.getFirstSheet().read();
            List<String> headers = new ArrayList<>();
            rows.get(0).forEach(c -> headers.add(c.getText()));
            assertThat(headers).containsExactly("序号", "统一社会信用代码", "市场主体名称", "检查组", "检查人员编号",
                    "抽取记录编号", "公开验证地址");
            Map<String, Row> byUscc = new LinkedHashMap<>();
            rows.stream().skip(1).forEach(r -> byUscc.put(r.getCellText(1), r));
            for (Expected e : expected) {
                Row r = byUscc.get(e.uscc());
                assertThat(r).as("xlsx row of %s", e.uscc()).isNotNull();
                assertThat(r.getCellText(2)).isEqualTo(e.name());
                assertThat(Arrays.asList(r.getCellText(3).split("、"))).containsExactlyInAnyOrderElementsOf(e.names());
                assertThat(Arrays.asList(r.getCellText(4).split("、"))).containsExactlyInAnyOrderElementsOf(e.ids());
                assertThat(r.getCellText(6)).isEqualTo(publicUrl);
            }
        }

        // The URL is the public verification page, which answers without a login.
        assertThat(new WebClient(port).get("/public/draws/" + drawId).statusCode()).isEqualTo(200);

        // Scope (DESIGN.md §2): another division's staff get 404 for both, like the task's draw page.
        String other = unit.equals("d01") ? "d02" : "d01";
        WebClient stranger = WebClient.loggedIn(port, "planner." + other);
        assertThat(stranger.get("/draws/" + drawId + "/drawn-list").statusCode()).isEqualTo(404);
        assertThat(stranger.getBytes("/draws/" + drawId + "/drawn-list.xlsx").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("检查通知书：抽取公开页为绝对地址，并附二维码，解码即为该地址")
    void noticeCarriesAnAbsoluteLinkAndItsQrCode() {
        Map<String, Object> visit = jdbc.sql("SELECT v.id, v.draw_id, p.unit_code FROM inspection_visit v "
                + "JOIN plan_task t ON t.id = v.task_id JOIN plan_annual p ON p.id = t.plan_id "
                + "WHERE p.unit_code IN ('D01', 'D02') ORDER BY v.id LIMIT 1").query().singleRow();
        WebClient planner = WebClient.loggedIn(port, "planner." + ((String) visit.get("unit_code")).toLowerCase(Locale.ROOT));
        String url = planner.base() + "/public/draws/" + visit.get("draw_id");
        HttpResponse<String> notice = planner.get("/inspection/visits/" + visit.get("id") + "/notice");
        assertThat(notice.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(notice.body());
        assertThat(page.selectFirst("#notice-link").text()).contains(url).startsWith("抽取过程公开可验证");
        assertThat(url).startsWith("http://localhost:" + port + "/");
        assertThat(QrImages.decodeDataUri(page.selectFirst("#notice-qr").attr("src"))).isEqualTo(url);
    }

    private List<Expected> expected(String drawId) {
        List<Expected> out = new ArrayList<>();
        jdbc.sql("SELECT v.uscc, e.name, v.inspectors FROM inspection_visit v JOIN registry_entity e ON e.uscc = v.uscc "
                        + "WHERE v.draw_id = ? ORDER BY v.uscc").param(drawId)
                .query((rs, n) -> {
                    List<String> ids = Arrays.asList((String[]) rs.getArray("inspectors").getArray());
                    List<String> names = ids.stream().map(id -> jdbc.sql("SELECT name FROM inspector WHERE id = ?")
                            .param(id).query(String.class).single()).toList();
                    out.add(new Expected(rs.getString("uscc"), rs.getString("name"), ids, names));
                    return n;
                }).list();
        return out;
    }
}
