package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * issue 21 item 3: the OpenAPI documents are in Chinese and split into a public group (no login,
 * the portal's open data and draw files) and an internal group ({@code /api/**}); the portal links
 * only the public group, which lists no internal path.
 */
@AppIT
class OpenApiGroupsIT {

    private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private JsonNode doc(String path) throws Exception {
        HttpResponse<byte[]> r = new WebClient(port).getBytes(path);
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        String body = new String(r.body(), StandardCharsets.UTF_8);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "openapi" + path.replace('/', '-') + ".json"), body);
        return JSON.readTree(body);
    }

    private static boolean chinese(JsonNode text) {
        return text != null && text.isString() && CJK.matcher(text.asString()).find();
    }

    @Test
    @DisplayName("公开分组：只有无需登录的 /public 接口，标题、分组、每个接口的摘要都是中文")
    void publicGroupIsChineseAndHasNoInternalPath() throws Exception {
        JsonNode api = doc("/v3/api-docs/public");
        assertThat(chinese(api.path("info").path("title"))).as("title").isTrue();
        assertThat(chinese(api.path("info").path("description"))).as("description").isTrue();
        List<String> paths = new ArrayList<>();
        api.path("paths").propertyNames().forEach(paths::add);
        assertThat(paths).contains("/public/results.json", "/public/results.csv", "/public/results.xlsx",
                "/public/open-data/results.schema.json", "/public/log/checkpoints.json");
        assertThat(paths).allMatch(p -> p.startsWith("/public/"));
        assertThat(api.toString()).doesNotContain("/api/v1/").doesNotContain("/admin/");
        List<String> notChinese = new ArrayList<>();
        for (String p : paths) {
            api.path("paths").path(p).properties().forEach(op -> {
                if (!chinese(op.getValue().path("summary"))) {
                    notChinese.add(op.getKey() + " " + p + " summary");
                }
                op.getValue().path("tags").forEach(t -> {
                    if (!chinese(t)) {
                        notChinese.add(op.getKey() + " " + p + " tag " + t.asString());
                    }
                });
                op.getValue().path("parameters").forEach(q -> {
                    if (!chinese(q.path("description"))) {
                        notChinese.add(op.getKey() + " " + p + " parameter " + q.path("name").asString());
                    }
                });
            });
        }
        api.path("components").path("schemas").properties().forEach(s -> s.getValue().path("properties").properties()
                .forEach(f -> {
                    if (!chinese(f.getValue().path("description")) && !f.getValue().has("$ref")) {
                        notChinese.add("schema " + s.getKey() + "." + f.getKey());
                    }
                }));
        assertThat(notChinese).isEmpty();
        // results.json keeps its field names (machines read it); only their descriptions are Chinese.
        JsonNode row = api.path("components").path("schemas").path("OpenDataRow");
        assertThat(row.path("properties").has("entityName")).isTrue();
        assertThat(row.path("properties").path("field").path("description").asString()).contains("矿产");
    }

    @Test
    @DisplayName("内部分组：/api 接口，标题是中文；英文界面取英文")
    void internalGroupAndLanguages() throws Exception {
        JsonNode api = doc("/v3/api-docs/internal");
        assertThat(chinese(api.path("info").path("title"))).isTrue();
        List<String> paths = new ArrayList<>();
        api.path("paths").propertyNames().forEach(paths::add);
        assertThat(paths).isNotEmpty().allMatch(p -> p.startsWith("/api/"));
        HttpResponse<String> en = new WebClient(port).api("GET", "/v3/api-docs/public?lang=en", null, null);
        assertThat(JSON.readTree(en.body()).path("info").path("title").asString()).doesNotContainPattern("\\p{IsHan}")
                .isNotBlank().doesNotStartWith("openapi.");
        // Each language is resolved from the keys, not from the other language's texts.
        JsonNode zh = doc("/v3/api-docs/public");
        assertThat(zh.path("components").path("schemas").path("OpenDataRow").path("properties").path("field")
                .path("description").asString()).contains("矿产");
        assertThat(chinese(zh.path("info").path("title"))).isTrue();
    }

    @Test
    @DisplayName("内部分组：每个接口的摘要、说明、分组标签和参数说明都是中文")
    void internalGroupIsChineseThroughout() throws Exception {
        JsonNode api = doc("/v3/api-docs/internal");
        List<String> notChinese = new ArrayList<>();
        api.path("tags").forEach(t -> {
            if (!chinese(t.path("name"))) {
                notChinese.add("tag " + t.path("name").asString());
            }
        });
        api.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            String where = op.getKey() + " " + path.getKey() + " (" + op.getValue().path("operationId").asString() + ")";
            if (!chinese(op.getValue().path("summary"))) {
                notChinese.add(where + " summary");
            }
            if (op.getValue().has("description") && !chinese(op.getValue().path("description"))) {
                notChinese.add(where + " description");
            }
            if (op.getValue().path("tags").isEmpty()) {
                notChinese.add(where + " no tag");
            }
            op.getValue().path("tags").forEach(t -> {
                if (!chinese(t)) {
                    notChinese.add(where + " tag " + t.asString());
                }
            });
            op.getValue().path("parameters").forEach(q -> {
                if (!chinese(q.path("description"))) {
                    notChinese.add(where + " parameter " + q.path("name").asString());
                }
            });
        }));
        assertThat(api.path("paths").size()).isGreaterThan(10);
        assertThat(notChinese).isEmpty();
    }

    @Test
    @DisplayName("门户首页只链接公开分组的接口说明")
    void portalLinksOnlyThePublicGroup() {
        var page = Jsoup.parse(new WebClient(port).get("/public").body());
        var links = page.select("a[href*=api-docs], a[href*=swagger-ui]");
        assertThat(links).isNotEmpty();
        links.forEach(a -> assertThat(a.attr("href")).as(a.outerHtml()).containsAnyOf("/v3/api-docs/public",
                "urls.primaryName="));
        assertThat(page.select("a[href$=/public/open-data/results.schema.json]")).isNotEmpty();
        String config = new WebClient(port).api("GET", "/v3/api-docs/swagger-config", null, null).body();
        assertThat(config).contains("/v3/api-docs/public").contains("/v3/api-docs/internal");
    }
}
