package io.fairdraw.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.support.AppProcess;
import io.fairdraw.support.ExternalPostgres;
import io.fairdraw.support.ProcessPlans;
import io.fairdraw.support.WebClient;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scale-out as the README describes it: two application processes on one external PostgreSQL.
 * Sessions live in the database, a draw is executed exactly once whichever node gets the
 * requests, and a scheduled job (the checkpoint, here on a 3-second test cron) runs once per
 * trigger across both nodes (ShedLock's DEBUG lines say which node ran each trigger).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesIT {

    static final int SLOT_SECONDS = 3;
    private static final Pattern RAN = Pattern.compile("^(\\S+)\\s.*Locked 'audit\\.checkpoint'", Pattern.MULTILINE);
    private static final Pattern SKIPPED = Pattern.compile("Not executing 'audit\\.checkpoint'");

    @TempDir
    static Path work;

    ExternalPostgres db;
    AppProcess one;
    AppProcess two;

    @BeforeAll
    void startTwoNodes() throws Exception {
        db = ExternalPostgres.create(work.resolve("pg"));
        List<String> args = List.of("--fairdraw.log.checkpoint-cron=*/" + SLOT_SECONDS + " * * * * *",
                "--fairdraw.log.checkpoint-lock-at-least=PT1S", "--logging.level.net.javacrumbs.shedlock=DEBUG");
        one = AppProcess.start(work, args, db.appEnv());
        assertThat(one.port()).as(one.output()).isPositive();
        two = AppProcess.start(work, args, db.appEnv());
        assertThat(two.port()).as(two.output()).isPositive();
    }

    @AfterAll
    void stopAll() throws Exception {
        for (AppProcess p : new AppProcess[] {one, two}) {
            if (p != null) {
                p.close();
            }
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    @DisplayName("节点 1 登录的会话在节点 2 有效；在节点 2 退出后节点 1 上也失效")
    void sessionIsSharedBetweenNodes() {
        WebClient browser = WebClient.loggedIn(one.port(), "planner.d01");
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        WebClient sameBrowserOnTwo = browser.onPort(two.port());
        HttpResponse<String> page = sameBrowserOnTwo.get("/plans");
        assertThat(page.statusCode()).as("session cookie of node 1 accepted by node 2").isEqualTo(200);
        assertThat(page.body()).as("a signed-in page, not the login form").contains("action=\"/logout\"")
                .doesNotContain("name=\"password\"");

        assertThat(sameBrowserOnTwo.postForm("/logout", Map.of()).statusCode()).isEqualTo(302);
        HttpResponse<String> after = browser.get("/plans");
        assertThat(after.statusCode()).as("logged out on node 2, so also on node 1").isEqualTo(302);
        assertThat(after.headers().firstValue("Location").orElse("")).contains("/login");
    }

    @Test
    @DisplayName("10 个执行请求交替发往两个节点：恰好一次抽取成功，其余 409；检查任务只生成一次")
    void concurrentExecutesThroughBothNodesDrawOnce() throws Exception {
        long item = db.count("SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id "
                + "WHERE i.code = 'D01-TD-001' ORDER BY v.version_no DESC LIMIT 1");
        long task = ProcessPlans.publishedTask(one.port(), 2052, item);
        String drawId = ProcessPlans.announce(new WebClient(one.port()), task);

        int requests = 10;
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            int port = i % 2 == 0 ? one.port() : two.port();
            String beacon = "two nodes " + i;
            futures.add(pool.submit(() -> {
                start.await();
                return ProcessPlans.execute(new WebClient(port), drawId, beacon);
            }));
        }
        start.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<HttpResponse<String>> f : futures) {
            HttpResponse<String> r = f.get();
            codes.add(r.statusCode());
            if (r.statusCode() != 200) {
                assertThat(r.body()).contains("draw.already_executed");
            }
        }
        pool.shutdown();
        assertThat(codes).as(codes.toString()).containsOnly(200, 409);
        assertThat(codes.stream().filter(c -> c == 200).count()).isEqualTo(1);
        long selected = db.count("SELECT count(*) FROM draw_selection WHERE draw_id = ?", drawId);
        assertThat(selected).isPositive();
        assertThat(db.count("SELECT count(*) FROM inspection_visit WHERE draw_id = ?", drawId)).isEqualTo(selected);
        assertThat(db.count("SELECT count(*) FROM audit_entry WHERE target_id = ? AND action = 'DRAW_EXECUTED'",
                drawId)).isEqualTo(1);
        assertThat(new WebClient(two.port()).api("GET", "/api/v1/audit/verify", "auditor", null).body())
                .contains("\"ok\":true");
    }

    @Test
    @DisplayName("定时任务（签名检查点）每次触发只在一个节点上运行")
    void scheduledJobRunsOncePerTrigger() throws Exception {
        // Let both nodes see several triggers, with the log growing between them.
        long end = System.nanoTime() + 5L * SLOT_SECONDS * 1_000_000_000L;
        int n = 0;
        while (System.nanoTime() < end) {
            WebClient.loggedIn(n++ % 2 == 0 ? one.port() : two.port(), "auditor");
            Thread.sleep(500);
        }
        Thread.sleep(SLOT_SECONDS * 1000L);
        Map<Long, List<String>> runsBySlot = new TreeMap<>();
        collect(one.output(), "node1", runsBySlot);
        collect(two.output(), "node2", runsBySlot);
        assertThat(runsBySlot.size()).as("triggers that ran").isGreaterThanOrEqualTo(4);
        runsBySlot.forEach((slot, nodes) -> assertThat(nodes).as("runs of trigger %s", slot).hasSize(1));
        // Both schedulers were live: each node ran a trigger or found it locked by the other.
        for (AppProcess node : List.of(one, two)) {
            assertThat(RAN.matcher(node.output()).find() || SKIPPED.matcher(node.output()).find()).isTrue();
        }
        assertThat(db.count("SELECT count(*) FROM shedlock WHERE name = 'audit.checkpoint'")).isEqualTo(1);
    }

    private static void collect(String output, String node, Map<Long, List<String>> runsBySlot) {
        Matcher m = RAN.matcher(output);
        while (m.find()) {
            long second = OffsetDateTime.parse(m.group(1)).toEpochSecond();
            runsBySlot.computeIfAbsent(second - second % SLOT_SECONDS, k -> new ArrayList<>()).add(node);
        }
    }
}
