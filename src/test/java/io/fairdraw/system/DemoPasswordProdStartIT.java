package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * issue 18 §8, as an operator meets it: the packaged application, started with the {@code prod}
 * profile on a database that still has the demo accounts and their published password, exits
 * non-zero and says which accounts, after warning that demo accounts exist.
 */
class DemoPasswordProdStartIT {

    @TempDir
    Path work;

    @Test
    @DisplayName("数据库中仍有演示密码的账户时，prod 启动失败并说明原因")
    void prodRefusesDemoPasswords() throws Exception {
        Path data = work.resolve("data/pg");
        List<String> args = List.of("--fairdraw.db.data-dir=" + data);
        try {
            try (AppProcess demo = AppProcess.start(work, args, Map.of())) {
                assertThat(demo.port()).as(demo.output()).isPositive();
            }
            List<String> prod = List.of("--fairdraw.db.data-dir=" + data, "--spring.profiles.active=prod");
            // The keys prod requires (issue 18 §7) are given, so the demo-password check is what refuses.
            AppProcess refused = AppProcess.start(work, prod, Map.of("FAIRDRAW_SECURE_COOKIE", "false",
                    "FAIRDRAW_CHECKPOINT_KEY", ExternalDatabaseIT.checkpointKey(),
                    "FAIRDRAW_DRAW_SECRET_KEY", java.util.Base64.getEncoder().encodeToString(new byte[32])));
            assertThat(refused.port()).isEqualTo(-1);
            assertThat(refused.waitForExit(Duration.ofSeconds(60))).isNotZero();
            assertThat(refused.output()).contains("Demo accounts exist")
                    .contains("still have the published demo password").contains("planner.d01");
        } finally {
            AppProcess.stopPostmaster(data);
        }
    }
}
