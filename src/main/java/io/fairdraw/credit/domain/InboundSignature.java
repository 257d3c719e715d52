package io.fairdraw.credit.domain;

import io.fairdraw.shared.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Authenticates a request to the inbound credit endpoint (docs/integration.md): the source names
 * itself in {@value #SOURCE}, says when it signed in {@value #TIMESTAMP} (Unix seconds, within
 * {@code fairdraw.credit.inbound.window} of our clock) and signs {@code timestamp + "." + body}
 * with HMAC-SHA256 under its secret in {@value #SIGNATURE} ({@code sha256=<hex>}). Signing the
 * timestamp with the body means a captured request cannot be given a fresh time; the change id
 * (unique per source) makes a replay inside the window a harmless duplicate.
 */
@Component
public class InboundSignature {

    public static final String SOURCE = "X-Fairdraw-Source";
    public static final String TIMESTAMP = "X-Fairdraw-Timestamp";
    public static final String SIGNATURE = "X-Fairdraw-Signature";

    private final ExternalCreditRepository repo;
    private final Clock clock;
    private final Duration window;

    InboundSignature(ExternalCreditRepository repo, Clock clock,
                     @Value("${fairdraw.credit.inbound.window:PT5M}") Duration window) {
        this.repo = repo;
        this.clock = clock;
        this.window = window;
    }

    /** The source's code when the request is authentic and fresh; else {@link InboundRefused}. */
    @Transactional(readOnly = true)
    public String verify(String source, String timestamp, String signature, byte[] body) {
        if (source == null || source.isBlank()) {
            throw new InboundRefused(SOURCE, "credit.inbound.source.missing", SOURCE);
        }
        String secret = repo.secret(source.strip())
                .orElseThrow(() -> new InboundRefused(SOURCE, "credit.inbound.source.unknown", source.strip()));
        long at;
        try {
            at = Long.parseLong(timestamp == null ? "" : timestamp.strip());
        } catch (NumberFormatException e) {
            throw new InboundRefused(TIMESTAMP, "credit.inbound.timestamp.invalid", TIMESTAMP);
        }
        long now = clock.instant().getEpochSecond();
        if (Math.abs(now - at) > window.toSeconds()) {
            throw new InboundRefused(TIMESTAMP, "credit.inbound.timestamp.stale", at, now, window.toSeconds());
        }
        String expected = "sha256=" + sign(secret, timestamp.strip(), body);
        String given = signature == null ? "" : signature.strip().toLowerCase(java.util.Locale.ROOT);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII))) {
            throw new InboundRefused(SIGNATURE, "credit.inbound.signature.invalid", SIGNATURE);
        }
        return source.strip();
    }

    /** Hex HMAC-SHA256 of {@code timestamp + "." + body} under {@code secret} (what a source computes). */
    public static String sign(String secret, String timestamp, byte[] body) {
        return HmacSha256.hex(secret, (timestamp + ".").getBytes(StandardCharsets.US_ASCII), body);
    }
}
