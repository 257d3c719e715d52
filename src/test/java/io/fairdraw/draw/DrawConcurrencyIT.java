package io.fairdraw.draw;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.plan.DemoPlans;
import io.fairdraw.support.AppIT;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** 恰好一次：20 个并发执行请求只有一个抽取成功，其余 19 个得到明确的 409；检查任务只生成一次。 */
@AppIT
class DrawConcurrencyIT {

    static final int YEAR = 2031;
    static final int REQUESTS = 20;

    @LocalServerPort
    int port;

    @Autowired
    DemoPlans plans;

    @Autowired
    JdbcClient jdbc;

    @Test
    @DisplayName("20 个并发执行请求：1 个成功，19 个 409 draw.already_executed，检查任务数等于抽中数")
    void twentyConcurrentExecutesDrawExactlyOnce() throws Exception {
        long taskId = DrawFixtures.publishedTask(plans, "D01", YEAR, 2, false, 5, null);
        WebClient client = new WebClient(port);
        String drawId = DrawFixtures.announce(client, taskId, "planner.d01");

        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            // Different beacons: were two executions to succeed, their selections would differ.
            String beacon = "IT concurrent " + i;
            futures.add(pool.submit(() -> {
                start.await();
                return DrawFixtures.execute(new WebClient(port), drawId, "planner.d01", beacon);
            }));
        }
        start.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : futures) {
            responses.add(f.get());
        }
        pool.shutdown();

        assertThat(responses).filteredOn(r -> r.statusCode() == 200).hasSize(1);
        List<HttpResponse<String>> refused = responses.stream().filter(r -> r.statusCode() != 200).toList();
        assertThat(refused).hasSize(REQUESTS - 1).allSatisfy(r -> {
            assertThat(r.statusCode()).isEqualTo(409);
            assertThat(r.body()).contains("\"code\":\"draw.already_executed\"").contains("不能再次执行");
        });
        int selected = jdbc.sql("SELECT count(*) FROM draw_selection WHERE draw_id = ?").param(drawId)
                .query(Integer.class).single();
        assertThat(selected).isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM inspection_visit WHERE draw_id = ?").param(drawId)
                .query(Integer.class).single()).isEqualTo(selected);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action = 'DRAW_EXECUTED'")
                .param(drawId).query(Integer.class).single()).isEqualTo(1);
    }
}
