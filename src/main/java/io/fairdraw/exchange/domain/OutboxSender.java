package io.fairdraw.exchange.domain;

import io.fairdraw.exchange.Signature;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Delivers due outbox messages over HTTP (issue 20 item 2): POST of the stored JSON, signed with
 * HMAC-SHA256 under the receiver's secret, {@code Idempotency-Key} = the message id. 2xx is delivered;
 * anything else (status, refused connection, timeout) is retried after an exponential backoff with a
 * cap, and FAILED after {@code max-attempts}. At least once: a resend after a lost answer carries the
 * same key, and the receiver applies it once. {@link SenderSchedule} runs it on one node.
 */
@Component
public class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    private static final int BATCH = 50;

    private final DeliveryRepository deliveries;
    private final Clock clock;
    private final HttpClient http;
    private final Duration connectTimeout;
    private final int maxAttempts;
    private final Duration backoffBase;
    private final Duration backoffCap;

    OutboxSender(DeliveryRepository deliveries, Clock clock,
                 @Value("${fairdraw.exchange.connect-timeout:PT5S}") Duration connectTimeout,
                 @Value("${fairdraw.exchange.max-attempts:8}") int maxAttempts,
                 @Value("${fairdraw.exchange.backoff-base:PT1M}") Duration backoffBase,
                 @Value("${fairdraw.exchange.backoff-cap:PT1H}") Duration backoffCap) {
        this.deliveries = deliveries;
        this.clock = clock;
        this.connectTimeout = connectTimeout;
        this.maxAttempts = maxAttempts;
        this.backoffBase = backoffBase;
        this.backoffCap = backoffCap;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public int maxAttempts() {
        return maxAttempts;
    }

    public Duration backoffCap() {
        return backoffCap;
    }

    /** The wait after the {@code attempts}-th failed attempt: base · 2^(attempts−1), at most the cap. */
    public Duration backoff(int attempts) {
        Duration d = backoffBase;
        for (int i = 1; i < attempts && d.compareTo(backoffCap) < 0; i++) {
            d = d.multipliedBy(2);
        }
        return d.compareTo(backoffCap) > 0 ? backoffCap : d;
    }

    /** Sends every delivery due now; returns how many attempts were made. The job's body (tests call it). */
    public int sendDue() {
        int attempts = 0;
        while (true) {
            List<DeliveryRepository.Claim> claims = deliveries.claim(clock.instant(), BATCH,
                    connectTimeout.toMillis() + 60_000);
            claims.forEach(this::attempt);
            attempts += claims.size();
            if (claims.size() < BATCH) {
                return attempts;
            }
        }
    }

    private void attempt(DeliveryRepository.Claim c) {
        byte[] body = c.payload().getBytes(StandardCharsets.UTF_8);
        String error;
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(c.url()))
                    .timeout(Duration.ofMillis(c.timeoutMs()))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(Signature.IDEMPOTENCY_HEADER, c.messageId().toString())
                    .header(Signature.TYPE_HEADER, c.type())
                    .header(Signature.HEADER, Signature.sign(c.secret(), body))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 == 2) {
                deliveries.delivered(c, clock.instant());
                return;
            }
            error = "HTTP " + response.statusCode() + " " + response.body();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        } catch (Exception e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        }
        error = error.length() > 500 ? error.substring(0, 500) : error;
        Instant next = c.attempts() >= maxAttempts ? null : clock.instant().plus(backoff(c.attempts()));
        LOG.info("Delivery of {} to receiver {} failed (attempt {}): {}", c.messageId(), c.receiverId(), c.attempts(),
                error);
        deliveries.failed(c, error, next);
    }
}
