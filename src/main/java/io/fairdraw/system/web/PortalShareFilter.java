package io.fairdraw.system.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The anonymous public portal ({@code /public/**}) gets a bounded share of the server, a bulkhead:
 * at most {@code pages} requests run at once and the others wait their turn in arrival order (a
 * fair semaphore); file downloads have a lane of their own, so a few long transfers do not hold
 * the pages' turns. A request that finds its lane's queue full, or waits longer than
 * {@code maxWait}, is answered 503 with Retry-After before it has done anything.
 *
 * <p>Why: one public (一公开) means anyone may hit the portal at any rate, and the regulators
 * working in the back office must keep their database connections and cores. And it is faster:
 * with every request running at once (Tomcat's 200 threads) they compete for the cores and the
 * database connections and the unlucky ones wait long; a few at a time, served in order, give more
 * requests per second and a shorter tail (figures: bench/portal/README.md, "How the portal stays cheap").
 */
final class PortalShareFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(PortalShareFilter.class);

    private final Lane pages;
    private final Lane downloads;
    private final MessageSource messages;
    private final JsonMapper json;

    PortalShareFilter(PortalShareProperties properties, MessageSource messages, JsonMapper json) {
        this.pages = new Lane(properties.pagePermits(), properties.queue(), properties.maxWait().toNanos());
        this.downloads = new Lane(properties.downloadPermits(), properties.queue(), properties.maxWait().toNanos());
        this.messages = messages;
        this.json = json;
    }

    /** How many page requests wait for their turn (tests). */
    int pagesWaiting() {
        return pages.permits.getQueueLength();
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !path.equals("/public") && !path.startsWith("/public/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getRequestURI();
        Lane lane = path.endsWith(".csv") || path.endsWith(".json") || path.endsWith(".xlsx") ? downloads : pages;
        if (!lane.enter()) {
            log.debug("Portal busy, answered 503: {}", path);
            Unavailable.write(request, response, messages, json, "web.error.portal_busy", 1);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            lane.leave();
        }
    }

    /** Permits handed out in arrival order, a bounded queue, a bounded wait. */
    static final class Lane {

        private final Semaphore permits;
        private final int queue;
        private final long maxWaitNanos;

        Lane(int permits, int queue, long maxWaitNanos) {
            this.permits = new Semaphore(permits, true);
            this.queue = queue;
            this.maxWaitNanos = maxWaitNanos;
        }

        boolean enter() {
            try {
                // the timed form keeps the arrival order (the untimed tryAcquire() would barge ahead of the queue)
                if (permits.tryAcquire(0, TimeUnit.NANOSECONDS)) {
                    return true;
                }
                return permits.getQueueLength() < queue && permits.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        void leave() {
            permits.release();
        }
    }
}
