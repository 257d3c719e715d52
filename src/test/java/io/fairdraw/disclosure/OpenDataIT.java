package io.fairdraw.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.organization.Organization;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * issue 21 item 3: results.csv and results.xlsx are for people (Chinese headers, codes resolved to
 * names, CSV with a BOM), results.json is for machines (field names unchanged) and is valid against
 * the JSON Schema served at /public/open-data/results.schema.json, which documents every field.
 */
@AppIT
class OpenDataIT {

    static final List<String> HEADER = List.of("检查记录编号", "抽查任务", "年度", "单位代码", "检查单位", "事项编码", "事项版本",
            "抽查事项", "统一社会信用代码", "主体名称", "监管领域", "检查结果", "检查日期", "公示日期", "更正记录编号");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    Organization organization;

    private String uscc;
    private String unitName;

    @BeforeEach
    void publishOne() {
        DisclosureFixtures fx = new DisclosureFixtures(tx, events);
        uscc = DisclosureFixtures.uscc();
        long taskId = 881000 + DisclosureFixtures.nextId() % 1000;
        fx.approve(DisclosureFixtures.nextId(), null, taskId, "开放数据测试任务", 2026, "D01", uscc,
                "开放数据测试矿业有限公司" + uscc.substring(12), LocalDate.of(2026, 11, 20), ResultCategory.CORRECTED);
        WebClient reviewer = WebClient.loggedIn(port, "reviewer.d01");
        reviewer.get("/disclosure");
        assertThat(reviewer.postForm("/disclosure/tasks/" + taskId + "/publish", Map.of()).statusCode()).isEqualTo(302);
        unitName = organization.units().stream().filter(u -> u.code().equals("D01")).findFirst().orElseThrow().name();
    }

    private byte[] get(String path) {
        HttpResponse<byte[]> r = new WebClient(port).getBytes(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    @Test
    @DisplayName("results.csv：UTF-8 带 BOM，中文表头，监管领域和检查结果是中文名称，单位代码旁有单位名称")
    void csvIsForPeople() {
        byte[] bytes = get("/public/results.csv?uscc=" + uscc);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", HEADER));
        assertThat(lines).hasSize(3); // two items of one record
        List<String> first = List.of(lines.get(1).split(",", -1));
        assertThat(first.get(3)).isEqualTo("D01");
        assertThat(first.get(4)).isEqualTo(unitName);
        assertThat(first.get(8)).isEqualTo(uscc);
        assertThat(first.get(10)).isEqualTo("土地");
        assertThat(String.join("\n", lines)).contains("发现问题已责令改正").contains("未发现问题")
                .doesNotContain("LAND").doesNotContain("CORRECTED").doesNotContain("NO_PROBLEM");
    }

    @Test
    @DisplayName("results.xlsx：与 CSV 相同的中文表头和名称")
    void xlsxIsForPeople() throws Exception {
        HttpResponse<byte[]> r = new WebClient(port).getBytes("/public/results.xlsx?uscc=" + uscc);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook wb = new ReadableWorkbook(new ByteArrayInputStream(r.body()))) {
            try (var stream = wb.getFirstSheet().openStream()) {
                stream.forEach((Row row) -> rows.add(row.stream().map(c -> c == null ? "" : c.getText()).toList()));
            }
        }
        assertThat(rows.get(0)).isEqualTo(HEADER);
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(4)).isEqualTo(unitName);
        assertThat(rows.get(1).get(10)).isEqualTo("土地");
        assertThat(rows.stream().skip(1).map(row -> row.get(11)).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("发现问题已责令改正", "未发现问题");
    }

    @Test
    @DisplayName("results.json 的字段名不变，并符合公开的 JSON Schema；Schema 说明了每个字段，改名或缺字段即不符合")
    void jsonIsValidAgainstItsPublishedSchema() {
        HttpResponse<byte[]> s = new WebClient(port).getBytes("/public/open-data/results.schema.json");
        assertThat(s.statusCode()).isEqualTo(200);
        assertThat(s.headers().firstValue("Content-Type").orElse("")).startsWith("application/schema+json");
        String schemaText = new String(s.body(), StandardCharsets.UTF_8);
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaText);

        String json = new String(get("/public/results.json?size=1000"), StandardCharsets.UTF_8);
        JsonNode doc = JSON.readTree(json);
        assertThat(doc.path("items").size()).isGreaterThanOrEqualTo(2);
        assertThat(schema.validate(doc)).as("results.json against its schema").isEmpty();
        JsonNode mine = JSON.readTree(new String(get("/public/results.json?uscc=" + uscc), StandardCharsets.UTF_8));
        assertThat(schema.validate(mine)).isEmpty();
        JsonNode row = mine.path("items").get(0);
        assertThat(row.path("field").asString()).isEqualTo("LAND");
        assertThat(row.path("unitCode").asString()).isEqualTo("D01");

        // Every field of a row and of the page is documented, and nothing undocumented is served.
        JsonNode schemaNode = JSON.readTree(schemaText);
        Set<String> documented = new TreeSet<>();
        schemaNode.path("$defs").path("result").path("properties").propertyNames().forEach(documented::add);
        Set<String> served = new TreeSet<>();
        row.propertyNames().forEach(served::add);
        assertThat(served).isEqualTo(documented);
        Set<String> required = new TreeSet<>();
        schemaNode.path("$defs").path("result").path("required").forEach(n -> required.add(n.asString()));
        assertThat(required).isEqualTo(documented);
        Set<String> pageFields = new TreeSet<>();
        mine.propertyNames().forEach(pageFields::add);
        Set<String> pageDocumented = new TreeSet<>();
        schemaNode.path("properties").propertyNames().forEach(pageDocumented::add);
        assertThat(pageFields).isEqualTo(pageDocumented);
        // The code lists are the enums' values.
        assertThat(values(schemaNode, "field")).isEqualTo(names(SupervisionField.values()));
        assertThat(values(schemaNode, "result")).isEqualTo(names(ResultCategory.values()));

        // The schema can fail: a renamed field, a missing one, a code that does not exist.
        ObjectNode renamed = (ObjectNode) mine.deepCopy();
        ObjectNode r0 = (ObjectNode) renamed.path("items").get(0);
        r0.set("entity_name", r0.remove("entityName"));
        assertThat(schema.validate(renamed)).isNotEmpty();
        ObjectNode badCode = (ObjectNode) mine.deepCopy();
        ((ObjectNode) badCode.path("items").get(0)).put("field", "MINING");
        assertThat(schema.validate(badCode)).isNotEmpty();
        ObjectNode noNext = (ObjectNode) mine.deepCopy();
        noNext.remove("next");
        assertThat(schema.validate(noNext)).isNotEmpty();
    }

    private static Set<String> values(JsonNode schema, String property) {
        Set<String> out = new TreeSet<>();
        schema.path("$defs").path("result").path("properties").path(property).path("enum")
                .forEach(n -> out.add(n.asString()));
        return out;
    }

    private static Set<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
