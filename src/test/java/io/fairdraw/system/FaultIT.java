package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppProcess;
import io.fairdraw.support.ExternalPostgres;
import io.fairdraw.support.ProcessPlans;
import io.fairdraw.support.RegistryFiles;
import io.fairdraw.support.WebClient;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crashes under load, against an external PostgreSQL (so the test reads the database directly):
 * the application SIGKILLed in the middle of a 1,000,000-row import and in the middle of a draw's
 * execution transaction leaves all or nothing of the operation, and the audit log verifies after
 * a restart. Rows: {@code -Dfairdraw.fault.rows} (default 1,000,000; the file is cached in target/).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultIT {

    static final int ROWS = Integer.getInteger("fairdraw.fault.rows", 1_000_000);

    @TempDir
    static Path work;

    ExternalPostgres db;
    AppProcess app;

    @BeforeAll
    void startDatabaseAndApp() throws Exception {
        db = ExternalPostgres.create(work.resolve("pg"));
        app = start();
    }

    @AfterAll
    void stopAll() throws Exception {
        if (app != null) {
            app.close();
        }
        if (db != null) {
            db.close();
        }
    }

    private AppProcess start() {
        AppProcess p = AppProcess.startCompiled(work, List.of(), db.appEnv());
        assertThat(p.port()).as(p.output()).isPositive();
        return p;
    }

    private String auditVerify() {
        return new WebClient(app.port()).api("GET", "/api/v1/audit/verify", "auditor", null).body();
    }

    @Test
    @Order(1)
    @DisplayName("导入 100 万行时 JVM 被 SIGKILL：名录、导入记录、变更与审计均无任何残留；重启后审计日志校验通过，可再次导入")
    void killedDuringMillionRowImport() throws Exception {
        Path file = RegistryFiles.xlsx(20_261_206L, "D01", ROWS);
        long entities = db.count("SELECT count(*) FROM registry_entity");
        long imports = db.count("SELECT count(*) FROM registry_import");
        long changes = db.count("SELECT count(*) FROM registry_entity_change");
        long audits = db.count("SELECT count(*) FROM audit_entry WHERE action LIKE 'REGISTRY_IMPORT%'");

        CompletableFuture<HttpResponse<String>> upload = upload(app.port(), file);
        // Wait until the import's transaction is writing rows (a COPY is running), then some more.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (db.count("SELECT count(*) FROM pg_stat_activity WHERE usename = ? AND state = 'active' "
                + "AND query ILIKE 'COPY%'", ExternalPostgres.USER) == 0) {
            assertThat(upload).as("the import finished before it could be killed").isNotDone();
            assertThat(System.nanoTime()).as("no COPY seen").isLessThan(deadline);
            Thread.sleep(50);
        }
        Thread.sleep(1500);
        assertThat(upload).as("the import finished before it could be killed").isNotDone();
        app.kill();
        assertThat(upload.handle((r, e) -> r == null ? -1 : r.statusCode()).get(30, TimeUnit.SECONDS))
                .as("no response reports success").isNotEqualTo(200);
        db.awaitNoAppBackends();

        assertThat(db.count("SELECT count(*) FROM registry_entity")).isEqualTo(entities);
        assertThat(db.count("SELECT count(*) FROM registry_import")).isEqualTo(imports);
        assertThat(db.count("SELECT count(*) FROM registry_entity_change")).isEqualTo(changes);
        assertThat(db.count("SELECT count(*) FROM audit_entry WHERE action LIKE 'REGISTRY_IMPORT%'")).isEqualTo(audits);

        app = start();
        assertThat(auditVerify()).contains("\"ok\":true");
        RegistryFiles.File small = RegistryFiles.csv(7_001L, "D01", 50);
        HttpResponse<String> again = new WebClient(app.port()).apiUpload("/api/v1/registry/imports", "liaison.d01",
                "after-crash.csv", small.content());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(db.count("SELECT count(*) FROM registry_entity WHERE uscc = ANY(?)",
                (Object) small.codes().toArray(String[]::new))).isEqualTo(50);
        assertThat(db.count("SELECT count(*) FROM registry_import")).isEqualTo(imports + 1);
    }

    @Test
    @Order(2)
    @DisplayName("抽取执行事务进行中 JVM 被 SIGKILL：抽取仍为已公告、无抽中名单和检查任务；重启后审计日志校验通过，再次执行成功")
    void killedDuringDrawExecute() throws Exception {
        long item = db.count("SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id "
                + "WHERE i.code = 'D01-TD-001' ORDER BY v.version_no DESC LIMIT 1");
        long task = ProcessPlans.publishedTask(app.port(), 2051, item);
        String drawId = ProcessPlans.announce(new WebClient(app.port()), task);

        CompletableFuture<HttpResponse<String>> execute;
        // Hold inspection_visit so that the execution transaction stops between writing the draw's
        // state and selection and writing its visits: the kill lands inside the transaction.
        try (Connection lock = db.connect()) {
            lock.setAutoCommit(false);
            try (Statement s = lock.createStatement()) {
                s.execute("LOCK TABLE inspection_visit IN SHARE MODE");
            }
            execute = CompletableFuture.supplyAsync(() -> ProcessPlans.execute(new WebClient(app.port()), drawId,
                    "fault test dice 1 2 3 4 5 6"));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (db.count("SELECT count(*) FROM pg_stat_activity WHERE usename = ? AND wait_event_type = 'Lock'",
                    ExternalPostgres.USER) == 0) {
                assertThat(execute).as("execute finished before it reached the visits").isNotDone();
                assertThat(System.nanoTime()).as("execute never waited for the lock").isLessThan(deadline);
                Thread.sleep(20);
            }
            // Mid-transaction: the draw row is updated and the selection copied, not yet committed.
            app.kill();
            lock.rollback();
        }
        assertThat(execute.handle((r, e) -> r == null ? -1 : r.statusCode()).get(30, TimeUnit.SECONDS))
                .isNotEqualTo(200);
        db.awaitNoAppBackends();

        assertThat(db.string("SELECT status FROM draw_announcement WHERE draw_id = ?", drawId)).isEqualTo("ANNOUNCED");
        assertThat(db.count("SELECT count(*) FROM draw_selection WHERE draw_id = ?", drawId)).isZero();
        assertThat(db.count("SELECT count(*) FROM inspection_visit WHERE draw_id = ?", drawId)).isZero();
        assertThat(db.count("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action = 'DRAW_EXECUTED'",
                drawId)).isZero();

        app = start();
        assertThat(auditVerify()).contains("\"ok\":true");
        HttpResponse<String> again = ProcessPlans.execute(new WebClient(app.port()), drawId,
                "fault test dice 6 5 4 3 2 1");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        long selected = db.count("SELECT count(*) FROM draw_selection WHERE draw_id = ?", drawId);
        assertThat(selected).isPositive();
        assertThat(db.count("SELECT count(*) FROM inspection_visit WHERE draw_id = ?", drawId)).isEqualTo(selected);
        assertThat(db.count("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action = 'DRAW_EXECUTED'",
                drawId)).isEqualTo(1);
        assertThat(auditVerify()).contains("\"ok\":true");
    }

    @Test
    @Order(3)
    @DisplayName("数据库在应用运行时重启：停机期间的写入得到 503 JSON，所有得到 2xx 的写入事后都在；应用无需重启即恢复")
    void databaseRestartedUnderTheApp() throws Exception {
        List<Write> writes = new ArrayList<>();
        WebClient client = new WebClient(app.port());
        for (int i = 0; i < 3; i++) {
            writes.add(write(client, 100 + i));
        }
        db.stop();
        for (int i = 0; i < 3; i++) {
            writes.add(write(client, 200 + i));
        }
        db.start();
        // The pool reconnects on its own: no restart of the application.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        Write after;
        do {
            after = write(client, 300 + writes.size());
            writes.add(after);
            assertThat(System.nanoTime()).as("application did not recover: %s", after.body).isLessThan(deadline);
        } while (after.status != 200);
        for (int i = 0; i < 3; i++) {
            writes.add(write(client, 400 + i));
        }

        for (Write w : writes) {
            long present = db.count("SELECT count(*) FROM registry_entity WHERE uscc = ANY(?)",
                    (Object) w.codes.toArray(String[]::new));
            if (w.status == 200) {
                assertThat(present).as("acknowledged write %s lost", w.n).isEqualTo(w.codes.size());
            } else {
                // What #8 requires: a refused write is not stored, and says why. A 401 (the Basic check's
                // rollback failed on HikariCP's closed stand-in connection) or a 500 here was a defect,
                // fixed in DatabaseUnavailable (see DatabaseUnavailableTest).
                assertThat(w.status).as("write %s during the outage: %s", w.n, w.body).isEqualTo(503);
                assertThat(w.body).contains("\"code\":\"api.error.database_unavailable\"");
                assertThat(present).as("write %s reported failure but was stored", w.n).isZero();
            }
        }
        assertThat(writes.subList(3, 6)).as("writes while the database is down").noneMatch(w -> w.status == 200)
                .anyMatch(w -> w.status == 503);
        assertThat(writes.subList(writes.size() - 3, writes.size())).allMatch(w -> w.status == 200);
        assertThat(auditVerify()).contains("\"ok\":true");
    }

    private record Write(int n, int status, String body, List<String> codes) {
    }

    private static Write write(WebClient client, int n) {
        RegistryFiles.File f = RegistryFiles.csv(9_000L + n, "D01", 5);
        try {
            HttpResponse<String> r = client.apiUpload("/api/v1/registry/imports", "liaison.d01", "w" + n + ".csv",
                    f.content());
            return new Write(n, r.statusCode(), r.body(), f.codes());
        } catch (RuntimeException e) {
            return new Write(n, -1, String.valueOf(e), f.codes());
        }
    }

    private static CompletableFuture<HttpResponse<String>> upload(int port, Path file) throws Exception {
        String boundary = "----fdfault" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"million.xlsx\""
                + "\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/registry/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("liaison.d01:" + WebClient.DEMO_PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofByteArray(head),
                        HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofByteArray(tail)))
                .build();
        return HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofString());
    }
}
