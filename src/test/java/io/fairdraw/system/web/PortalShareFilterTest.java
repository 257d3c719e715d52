package io.fairdraw.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

/** The portal's bulkhead: bounded concurrency per lane, arrival order, bounded queue and wait, 503 beyond. */
class PortalShareFilterTest {

    private final ExecutorService pool = Executors.newCachedThreadPool();
    private final StaticMessageSource messages = new StaticMessageSource();

    PortalShareFilterTest() {
        messages.addMessage("web.error.portal_busy", Locale.SIMPLIFIED_CHINESE, "门户网站当前访问量较大，请稍后刷新重试。");
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    private PortalShareFilter filter(int pages, int downloads, int queue, Duration wait) {
        return new PortalShareFilter(new PortalShareProperties(pages, downloads, queue, wait), messages,
                JsonMapper.builder().build());
    }

    /** A chain that counts how many requests are inside at once and holds each until released. */
    private static final class HeldChain {
        final AtomicInteger inside = new AtomicInteger();
        final AtomicInteger most = new AtomicInteger();
        final CountDownLatch release = new CountDownLatch(1);
        final List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());

        FilterChain chain() {
            return (request, response) -> {
                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                order.add(((MockHttpServletRequest) request).getParameter("n"));
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                inside.decrementAndGet();
            };
        }
    }

    private Future<MockHttpServletResponse> get(PortalShareFilter filter, FilterChain chain, String uri, int n) {
        return pool.submit(() -> {
            MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
            request.setParameter("n", Integer.toString(n));
            MockHttpServletResponse response = new MockHttpServletResponse();
            filter.doFilter(request, response, chain);
            return response;
        });
    }

    private static void awaitQueued(HeldChain held, int inside) throws InterruptedException {
        for (int i = 0; i < 200 && held.inside.get() < inside; i++) {
            Thread.sleep(10);
        }
    }

    private static void awaitWaiting(PortalShareFilter filter, int waiting) throws InterruptedException {
        for (int i = 0; i < 500 && filter.pagesWaiting() < waiting; i++) {
            Thread.sleep(10);
        }
        assertThat(filter.pagesWaiting()).isEqualTo(waiting);
    }

    @Test
    void pagesRunAtMostPermitsAtOnce() throws Exception {
        PortalShareFilter filter = filter(2, 1, 100, Duration.ofSeconds(10));
        HeldChain held = new HeldChain();
        List<Future<MockHttpServletResponse>> responses = new ArrayList<>();
        for (int n = 0; n < 6; n++) {
            responses.add(get(filter, held.chain(), "/public/results", n));
        }
        awaitQueued(held, 2);
        awaitWaiting(filter, 4);
        assertThat(held.inside.get()).isEqualTo(2);
        held.release.countDown();
        for (Future<MockHttpServletResponse> r : responses) {
            assertThat(r.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
        assertThat(held.most.get()).isEqualTo(2);
    }

    @Test
    void waitingPagesGetTheirTurnInArrivalOrder() throws Exception {
        PortalShareFilter filter = filter(1, 1, 100, Duration.ofSeconds(10));
        HeldChain held = new HeldChain();
        List<Future<MockHttpServletResponse>> responses = new ArrayList<>();
        responses.add(get(filter, held.chain(), "/public/results", 0));
        awaitQueued(held, 1);
        for (int n = 1; n < 5; n++) {
            responses.add(get(filter, held.chain(), "/public/results", n));
            awaitWaiting(filter, n); // request n waits behind the n - 1 before it
        }
        held.release.countDown();
        for (Future<MockHttpServletResponse> r : responses) {
            assertThat(r.get(10, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        }
        assertThat(held.order).containsExactly("0", "1", "2", "3", "4");
    }

    @Test
    void aFullQueueOrALongWaitIsAnswered503WithAClearMessage() throws Exception {
        PortalShareFilter filter = filter(1, 1, 1, Duration.ofMillis(300));
        HeldChain held = new HeldChain();
        Future<MockHttpServletResponse> first = get(filter, held.chain(), "/public/results", 0);
        awaitQueued(held, 1);
        Future<MockHttpServletResponse> waiting = get(filter, held.chain(), "/public/results", 1);
        Thread.sleep(50);
        Future<MockHttpServletResponse> overQueue = get(filter, held.chain(), "/public/results", 2);

        MockHttpServletResponse refused = overQueue.get(5, TimeUnit.SECONDS);
        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.getContentAsString()).contains("门户网站当前访问量较大");
        MockHttpServletResponse timedOut = waiting.get(5, TimeUnit.SECONDS);
        assertThat(timedOut.getStatus()).isEqualTo(503);
        held.release.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(held.order).containsExactly("0");
    }

    @Test
    void downloadsHaveTheirOwnLaneAndOtherPathsAreNotLimited() throws Exception {
        PortalShareFilter filter = filter(1, 1, 0, Duration.ofMillis(100));
        HeldChain held = new HeldChain();
        Future<MockHttpServletResponse> download = get(filter, held.chain(), "/public/results.csv", 0);
        awaitQueued(held, 1);
        Future<MockHttpServletResponse> page = get(filter, held.chain(), "/public/results", 1);
        awaitQueued(held, 2);
        Future<MockHttpServletResponse> secondDownload = get(filter, held.chain(), "/public/draws/X-1/frame.csv", 2);
        assertThat(secondDownload.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(503);
        Future<MockHttpServletResponse> staff = get(filter, held.chain(), "/plans", 3);
        awaitQueued(held, 3);
        assertThat(held.inside.get()).isEqualTo(3);
        held.release.countDown();
        assertThat(download.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(page.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(staff.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    }

    @Test
    void apiAnswersAreJson() throws Exception {
        // /public/** only: an API path is never limited, so check the JSON shape through the writer itself
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/x");
        MockHttpServletResponse response = new MockHttpServletResponse();
        Unavailable.write(request, response, messages, JsonMapper.builder().build(), "web.error.portal_busy", 1);
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/json");
        assertThat(response.getContentAsString()).contains("\"code\":\"web.error.portal_busy\"");
    }
}
