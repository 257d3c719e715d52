package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppProcess;
import io.fairdraw.support.WebClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run mode (embedded PostgreSQL with its data in a directory) survives a restart
 * and a SIGKILL: the orphaned server is found through postmaster.pid and stopped before start-up.
 */
class CrashRestartIT {

    @TempDir
    Path work;

    @Test
    @DisplayName("数据在重启后保留；JVM 被 SIGKILL 后再次启动正常（先停止遗留的内嵌数据库）")
    void survivesRestartAndSigkill() throws Exception {
        Path data = work.resolve("data/pg");
        List<String> args = List.of("--fairdraw.db.data-dir=" + data);
        try {
            AppProcess first = AppProcess.start(work, args, Map.of());
            assertThat(first.port()).as(first.output()).isPositive();
            WebClient admin = WebClient.loggedIn(first.port(), "admin");
            admin.get("/admin/units/new");
            assertThat(admin.postForm("/admin/units/new", Map.of("code", "CRASH1", "name", "持久化测试单位",
                    "parentCode", "BT", "kind", "DIVISION", "active", "true")).statusCode()).isEqualTo(302);

            first.kill();
            assertThat(AppProcess.postmaster(data)).as("SIGKILL leaves the embedded server running").isPresent();

            AppProcess second = AppProcess.start(work, args, Map.of());
            assertThat(second.port()).as(second.output()).isPositive();
            assertThat(second.output()).contains("leftover PostgreSQL server");
            WebClient c = new WebClient(second.port());
            assertThat(c.api("GET", "/api/v1/units/CRASH1", "admin", null).body()).contains("持久化测试单位");
            String verify = c.api("GET", "/api/v1/audit/verify", "auditor", null).body();
            assertThat(verify).contains("\"ok\":true");
            // demo data is not seeded twice
            assertThat(second.output()).doesNotContain("seeding the demo organisation");

            second.stop();
            assertThat(second.waitForExit(Duration.ofSeconds(30))).isNotEqualTo(Integer.MIN_VALUE);
            assertThat(AppProcess.postmaster(data)).as("a graceful stop stops PostgreSQL").isEmpty();

            AppProcess third = AppProcess.start(work, args, Map.of());
            assertThat(new WebClient(third.port()).api("GET", "/api/v1/units/CRASH1", "admin", null).statusCode())
                    .isEqualTo(200);
            third.stop();
        } finally {
            AppProcess.stopPostmaster(data);
        }
    }
}
