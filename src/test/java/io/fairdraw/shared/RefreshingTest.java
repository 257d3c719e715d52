package io.fairdraw.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RefreshingTest {

    @Test
    @DisplayName("过期后只有一个调用者重新加载，其余调用者继续得到旧值")
    void oneReloadWhileOthersKeepTheOldValue() throws Exception {
        AtomicInteger loads = new AtomicInteger();
        CountDownLatch reloadStarted = new CountDownLatch(1);
        CountDownLatch releaseReload = new CountDownLatch(1);
        Refreshing<Integer> r = new Refreshing<>(Duration.ofHours(1), () -> {
            int n = loads.incrementAndGet();
            if (n == 2) {
                reloadStarted.countDown();
                await(releaseReload);
            }
            return n;
        });
        assertThat(r.get()).isEqualTo(1);
        assertThat(r.get()).isEqualTo(1);
        r.invalidate();
        ExecutorService pool = Executors.newFixedThreadPool(9);
        try {
            Future<Integer> reloader = pool.submit(r::get);
            assertThat(reloadStarted.await(10, TimeUnit.SECONDS)).isTrue();
            List<Future<Integer>> others = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                others.add(pool.submit(r::get));
            }
            for (Future<Integer> f : others) {
                assertThat(f.get(10, TimeUnit.SECONDS)).as("served the old value during the reload").isEqualTo(1);
            }
            releaseReload.countDown();
            assertThat(reloader.get(10, TimeUnit.SECONDS)).isEqualTo(2);
        } finally {
            pool.shutdownNow();
        }
        assertThat(r.get()).isEqualTo(2);
        assertThat(loads.get()).isEqualTo(2);
    }

    @Test
    @DisplayName("重新加载失败时保留旧值，下一个调用者重试")
    void failedReloadKeepsTheOldValue() {
        AtomicInteger loads = new AtomicInteger();
        Refreshing<String> r = new Refreshing<>(Duration.ofHours(1), () -> {
            if (loads.incrementAndGet() == 2) {
                throw new IllegalStateException("database away");
            }
            return "v" + loads.get();
        });
        assertThat(r.get()).isEqualTo("v1");
        r.invalidate();
        assertThatThrownBy(r::get).hasMessage("database away");
        assertThat(r.get()).isEqualTo("v3");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
