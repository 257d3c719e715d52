package io.fairdraw.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.shared.UserError;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 抽查事项清单：版本、抽查依据、停用、数据范围、公开（不依赖抽查任务）。 */
@AppIT
class CatalogVersioningIT {

    static final AtomicInteger SEQ = new AtomicInteger();
    static final LocalDate TODAY = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));

    @LocalServerPort
    int port;

    @Autowired
    Catalog catalog;

    @Autowired
    JdbcClient jdbc;

    static String code() {
        return "IT-" + System.nanoTime() % 1_000_000 + "-" + SEQ.incrementAndGet();
    }

    static String json(String code, String basis, String name, LocalDate from, String reason) {
        return """
                {"code":"%s","name":"%s","field":"LAND","legalBasis":"%s","inspectingUnit":"D01",
                 "targetType":"土地复垦义务人","content":"复垦方案执行情况","methods":["WRITTEN","ON_SITE"],
                 "ratioPercent":5,"frequencyPerYear":1,"effectiveFrom":"%s","reason":"%s"}"""
                .formatted(code, name, basis, from, reason);
    }

    static long id(String body, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(body);
        assertThat(m.find()).as(field + " in " + body).isTrue();
        return Long.parseLong(m.group(1));
    }

    private Map<String, String> form(String code, String basis, String reason, LocalDate from) {
        Map<String, String> f = new HashMap<>(Map.of("code", code, "name", "闲置土地处置情况检查", "field", "LAND",
                "legalBasis", basis, "inspectingUnit", "D01", "targetType", "国有建设用地使用权人", "content", "动工开发情况",
                "methods", "ON_SITE", "ratioPercent", "3", "frequencyPerYear", "1"));
        f.put("effectiveFrom", from.toString());
        f.put("reason", reason);
        return f;
    }

    @Test
    @DisplayName("修订事项后，旧版本仍可按版本号读取，生效与失效日期正确；任务可用的版本随日期而定")
    void revisionKeepsOldVersionReadable() {
        String code = code();
        WebClient c = new WebClient(port);
        LocalDate from = TODAY.minusYears(1);
        HttpResponse<String> created = c.api("POST", "/api/v1/catalog/items", "liaison.d01",
                json(code, "《土地复垦条例》第十七条", "土地复垦义务履行情况检查", from, "首次发布"));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long v1 = id(created.body(), "id");
        HttpResponse<String> revised = c.api("POST", "/api/v1/catalog/items/" + code + "/versions", "liaison.d01",
                json(code, "《土地复垦条例》第十七条\\n《土地复垦条例实施办法》第四十一条", "土地复垦义务履行情况检查", TODAY,
                        "《土地复垦条例》修订"));
        assertThat(revised.statusCode()).as(revised.body()).isEqualTo(201);
        long v2 = id(revised.body(), "id");

        ItemVersion old = catalog.version(v1).orElseThrow();
        assertThat(old.versionNo()).isEqualTo(1);
        assertThat(old.effectiveFrom()).isEqualTo(from);
        assertThat(old.effectiveTo()).isEqualTo(TODAY);
        assertThat(old.content().legalBasis()).containsExactly("《土地复垦条例》第十七条");
        ItemVersion current = catalog.version(v2).orElseThrow();
        assertThat(current.versionNo()).isEqualTo(2);
        assertThat(current.reason()).isEqualTo("《土地复垦条例》修订");
        assertThat(current.content().legalBasis()).hasSize(2);

        assertThat(catalog.requireUsable(v1, TODAY.minusDays(1)).id()).isEqualTo(v1);
        assertThatThrownBy(() -> catalog.requireUsable(v1, TODAY)).isInstanceOf(UserError.class)
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("catalog.not_usable.not_in_force");
        assertThat(catalog.inForce(TODAY, List.of("D01"))).extracting(ItemVersion::id).contains(v2).doesNotContain(v1);

        // The history page shows both versions with their dates and the reason.
        WebClient page = WebClient.loggedIn(port, "planner.d01");
        String html = page.get("/catalog/items/" + code).body();
        assertThat(html).contains("《土地复垦条例》修订").contains(from.toString()).contains("v1").contains("v2");
        assertThat(page.get("/catalog/items/" + code + "/versions/1").body()).contains("这是历史版本")
                .doesNotContain("第四十一条");
        // Immutable rows: the database itself refuses to rewrite a version.
        assertThatThrownBy(() -> jdbc.sql("UPDATE catalog_item_version SET name = 'x' WHERE id = ?").param(v1).update())
                .rootCause().hasMessageContaining("immutable");
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CATALOG_ITEM_REVISED' AND target_id = ?")
                .param(code).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("没有抽查依据的事项不能保存：表单保留输入并提示；API 返回 400；数据库约束兜底")
    void noLegalBasisRejected() {
        String code = code();
        WebClient web = WebClient.loggedIn(port, "liaison.d01");
        web.get("/catalog/new");
        HttpResponse<String> r = web.postForm("/catalog/new", form(code, " \n ", "首次发布", TODAY));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("请填写抽查依据").contains("闲置土地处置情况检查").contains(code);
        HttpResponse<String> api = new WebClient(port).api("POST", "/api/v1/catalog/items", "liaison.d01",
                json(code, "", "x", TODAY, "r"));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("抽查依据").contains("\"field\":\"legalBasis\"");
        assertThat(jdbc.sql("SELECT count(*) FROM catalog_item WHERE code = ?").param(code).query(Long.class).single())
                .isZero();
        assertThatThrownBy(() -> jdbc.sql("""
                INSERT INTO catalog_item_version (item_id, version_no, effective_from, reason, name, field, legal_basis,
                  inspecting_unit_code, target_type, content, methods, ratio_percent, frequency_per_year, created_by)
                SELECT id, 99, current_date, 'r', 'n', 'LAND', ARRAY['  '], 'D01', 't', 'c', ARRAY['WRITTEN'], 5, 1, 'x'
                FROM catalog_item LIMIT 1""").update()).hasMessageContaining("legal_basis");
    }

    @Test
    @DisplayName("停用事项：历史版本仍可查，不再公开，不能用于新任务；停用须确认并留痕")
    void retireKeepsHistory() {
        String code = code();
        WebClient web = WebClient.loggedIn(port, "liaison.d01");
        web.get("/catalog/new");
        HttpResponse<String> created = web.postForm("/catalog/new",
                form(code, "《闲置土地处置办法》第二条", "首次发布", TODAY.minusDays(10)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
        long v1 = catalog.inForce(TODAY, List.of("D01")).stream().filter(v -> v.code().equals(code)).findFirst()
                .orElseThrow().id();
        String item = web.get("/catalog/items/" + code).body();
        assertThat(item).contains("data-confirm=\"确定停用该抽查事项吗");
        assertThat(web.postForm("/catalog/items/" + code + "/retire", Map.of("reason", "")).statusCode()).isEqualTo(302);
        assertThat(web.get("/catalog/items/" + code).body()).contains("请填写调整原因");
        assertThat(web.postForm("/catalog/items/" + code + "/retire", Map.of("reason", "职责调整")).statusCode())
                .isEqualTo(302);

        assertThat(catalog.version(v1)).get().extracting(ItemVersion::itemStatus).isEqualTo(ItemStatus.RETIRED);
        assertThatThrownBy(() -> catalog.requireUsable(v1, TODAY.minusDays(1)))
                .extracting(e -> ((UserError) e).messageKey()).isEqualTo("catalog.not_usable.retired");
        assertThat(catalog.inForce(TODAY, null)).extracting(ItemVersion::code).doesNotContain(code);
        assertThat(web.get("/catalog/items/" + code + "/versions/1").statusCode()).isEqualTo(200);
        assertThat(web.get("/catalog/items/" + code).body()).contains("职责调整").doesNotContain("id=\"catalog-revise\"");
        assertThat(new WebClient(port).get("/public/catalog").body()).doesNotContain(code);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'CATALOG_ITEM_RETIRED' AND target_id = ?")
                .param(code).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("只有本单位联络员能修订：第二师联络员 404，本单位计划管理员 403（页面与 API）")
    void scoping() {
        String url = "/catalog/items/D01-TD-002/revise";
        int versionsBefore = versions("D01-TD-002");
        WebClient d02 = WebClient.loggedIn(port, "liaison.d02");
        assertThat(d02.get("/catalog/items/D01-TD-002").statusCode()).isEqualTo(404);
        d02.get("/catalog");
        assertThat(d02.postForm(url, form("D01-TD-002", "x", "r", TODAY)).statusCode()).isEqualTo(404);
        WebClient planner = WebClient.loggedIn(port, "planner.d01");
        assertThat(planner.get("/catalog/items/D01-TD-002").statusCode()).isEqualTo(200);
        assertThat(planner.get(url).statusCode()).isEqualTo(403);
        WebClient api = new WebClient(port);
        assertThat(api.api("POST", "/api/v1/catalog/items/D01-TD-002/versions", "liaison.d02",
                json("D01-TD-002", "x", "n", TODAY, "r")).statusCode()).isEqualTo(404);
        assertThat(api.api("POST", "/api/v1/catalog/items/D01-TD-002/versions", "planner.d01",
                json("D01-TD-002", "x", "n", TODAY, "r")).statusCode()).isEqualTo(403);
        assertThat(api.api("GET", "/api/v1/catalog/items/D01-TD-002", "auditor", null).statusCode()).isEqualTo(200);
        assertThat(versions("D01-TD-002")).isEqualTo(versionsBefore);
    }

    @Test
    @DisplayName("公开清单无需登录：页面与 Excel 一致，示例事项含两个版本的最新版")
    void publicList() throws Exception {
        WebClient anon = new WebClient(port);
        HttpResponse<String> page = anon.get("/public/catalog");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("土地复垦义务履行情况检查").contains("第四十一条").contains("地图编制出版活动检查")
                .doesNotContain("地质灾害危险性评估单位执业情况检查");
        HttpResponse<byte[]> xlsx = anon.getBytes("/public/catalog.xlsx");
        assertThat(xlsx.statusCode()).isEqualTo(200);
        List<Row> rows;
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            rows = wb.getFirstSheet().read();
        }
        assertThat(rows.get(0).getCellText(3)).isEqualTo("抽查依据");
        assertThat(rows.size() - 1).isEqualTo(catalog.inForce(TODAY, null).size());
        assertThat(rows).anyMatch(r -> r.getCellText(0).equals("D01-TD-001") && r.getCellText(10).equals("2"));
        assertThat(versions("D01-TD-001")).isEqualTo(2);
    }

    private int versions(String code) {
        return jdbc.sql("SELECT count(*) FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id WHERE i.code = ?")
                .param(code).query(Integer.class).single();
    }
}
