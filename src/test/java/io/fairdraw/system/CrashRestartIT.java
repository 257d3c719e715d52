package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.exchange.ReceiverServer;
import io.fairdraw.support.AppProcess;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's run mode (embedded PostgreSQL with its data in a directory) survives a restart
 * and a SIGKILL: the orphaned server is found through postmaster.pid and stopped before start-up.
 * Issue 20 acceptance 2 rides on the same processes: a catalog version committed while the outbox
 * sender is off (a receiver configured, nothing sent) survives the SIGKILL and is delivered, signed,
 * once, by the restarted process.
 */
class CrashRestartIT {

    @TempDir
    Path work;

    @Test
    @DisplayName("数据在重启后保留；JVM 被 SIGKILL 后再次启动正常（先停止遗留的内嵌数据库）")
    void survivesRestartAndSigkill() throws Exception {
        Path data = work.resolve("data/pg");
        List<String> args = List.of("--fairdraw.db.data-dir=" + data);
        try (ReceiverServer receiver = new ReceiverServer("crash-restart-it-secret-0123456789abcdef")) {
            AppProcess first = AppProcess.start(work, with(args, "--fairdraw.exchange.sender.enabled=false"), Map.of());
            assertThat(first.port()).as(first.output()).isPositive();
            WebClient admin = WebClient.loggedIn(first.port(), "admin");
            admin.get("/admin/units/new");
            assertThat(admin.postForm("/admin/units/new", Map.of("code", "CRASH1", "name", "持久化测试单位",
                    "parentCode", "BT", "kind", "DIVISION", "active", "true")).statusCode()).isEqualTo(302);
            // issue 20: the outbox message of a committed change, not yet sent when the process dies
            admin.get("/admin/exchange/receivers");
            assertThat(admin.postForm("/admin/exchange/receivers", Map.of("name", "崩溃测试接收方", "url", receiver.url(),
                    "secret", receiver.secret, "enabled", "true", "types", "CATALOG_VERSION_PUBLISHED",
                    "timeoutMs", "5000")).statusCode()).isEqualTo(302);
            HttpResponse<String> item = new WebClient(first.port()).api("POST", "/api/v1/catalog/items", "liaison.d01",
                    "{\"code\":\"CRASH-EX1\",\"name\":\"土地违法行为检查\",\"field\":\"LAND\","
                            + "\"legalBasis\":\"《土地管理法》第八十三条\",\"inspectingUnit\":\"D01\",\"targetType\":\"土地使用权人\","
                            + "\"content\":\"用地情况\",\"methods\":[\"ON_SITE\"],\"ratioPercent\":5,\"frequencyPerYear\":1,"
                            + "\"effectiveFrom\":\"2002-01-01\",\"reason\":\"首次发布\"}");
            assertThat(item.statusCode()).as(item.body()).isEqualTo(201);
            assertThat(admin.get("/admin/exchange/deliveries?q=CRASH-EX1").body()).contains("data-status=\"PENDING\"");

            first.kill();
            assertThat(AppProcess.postmaster(data)).as("SIGKILL leaves the embedded server running").isPresent();

            AppProcess second = AppProcess.start(work, with(args, "--fairdraw.exchange.sender.initial-delay=PT0S",
                    "--fairdraw.exchange.sender.delay=PT0.5S"), Map.of());
            assertThat(second.port()).as(second.output()).isPositive();
            // a separate process: its own scheduler sends, so wait (bounded) until the receiver has it
            Instant until = Instant.now().plusSeconds(30);
            while (receiver.applied.isEmpty() && Instant.now().isBefore(until)) {
                Thread.sleep(100);
            }
            assertThat(receiver.applied).as(second.output()).hasSize(1);
            assertThat(receiver.applied.values().iterator().next()).contains("\"code\":\"CRASH-EX1\"");
            assertThat(receiver.badSignatures).hasValue(0);
            assertThat(second.output()).contains("leftover PostgreSQL server");
            WebClient c = new WebClient(second.port());
            assertThat(c.api("GET", "/api/v1/units/CRASH1", "admin", null).body()).contains("持久化测试单位");
            String verify = c.api("GET", "/api/v1/audit/verify", "auditor", null).body();
            assertThat(verify).contains("\"ok\":true");
            assertThat(WebClient.loggedIn(second.port(), "admin").get("/admin/exchange/deliveries?q=CRASH-EX1").body())
                    .contains("data-status=\"DELIVERED\"");
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

    private static List<String> with(List<String> args, String... more) {
        List<String> all = new ArrayList<>(args);
        all.addAll(List.of(more));
        return all;
    }
}
