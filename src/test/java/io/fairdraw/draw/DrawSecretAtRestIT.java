package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 18 §7: before execution the database holds the draw's secret only sealed (AES-256-GCM,
 * draw/domain/SecretSeal); execution opens it, and the published record shows it in clear.
 */
@AppIT
class DrawSecretAtRestIT {

    static final int YEAR = 2091;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DemoPlans plans;

    @Test
    @DisplayName("执行前数据库中的抽取秘密是密文；执行后公开记录中的秘密为明文且与保存的密文不同")
    void secretSealedUntilExecution() {
        WebClient client = new WebClient(port);
        long taskId = DrawFixtures.publishedTask(plans, "D01", YEAR, 2, false, 3, null);
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");
        String stored = jdbc.sql("SELECT secret FROM draw_secret WHERE draw_id = ?").param(drawId).query(String.class).single();
        assertThat(stored).startsWith("seal1:").doesNotContainPattern("[0-9a-f]{64}");

        HttpResponse<String> executed = DrawFixtures.execute(client, drawId, "planner.d01", "IT beacon " + YEAR);
        assertThat(executed.statusCode()).as(executed.body()).isEqualTo(200);
        String published = jdbc.sql("SELECT secret FROM draw_announcement WHERE draw_id = ?").param(drawId)
                .query(String.class).single();
        assertThat(published).matches("[0-9a-f]{64}");
        assertThat(stored).doesNotContain(published);
        assertThat(client.get("/public/draws/" + drawId + ".json").body()).contains(published);
    }
}
