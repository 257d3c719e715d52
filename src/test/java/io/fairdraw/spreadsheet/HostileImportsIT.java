package io.fairdraw.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.fairdraw.shared.UnifiedSocialCreditCode;
import io.fairdraw.support.AppProcess;
import io.fairdraw.support.ExternalPostgres;
import io.fairdraw.support.HostileFiles;
import io.fairdraw.support.HostileFiles.Case;
import io.fairdraw.support.RegistryFiles;
import io.fairdraw.support.WebClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hostile-file suite of issue 18 through both imports, against the application run as an
 * operator runs it, in a 512 MB heap ({@link AppProcess}: {@code java -Xmx512m -jar}), on an
 * external PostgreSQL the test reads. Each file comes from D01's liaison and is refused with a
 * clear message naming the limit; nothing is stored (the valid row before the attack included);
 * right after it, D02's liaison imports a normal file. A hang fails the test (a generous timeout;
 * no timing is asserted: {@code bench/hostile} prints how long each refusal takes).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileImportsIT {

    static final Path FILES = Path.of("target", "hostile-files");
    static final Duration HANG = Duration.ofMinutes(5);
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> REGISTRY_HEADER = List.of("统一社会信用代码", "名称", "主体类型", "监管领域", "所属单位代码", "住所",
            "法定代表人", "许可证号", "状态", "信用风险分类");
    static final String REGISTRY_CODE = UnifiedSocialCreditCode.random(new SplittableRandom(18), "659001").value();
    static final List<String> REGISTRY_ROW = List.of(REGISTRY_CODE, "恶意文件测试有限公司", "有限责任公司", "矿产", "D01",
            "阿拉尔市团结路1号", "王建国", "C6590012026", "存续", "B");
    static final List<String> INSPECTOR_HEADER = List.of("检查人员编号", "姓名", "所属单位代码", "执法证号", "执法证有效期至",
            "专业领域", "状态", "联合抽查人员", "联系电话", "身份证号");
    static final List<String> INSPECTOR_ROW = List.of("XJ-HOSTILE-1", "恶意测试", "D01", "XJ9001", "2035-12-31", "土地", "在岗",
            "否", "13912345678", "");

    @TempDir
    static Path work;

    ExternalPostgres db;
    AppProcess app;
    final AtomicInteger normal = new AtomicInteger();

    @BeforeAll
    void start() throws Exception {
        db = ExternalPostgres.create(work.resolve("pg"));
        // A short wait for the import lock, for importLockWaitIsBounded (default 5 minutes).
        app = AppProcess.startCompiled(work, List.of("--fairdraw.import.lock-wait=3s"), db.appEnv());
        assertThat(app.port()).as(app.output()).isPositive();
    }

    @AfterAll
    void stop() throws Exception {
        try {
            if (app != null) {
                // Not one refusal may have come from a heap that ran out.
                assertThat(app.output()).doesNotContain("OutOfMemoryError");
                app.close();
            }
        } finally {
            if (db != null) {
                db.close();
            }
        }
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "PAST_XFD, spreadsheet.too_many_columns, 16384",
            "HUGE_CELL, spreadsheet.cell_too_long, 32767",
            "SHARED_STRINGS_80M, spreadsheet.too_many_strings, 10485760",
            "ZIP_BOMB, spreadsheet.too_much_data, 2048 MB",
            "ENTRIES_100K, spreadsheet.too_many_entries, 5000",
            "DEEP_XML, spreadsheet.too_deep, 100",
            "DOCTYPE_XXE, spreadsheet.doctype, DOCTYPE",
            "ENTITY_EXPANSION, spreadsheet.doctype, DOCTYPE",
            "BAD_ENCODING, registry.import.bad_encoding, GB18030",
            "CSV_100MB_LINE, registry.import.row_too_long, 100 万",
            "EXECUTABLE, registry.import.bad_file, .xlsx",
            "EMPTY_ZIP, registry.import.bad_file, .xlsx"})
    @DisplayName("名录导入：恶意文件逐一被拒绝（400，中文说明上限），不保存任何内容；随后其他单位正常导入成功")
    void registryImport(Case hostile, String code, String limit) throws Exception {
        Path file = HostileFiles.file(hostile, FILES, "registry", REGISTRY_HEADER, REGISTRY_ROW);
        String before = registryState();
        HttpResponse<String> r = assertTimeoutPreemptively(HANG,
                () -> upload("/api/v1/registry/imports", "liaison.d01", hostile.fileName, file));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("code").asString()).isEqualTo(code);
        assertThat(body.get("message").asString()).doesNotContain("spreadsheet.", "registry.")
                .satisfies(m -> assertThat(m.replace(",", "")).contains(limit));
        assertThat(registryState()).isEqualTo(before);
        assertThat(db.count("SELECT count(*) FROM registry_entity WHERE uscc = ?", REGISTRY_CODE)).isZero();

        RegistryFiles.File csv = RegistryFiles.csv(1000 + normal.incrementAndGet(), "D02", 3);
        HttpResponse<String> ok = assertTimeoutPreemptively(HANG,
                () -> new WebClient(app.port()).apiUpload("/api/v1/registry/imports", "liaison.d02", "d02.csv", csv.content()));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("inserted").asInt()).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "PAST_XFD, 16384 列",
            "HUGE_CELL, 32767 个字符",
            "SHARED_STRINGS_80M, 共享字符串超过 10485760",
            "ZIP_BOMB, 2048 MB 的上限",
            "ENTRIES_100K, 压缩条目超过 5000",
            "DEEP_XML, 嵌套超过 100",
            "DOCTYPE_XXE, DOCTYPE",
            "ENTITY_EXPANSION, DOCTYPE",
            "BAD_ENCODING, Excel 2007",
            "CSV_100MB_LINE, Excel 2007",
            "EXECUTABLE, Excel 2007",
            "EMPTY_ZIP, 空的压缩包"})
    @DisplayName("检查人员导入：恶意文件逐一被拒绝（中文说明上限），不保存任何内容；随后其他单位正常导入成功")
    void inspectorImport(Case hostile, String message) throws Exception {
        Path file = HostileFiles.file(hostile, FILES, "inspector", INSPECTOR_HEADER, INSPECTOR_ROW);
        String before = inspectorState();
        HttpResponse<String> r = assertTimeoutPreemptively(HANG,
                () -> upload("/api/v1/inspectors/imports", "liaison.d01", hostile.fileName, file));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode body = JSON.readTree(r.body());
        assertThat(body.get("inserted").asInt() + body.get("updated").asInt()).isZero();
        String error = body.get("errors").get(0).get("message").asString();
        assertThat(error.replace(",", "")).as(r.body()).contains(message).doesNotContain("spreadsheet.");
        assertThat(inspectorState()).isEqualTo(before);

        String id = "XJ-AFTER-" + normal.incrementAndGet();
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        HostileFiles.workbook(xlsx, w -> w.text(HostileFiles.row(1, INSPECTOR_HEADER) + HostileFiles.row(2,
                List.of(id, "正常导入", "D02", "XJ9002", "2035-12-31", "土地", "在岗", "否", "13912345678", ""))), null);
        HttpResponse<String> ok = assertTimeoutPreemptively(HANG,
                () -> new WebClient(app.port()).apiUpload("/api/v1/inspectors/imports", "liaison.d02", "d02.xlsx",
                        xlsx.toByteArray()));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("inserted").asInt()).as(ok.body()).isEqualTo(1);
    }

    @Test
    @DisplayName("另一个导入一直持有导入锁：本次导入的等待有上限，超时后 409 说明原因，不保存任何内容；锁释放后导入成功")
    void importLockWaitIsBounded() throws Exception {
        RegistryFiles.File csv = RegistryFiles.csv(5_000, "D02", 2);
        String before = registryState();
        try (Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            try (Statement st = holder.createStatement()) {
                st.execute("SELECT pg_advisory_xact_lock(" + 0x4644524547494DL + ")"); // ImportStore's import lock
            }
            HttpResponse<String> busy = assertTimeoutPreemptively(HANG, () -> new WebClient(app.port())
                    .apiUpload("/api/v1/registry/imports", "liaison.d02", "d02.csv", csv.content()));
            assertThat(busy.statusCode()).as(busy.body()).isEqualTo(409);
            assertThat(JSON.readTree(busy.body()).get("code").asString()).isEqualTo("registry.import.busy");
            assertThat(registryState()).isEqualTo(before);
            holder.rollback();
        }
        HttpResponse<String> ok = assertTimeoutPreemptively(HANG, () -> new WebClient(app.port())
                .apiUpload("/api/v1/registry/imports", "liaison.d02", "d02.csv", csv.content()));
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(JSON.readTree(ok.body()).get("inserted").asInt()).isEqualTo(2);
    }

    /** Everything a registry import writes: entities, their history, import records and their audit entries. */
    private String registryState() throws Exception {
        return db.string("SELECT (SELECT count(*) || '/' || coalesce(sum(version), 0) FROM registry_entity) || '/' "
                + "|| (SELECT count(*) FROM registry_entity_change) || '/' || (SELECT count(*) FROM registry_import) || '/' "
                + "|| (SELECT count(*) FROM audit_entry WHERE action LIKE 'REGISTRY%')");
    }

    private String inspectorState() throws Exception {
        return db.string("SELECT (SELECT count(*) FROM inspector WHERE unit_code = 'D01') || '/' "
                + "|| (SELECT count(*) FROM audit_entry WHERE action LIKE 'INSPECTOR%' AND unit_code = 'D01')");
    }

    /** A multipart upload streamed from the file (the largest is 100 MB), with HTTP Basic as an integrator sends it. */
    private HttpResponse<String> upload(String path, String user, String name, Path file) throws IOException, InterruptedException {
        String boundary = "----fd" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                .timeout(HANG)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (user + ":" + WebClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        return HttpClient.newHttpClient().send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
