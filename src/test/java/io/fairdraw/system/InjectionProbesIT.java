package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.shared.UnifiedSocialCreditCode;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hostile input through the forms, the JSON API and the imports: SQL metacharacters, markup and
 * script, spreadsheet formulas, path traversal in file names, oversized fields and bytes that are
 * not UTF-8. Each must end in a clear (Chinese) error or a safely stored value — never a 500.
 */
@AppIT
class InjectionProbesIT {

    static final String SQL = "' OR '1'='1'; DROP TABLE org_unit; --";
    static final String SCRIPT = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    static final List<String> FORMULAS = List.of("=HYPERLINK(\"http://evil.example\",\"x\")", "+1+2", "-3+4", "@SUM(A1)");
    private static final Pattern CJK = Pattern.compile("[\\u4e00-\\u9fff]");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("搜索框中的 SQL 元字符与 NUL 字符：按字面查询，不报 500，表仍在")
    void sqlMetacharactersInSearches() {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/registry?q=", "liaison.d01");
        pages.put("/registry/entities/export?q=", "liaison.d01");
        pages.put("/inspectors?q=", "liaison.d01");
        pages.put("/catalog?q=", "liaison.d01");
        pages.put("/catalog/export?q=", "liaison.d01");
        pages.put("/plans?year=", "planner.d01");
        pages.put("/admin/units?q=", "admin");
        pages.put("/admin/accounts?q=", "admin");
        pages.put("/audit?q=", "auditor");
        pages.put("/public/catalog?q=", null);
        pages.put("/public/draws?q=", null);
        List<String> failures = new ArrayList<>();
        for (var e : pages.entrySet()) {
            WebClient c = e.getValue() == null ? new WebClient(port) : WebClient.loggedIn(port, e.getValue());
            for (String probe : List.of(SQL, "%_\\", "\u0000x", "\uD83D\uDE00", "1 UNION SELECT password_hash FROM org_account")) {
                String path = e.getKey() + URLEncoder.encode(probe, StandardCharsets.UTF_8);
                int status = c.get(path).statusCode();
                if (status >= 500) {
                    failures.add(path + " -> " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM org_unit").query(Long.class).single()).isGreaterThan(10);
        // a literal search: the injection text matches nothing, it does not widen the result
        String list = WebClient.loggedIn(port, "liaison.d01").get("/registry?q=" + URLEncoder.encode("zz' OR 'a'='a",
                StandardCharsets.UTF_8)).body();
        assertThat(list).doesNotContain("/registry/entities/91");
    }

    @Test
    @DisplayName("名录库表单：脚本与 SQL 原样存储、转义显示；公式在 .xlsx 导出中是文本而非公式")
    void entityFormStoresLiterallyShowsEscapedExportsInert() {
        WebClient liaison = WebClient.loggedIn(port, "liaison.d01");
        String uscc = UnifiedSocialCreditCode.random(new SplittableRandom(4711), "659002").value();
        String name = SCRIPT + SQL;
        liaison.get("/registry/entities/new");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("uscc", uscc);
        form.put("name", name.substring(0, Math.min(200, name.length())));
        form.put("entityType", FORMULAS.get(1));
        form.put("field", "LAND");
        form.put("unitCode", "D01");
        form.put("address", FORMULAS.get(0));
        form.put("legalRep", FORMULAS.get(3));
        form.put("licenseNo", FORMULAS.get(2));
        form.put("status", "ACTIVE");
        for (String box : List.of("manyComplaints", "abnormalOperation", "seriousDishonesty")) {
            form.put("_" + box, "on");   // the checkbox markers a browser sends (th:field)
        }
        HttpResponse<String> created = liaison.postForm("/registry/entities/new", form);
        assertThat(created.statusCode()).as(() -> errorsOf(created.body())).isEqualTo(302);
        assertThat(jdbc.sql("SELECT name FROM registry_entity WHERE uscc = ?").param(uscc).query(String.class).single())
                .isEqualTo(form.get("name"));
        String page = liaison.get("/registry/entities/" + uscc).body();
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x").contains("&lt;script&gt;");

        byte[] xlsx = liaison.getBytes("/registry/entities/export?q=" + uscc).body();
        assertInertFormulas(xlsx, FORMULAS.get(0), FORMULAS.get(1), FORMULAS.get(2), FORMULAS.get(3));
        // the audit log records the change; its export keeps every value as text as well
        byte[] audit = WebClient.loggedIn(port, "auditor").getBytes("/audit/export").body();
        assertInertFormulas(audit);
    }

    @Test
    @DisplayName("单位联系方式、检查人员、计划：脚本转义显示，公式导出为文本，超长字段给出字段错误而非 500")
    void otherFormsAndExports() {
        WebClient liaison = WebClient.loggedIn(port, "liaison.d02");
        liaison.get("/units/D02");
        HttpResponse<String> contact = liaison.postForm("/units/D02/contact",
                Map.of("contactPhone", FORMULAS.get(1), "address", FORMULAS.get(0) + SCRIPT));
        assertThat(contact.statusCode()).isIn(200, 302);
        String unitPage = liaison.get("/units/D02").body();
        assertThat(unitPage).doesNotContain("<script>alert").contains("&lt;script&gt;");
        assertInertFormulas(WebClient.loggedIn(port, "admin").getBytes("/admin/units/export").body(), FORMULAS.get(1));

        // oversized: a field error in Chinese, what was typed kept, no 500
        liaison.get("/units/D02");
        HttpResponse<String> tooLong = liaison.postForm("/units/D02/contact",
                Map.of("contactPhone", "1", "address", "长".repeat(100_000)));
        assertThat(tooLong.statusCode()).isLessThan(500);
        assertThat(tooLong.body()).containsPattern(CJK.pattern());
        HttpResponse<String> apiTooLong = liaison.api("PUT", "/api/v1/units/D02/contact", "liaison.d02",
                "{\"contactPhone\":\"1\",\"address\":\"" + "x".repeat(50_000) + "\"}");
        assertThat(apiTooLong.statusCode()).as(apiTooLong.body()).isEqualTo(400);
        assertThat(apiTooLong.body()).contains("address").containsPattern(CJK.pattern());

        // inspector: a name with markup and a formula, then an oversized one
        liaison.get("/inspectors/new");
        Map<String, String> insp = new LinkedHashMap<>();
        insp.put("id", "XJ-SEC-0001");
        insp.put("name", "-1+2<b>x</b>");
        insp.put("status", "ON_DUTY");
        HttpResponse<String> created = liaison.postForm("/inspectors/new", insp);
        assertThat(created.statusCode()).as(created.body()).isIn(200, 302);
        assertThat(liaison.get("/inspectors/XJ-SEC-0001").body()).doesNotContain("<b>x</b>");
        assertInertFormulas(liaison.getBytes("/inspectors/export").body(), "-1+2<b>x</b>");
        liaison.get("/inspectors/new");
        insp.put("id", "XJ-SEC-0002");
        insp.put("name", "名".repeat(5_000));
        insp.put("certificateNo", "9".repeat(5_000));
        insp.put("phone", "1".repeat(5_000));
        HttpResponse<String> huge = liaison.postForm("/inspectors/new", insp);
        assertThat(huge.statusCode()).as("oversized inspector fields").isLessThan(500);
        assertThat(huge.body()).containsPattern(CJK.pattern());

        // plan title: a formula in the title stays text in the plan's .xlsx export
        WebClient planner = WebClient.loggedIn(port, "planner.d02");
        planner.get("/plans");
        HttpResponse<String> plan = planner.postForm("/plans", Map.of("year", "2078", "title", "=1+1 " + SCRIPT));
        assertThat(plan.statusCode()).isEqualTo(302);
        String location = plan.headers().firstValue("Location").orElseThrow();
        assertThat(planner.get(location.substring(location.indexOf("/plans"))).body()).doesNotContain("<script>alert");
        assertInertFormulas(planner.getBytes(location.substring(location.indexOf("/plans")) + "/export").body());
        HttpResponse<String> longTitle = planner.postForm("/plans", Map.of("year", "2079", "title", "题".repeat(10_000)));
        assertThat(longTitle.statusCode()).isLessThan(500);

        // admin forms: an empty or oversized post is a form error, not a 500
        WebClient admin = WebClient.loggedIn(port, "admin");
        admin.get("/admin/units/D03");
        assertThat(admin.postForm("/admin/units/D03", Map.of()).statusCode()).isEqualTo(200);
        admin.get("/admin/units/new");
        assertThat(admin.postForm("/admin/units/new", Map.of("code", "X".repeat(10_000), "name", "名".repeat(10_000),
                "kind", "DIVISION")).statusCode()).isEqualTo(200);
        admin.get("/admin/accounts/new");
        assertThat(admin.postForm("/admin/accounts/new", Map.of("username", "'; DROP TABLE x; --" + "a".repeat(5_000),
                "displayName", SCRIPT.repeat(100), "unitCode", "D01")).statusCode()).isLessThan(500);
    }

    @Test
    @DisplayName("导入文件名中的路径穿越只保留文件名；非 UTF-8 的 CSV、表单与 JSON 给出中文错误而非 500")
    void fileNamesAndInvalidUtf8() {
        WebClient liaison = WebClient.loggedIn(port, "liaison.d01");
        String header = "统一社会信用代码,名称,主体类型,监管领域,所属单位代码,住所,法定代表人,许可证号,状态,信用风险分类\n";
        HttpResponse<String> traversal = liaison.apiUpload("/api/v1/registry/imports", "liaison.d01",
                "../../../../tmp/evil.csv", (header + "bad,x,x,土地,D01,x,x,,存续,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(traversal.statusCode()).as(traversal.body()).isLessThan(500);
        String stored = jdbc.sql("SELECT file_name FROM registry_import ORDER BY id DESC LIMIT 1").query(String.class).single();
        assertThat(stored).doesNotContain("/").doesNotContain("..").endsWith("evil.csv");
        liaison.get("/registry/imports");
        HttpResponse<String> windows = liaison.postUpload("/registry/imports", "..\\..\\windows\\evil.csv",
                (header + "bad,x,x,土地,D01,x,x,,存续,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(windows.statusCode()).isLessThan(500);
        stored = jdbc.sql("SELECT file_name FROM registry_import ORDER BY id DESC LIMIT 1").query(String.class).single();
        assertThat(stored).doesNotContain("\\").doesNotContain("..").endsWith("evil.csv");
        HttpResponse<String> inspectors = liaison.apiUpload("/api/v1/inspectors/imports", "liaison.d01",
                "../../etc/passwd.csv", "x\n".getBytes(StandardCharsets.UTF_8));
        assertThat(inspectors.statusCode()).as(inspectors.body()).isLessThan(500);

        // a CSV that is not UTF-8 (a lone 0xC3, then 0xFF)
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.writeBytes(header.getBytes(StandardCharsets.UTF_8));
        bad.writeBytes(new byte[] {'9', '1', (byte) 0xC3, '(', ',', (byte) 0xFF, (byte) 0xFE, ',', 'x', '\n'});
        HttpResponse<String> csv = liaison.apiUpload("/api/v1/registry/imports", "liaison.d01", "latin.csv", bad.toByteArray());
        assertThat(csv.statusCode()).as(csv.body()).isLessThan(500);
        assertThat(csv.body()).containsPattern(CJK.pattern());
        HttpResponse<String> inspectorCsv = liaison.apiUpload("/api/v1/inspectors/imports", "liaison.d01", "latin.csv",
                bad.toByteArray());
        assertThat(inspectorCsv.statusCode()).as(inspectorCsv.body()).isLessThan(500);
        assertThat(inspectorCsv.body()).containsPattern(CJK.pattern());

        // a form body with percent-escapes that are not UTF-8
        liaison.get("/units/D01");
        HttpResponse<String> form = liaison.postEncoded("/units/D01/contact", "contactPhone=%FF%FE&address=%C3%28x");
        assertThat(form.statusCode()).isLessThan(500);
        // whatever was stored is valid text (Tomcat drops a parameter it cannot decode; PostgreSQL checks UTF-8)
        assertThat(jdbc.sql("SELECT coalesce(address, '') FROM org_unit WHERE code = 'D01'").query(String.class).single())
                .doesNotContain("\u0000");

        // a JSON body that is not UTF-8
        HttpResponse<String> json = liaison.apiRaw("PUT", "/api/v1/units/D01/contact", "liaison.d01", "application/json",
                new byte[] {'{', '"', 'a', 'd', 'd', 'r', 'e', 's', 's', '"', ':', '"', (byte) 0xC3, '(', '"', '}'});
        assertThat(json.statusCode()).as(json.body()).isLessThan(500);
        HttpResponse<String> broken = liaison.apiRaw("PUT", "/api/v1/units/D01/contact", "liaison.d01", "application/json",
                "{\"address\":".getBytes(StandardCharsets.UTF_8));
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
        assertThat(broken.body()).containsPattern(CJK.pattern());
    }

    @Test
    @DisplayName("上传的 .xlsx 中的外部实体（XXE）不被解析：不泄露服务器文件，不报 500")
    void xmlExternalEntitiesInUploadedWorkbooks() throws IOException {
        java.nio.file.Path secret = java.nio.file.Files.createTempFile("fd-secret", ".txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-" + java.util.UUID.randomUUID());
        String doctype = "<!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>";
        byte[] xlsx = workbook(doctype, "&xxe;");
        WebClient liaison = WebClient.loggedIn(port, "liaison.d01");
        String secretText = java.nio.file.Files.readString(secret);
        for (String api : List.of("/api/v1/registry/imports", "/api/v1/inspectors/imports")) {
            HttpResponse<String> r = liaison.apiUpload(api, "liaison.d01", "xxe.xlsx", xlsx);
            assertThat(r.statusCode()).as(api + " " + r.body()).isLessThan(500);
            assertThat(r.body()).doesNotContain(secretText);
        }
        assertThat(jdbc.sql("SELECT count(*) FROM registry_entity WHERE name LIKE 'TOP-SECRET-%'").query(Long.class)
                .single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM inspector WHERE name LIKE 'TOP-SECRET-%'").query(Long.class)
                .single()).isZero();
        java.nio.file.Files.deleteIfExists(secret);
    }

    /** A minimal one-sheet workbook whose shared-string table starts with {@code prolog} and holds {@code text}. */
    private static byte[] workbook(String prolog, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>");
            parts.put("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            parts.put("xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                    + "<sheets><sheet name=\"S\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            parts.put("xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>");
            parts.put("xl/worksheets/sheet1.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row><row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>");
            parts.put("xl/sharedStrings.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + prolog
                    + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>" + text + "</t></si></sst>");
            for (var part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private static String errorsOf(String html) {
        Matcher m = Pattern.compile("(invalid-feedback|alert-danger|is-invalid)[^>]*>([^<]*)").matcher(html);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            out.append(m.group(1)).append(": ").append(m.group(2)).append(" | ");
        }
        Matcher field = Pattern.compile("<(input|select)[^>]*is-invalid[^>]*>").matcher(html);
        while (field.find()) {
            out.append(field.group()).append(" | ");
        }
        return out.toString();
    }

    /**
     * An .xlsx keeps every text as a string cell: no {@code <f>} (formula) element anywhere, and
     * each expected value present as text, so Excel/LibreOffice never evaluate it.
     */
    static void assertInertFormulas(byte[] xlsx, String... expectedTexts) {
        StringBuilder sheets = new StringBuilder();
        try {
            java.nio.file.Path tmp = java.nio.file.Files.createTempFile("probe", ".xlsx");
            java.nio.file.Files.write(tmp, xlsx);
            try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(tmp.toFile())) {
                for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                    if (e.getName().startsWith("xl/")) {
                        sheets.append(new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            } finally {
                java.nio.file.Files.deleteIfExists(tmp);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        assertThat(sheets).as("an .xlsx workbook").isNotEmpty();
        assertThat(sheets.toString()).doesNotContain("<f>").doesNotContain("<f ");
        for (String text : expectedTexts) {
            String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
            Matcher m = Pattern.compile(Pattern.quote(escaped) + "|" + Pattern.quote(text.replace("&", "&amp;")
                    .replace("<", "&lt;").replace(">", "&gt;"))).matcher(sheets);
            assertThat(m.find()).as("exported as text: %s", text).isTrue();
        }
    }
}
