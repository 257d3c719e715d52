package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppProcess;
import io.fairdraw.support.WebClient;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FAIRDRAW_DB_URL/_USER/_PASSWORD point the application at a PostgreSQL it does not own (here a
 * separate server started by the test, with its own role and database), and production mode
 * seeds no demo data and insists on the first administrator's password.
 */
class ExternalDatabaseIT {

    @TempDir
    Path work;

    @Test
    @DisplayName("使用外部 PostgreSQL（环境变量）；生产模式无演示数据且必须提供首个管理员密码")
    void externalDatabaseAndProductionMode() throws Exception {
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().setLocaleConfig("locale", "C").start()) {
            try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE fd_ext LOGIN PASSWORD 'ext-secret'");
                s.execute("CREATE DATABASE fairdraw_ext OWNER fd_ext");
                s.execute("CREATE DATABASE fairdraw_prod OWNER fd_ext");
            }
            String url = "jdbc:postgresql://localhost:" + server.getPort() + "/";
            Map<String, String> env = Map.of("FAIRDRAW_DB_URL", url + "fairdraw_ext", "FAIRDRAW_DB_USER", "fd_ext",
                    "FAIRDRAW_DB_PASSWORD", "ext-secret");

            try (AppProcess app = AppProcess.start(work, List.of(), env)) {
                assertThat(app.port()).as(app.output()).isPositive();
                assertThat(app.output()).contains("Using external PostgreSQL").doesNotContain("Embedded PostgreSQL on port");
                assertThat(WebClient.loggedIn(app.port(), "planner.d01").get("/").statusCode()).isEqualTo(200);
            }
            // every demo account (seed/demo-accounts.csv, one per line after the header) and no other
            long demoAccounts = java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/main/resources/seed/demo-accounts.csv"))
                    .stream().skip(1).filter(l -> !l.isBlank()).count();
            assertThat(count(server, "fairdraw_ext", "SELECT count(*) FROM org_account")).isEqualTo(demoAccounts);
            assertThat(count(server, "fairdraw_ext", "SELECT count(*) FROM audit_entry WHERE action = 'LOGIN'"))
                    .isPositive();

            // Issue 18 §7: production takes its keys from configuration and refuses to start without them.
            Map<String, String> noKeys = Map.of("FAIRDRAW_DB_URL", url + "fairdraw_prod", "FAIRDRAW_DB_USER", "fd_ext",
                    "FAIRDRAW_DB_PASSWORD", "ext-secret", "FAIRDRAW_SECURE_COOKIE", "false",
                    "FAIRDRAW_ADMIN_PASSWORD", "Prod#Chief2026");
            AppProcess keyless = AppProcess.start(work, List.of("--spring.profiles.active=prod"), noKeys);
            assertThat(keyless.port()).isEqualTo(-1);
            assertThat(keyless.waitForExit(Duration.ofSeconds(30))).isNotZero();
            assertThat(keyless.output()).contains("Production mode needs the checkpoint signing key in FAIRDRAW_CHECKPOINT_KEY");
            Map<String, String> noSecretKey = new java.util.HashMap<>(noKeys);
            noSecretKey.put("FAIRDRAW_CHECKPOINT_KEY", checkpointKey());
            AppProcess sealless = AppProcess.start(work, List.of("--spring.profiles.active=prod"), noSecretKey);
            assertThat(sealless.port()).isEqualTo(-1);
            assertThat(sealless.waitForExit(Duration.ofSeconds(30))).isNotZero();
            assertThat(sealless.output()).contains("FAIRDRAW_DRAW_SECRET_KEY");

            Map<String, String> prod = new java.util.HashMap<>(noSecretKey);
            prod.remove("FAIRDRAW_ADMIN_PASSWORD");
            prod.put("FAIRDRAW_DRAW_SECRET_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32]));
            AppProcess refused = AppProcess.start(work, List.of("--spring.profiles.active=prod"), prod);
            assertThat(refused.port()).isEqualTo(-1);
            assertThat(refused.waitForExit(Duration.ofSeconds(30))).isNotZero();
            assertThat(refused.output()).contains("FAIRDRAW_ADMIN_PASSWORD");

            Map<String, String> withAdmin = new java.util.HashMap<>(prod);
            withAdmin.put("FAIRDRAW_ADMIN_PASSWORD", "Prod#Chief2026");
            try (AppProcess app = AppProcess.start(work, List.of("--spring.profiles.active=prod"), withAdmin)) {
                assertThat(app.port()).as(app.output()).isPositive();
                assertThat(app.output()).doesNotContain("Demo logins");
                assertThat(new WebClient(app.port()).login("admin", "Prod#Chief2026").headers()
                        .firstValue("Location").orElseThrow()).doesNotContain("error");
                assertThat(new WebClient(app.port()).login("planner.d01", WebClient.DEMO_PASSWORD).headers()
                        .firstValue("Location").orElseThrow()).contains("error");
            }
            assertThat(count(server, "fairdraw_prod", "SELECT count(*) FROM org_account")).isEqualTo(1);
        }
    }

    /** An Ed25519 private key as FAIRDRAW_CHECKPOINT_KEY takes it: base64 of PKCS#8 DER. */
    static String checkpointKey() throws Exception {
        return java.util.Base64.getEncoder().encodeToString(
                java.security.KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
    }

    private static long count(EmbeddedPostgres server, String db, String sql) throws Exception {
        try (Connection c = server.getDatabase("postgres", db).getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
