package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppProcess;
import io.fairdraw.support.ExternalPostgres;
import io.fairdraw.support.ProcessPlans;
import io.fairdraw.support.RegistryFiles;
import io.fairdraw.support.VerifierRun;
import io.fairdraw.support.WebClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The backup procedure of docs/operations.md, run as written: {@code pg_dump -Fc} of the live
 * database, {@code pg_restore} into an empty database on another server, the application started
 * on the restored copy. The restored system verifies its audit log (hash chain and Merkle tree)
 * and a draw made before the backup passes the offline verifier (verifier/Verify.java).
 * The installed client tools are PostgreSQL 15 and pg_dump refuses a newer server, so both
 * servers here are PostgreSQL 15 (zonky binaries copied to target/pg15 by the build).
 */
class BackupRestoreIT {

    static final Path PG15 = Path.of("target", "pg15", "postgres-15-binaries.jar");
    static final String[] TABLES = {"audit_entry", "audit_checkpoint", "registry_entity", "registry_import",
        "draw_announcement", "draw_selection", "inspection_visit", "plan_task", "org_account", "spring_session"};

    @TempDir
    Path work;

    @Test
    @DisplayName("pg_dump 备份、pg_restore 到另一台服务器：恢复后的系统审计日志校验通过，备份前的抽取经离线校验器验证通过")
    void backupAndRestore() throws Exception {
        assertThat(PG15).as("PostgreSQL 15 binaries (copied by the build's pre-integration-test phase)").exists();
        String drawId;
        List<Long> before = new ArrayList<>();
        Path dump = work.resolve("fairdraw.dump");
        try (ExternalPostgres source = ExternalPostgres.create(work.resolve("pg-source"), PG15)) {
            try (AppProcess app = AppProcess.start(work, List.of(), source.appEnv())) {
                assertThat(app.port()).as(app.output()).isPositive();
                WebClient client = new WebClient(app.port());
                RegistryFiles.File rows = RegistryFiles.csv(8_101L, "D01", 30);
                assertThat(client.apiUpload("/api/v1/registry/imports", "liaison.d01", "before-backup.csv",
                        rows.content()).statusCode()).isEqualTo(200);
                long item = source.count("SELECT v.id FROM catalog_item_version v JOIN catalog_item i "
                        + "ON i.id = v.item_id WHERE i.code = 'D01-TD-001' ORDER BY v.version_no DESC LIMIT 1");
                drawId = ProcessPlans.announce(client, ProcessPlans.publishedTask(app.port(), 2053, item));
                assertThat(ProcessPlans.execute(client, drawId, "backup test dice 3 1 4 1 5 9").statusCode())
                        .isEqualTo(200);

                // A hot backup, while the application runs: pg_dump reads one consistent snapshot.
                run(List.of("pg_dump", "-Fc", "-h", "localhost", "-p", String.valueOf(source.port()), "-U",
                        ExternalPostgres.USER, "-f", dump.toString(), ExternalPostgres.DATABASE));
                for (String t : TABLES) {
                    before.add(source.count("SELECT count(*) FROM " + t));
                }
            }
        }

        try (ExternalPostgres target = ExternalPostgres.create(work.resolve("pg-target"), PG15)) {
            run(List.of("pg_restore", "--exit-on-error", "--no-owner", "-h", "localhost", "-p",
                    String.valueOf(target.port()), "-U", ExternalPostgres.USER, "-d", ExternalPostgres.DATABASE,
                    dump.toString()));
            List<Long> after = new ArrayList<>();
            for (String t : TABLES) {
                after.add(target.count("SELECT count(*) FROM " + t));
            }
            assertThat(after).as("rows per table %s", List.of(TABLES)).isEqualTo(before);

            try (AppProcess app = AppProcess.start(work, List.of(), target.appEnv())) {
                assertThat(app.port()).as(app.output()).isPositive();
                assertThat(app.output()).doesNotContain("seeding the demo organisation");
                WebClient client = new WebClient(app.port());
                assertThat(client.api("GET", "/api/v1/audit/verify", "auditor", null).body()).contains("\"ok\":true");
                String merkle = client.api("GET", "/api/v1/audit/verify/merkle", "auditor", null).body();
                assertThat(merkle).contains("\"ok\":true");

                Path dir = Files.createDirectories(work.resolve("draw"));
                Files.writeString(dir.resolve("record.json"), client.get("/public/draws/" + drawId + ".json").body());
                Files.write(dir.resolve("frame.csv"), client.getBytes("/public/draws/" + drawId + "/frame.csv").body());
                Files.write(dir.resolve("orgs.csv"), client.getBytes("/public/draws/" + drawId + "/orgs.csv").body());
                Files.writeString(dir.resolve("roster.csv"),
                        client.api("GET", "/api/v1/draws/" + drawId + "/roster.csv", "auditor", null).body());
                Files.writeString(dir.resolve("conflicts.csv"),
                        client.api("GET", "/api/v1/draws/" + drawId + "/conflicts.csv", "auditor", null).body());
                VerifierRun verified = VerifierRun.run(dir.resolve("record.json").toString(),
                        dir.resolve("frame.csv").toString(), dir.resolve("roster.csv").toString(),
                        dir.resolve("conflicts.csv").toString(), "--orgs", dir.resolve("orgs.csv").toString());
                assertThat(verified.exit()).as(verified.output()).isZero();
                assertThat(verified.output()).containsPattern("(?m)^VERIFIED: all \\d+ checks passed$");

                // The restored system keeps working: a login (session in the database) and a write.
                assertThat(WebClient.loggedIn(app.port(), "planner.d01").get("/").statusCode()).isEqualTo(200);
                assertThat(client.apiUpload("/api/v1/registry/imports", "liaison.d01", "after-restore.csv",
                        RegistryFiles.csv(8_102L, "D01", 5).content()).statusCode()).isEqualTo(200);
                assertThat(client.api("GET", "/api/v1/audit/verify", "auditor", null).body()).contains("\"ok\":true");
            }
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", ExternalPostgres.PASSWORD);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + ":\n" + out).isZero();
    }
}
