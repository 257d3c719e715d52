package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fairdraw.support.AppProcess;
import io.fairdraw.support.ExternalPostgres;
import io.fairdraw.support.RegistryFiles;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18 §7 on an external server set up as docs/operations.md ("Database roles") says: an owner
 * role that owns the database and runs the migrations (FAIRDRAW_DB_OWNER_USER/_PASSWORD), and the
 * application's role (FAIRDRAW_DB_USER/_PASSWORD) with only the grants the callback gives it. The
 * application runs on its role — demo data, a registry import (COPY into a temporary table), the
 * audit chain — and that role can neither change audit entries nor disable their triggers. (The
 * embedded default: AuditChainIT#appendOnly.)
 */
class DatabaseRolesIT {

    static final String APP = "fd_app";
    static final String APP_PASSWORD = "app-secret";

    @TempDir
    Path work;

    @Test
    @DisplayName("外部数据库两个角色：属主执行迁移，应用角色运行；应用角色 UPDATE 审计记录被拒（permission denied），关闭触发器被拒")
    void applicationRoleCannotTouchTheAuditTables() throws Exception {
        try (ExternalPostgres pg = ExternalPostgres.create(work.resolve("pg"))) {
            try (Connection c = pg.connect(); Statement s = c.createStatement()) {
                // docs/operations.md: the owner (here the test's fd_ext) owns the database; the app role only logs in.
                s.execute("CREATE ROLE " + APP + " LOGIN PASSWORD '" + APP_PASSWORD + "'");
            }
            Map<String, String> env = Map.of("FAIRDRAW_DB_URL", pg.url(), "FAIRDRAW_DB_USER", APP,
                    "FAIRDRAW_DB_PASSWORD", APP_PASSWORD, "FAIRDRAW_DB_OWNER_USER", ExternalPostgres.USER,
                    "FAIRDRAW_DB_OWNER_PASSWORD", ExternalPostgres.PASSWORD);
            try (AppProcess app = AppProcess.start(work, List.of(), env)) {
                assertThat(app.port()).as(app.output()).isPositive();
                assertThat(app.output()).doesNotContain("FAIRDRAW_DB_OWNER_USER is not set");
                WebClient client = new WebClient(app.port());
                HttpResponse<String> imported = client.apiUpload("/api/v1/registry/imports", "liaison.d01", "roles.csv",
                        RegistryFiles.csv(18_007L, "D01", 50).content());
                assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
                assertThat(imported.body()).contains("\"accepted\":50");
                assertThat(client.api("GET", "/api/v1/audit/verify", "auditor", null).body()).contains("\"ok\":true");
                assertThat(pg.count("SELECT count(*) FROM pg_stat_activity WHERE usename = ?", APP)).isPositive();
            }
            assertThat(pg.string("SELECT tableowner FROM pg_tables WHERE tablename = 'audit_entry'"))
                    .isEqualTo(ExternalPostgres.USER);
            assertThat(pg.count("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = ?", APP))
                    .as("the application's role owns no table").isZero();
            try (Connection c = DriverManager.getConnection(pg.url(), APP, APP_PASSWORD); Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM audit_entry")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isPositive();
                }
                assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_entry SET summary = 'nothing happened' WHERE seq = 1"))
                        .hasMessageContaining("permission denied for table audit_entry");
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_entry WHERE seq = 1"))
                        .hasMessageContaining("permission denied for table audit_entry");
                assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_checkpoint"))
                        .hasMessageContaining("permission denied for table audit_checkpoint");
                assertThatThrownBy(() -> s.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update"))
                        .hasMessageContaining("must be owner of table audit_entry");
                assertThatThrownBy(() -> s.execute("CREATE TABLE intruder (x int)"))
                        .hasMessageContaining("permission denied for schema public");
                assertThatThrownBy(() -> s.executeUpdate("DELETE FROM flyway_schema_history"))
                        .hasMessageContaining("permission denied for table flyway_schema_history");
            }
        }
    }
}
