package io.fairdraw.exchange;

import io.fairdraw.shared.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The signature of a delivery (docs/integration.md): header {@value #HEADER} = {@code sha256=} and the
 * lower-case hex HMAC-SHA256 of the exact body bytes under the receiver's secret (UTF-8).
 */
public final class Signature {

    public static final String HEADER = "X-Fairdraw-Signature";
    public static final String IDEMPOTENCY_HEADER = "Idempotency-Key";
    public static final String TYPE_HEADER = "X-Fairdraw-Message-Type";

    private Signature() {
    }

    public static String sign(String secret, byte[] body) {
        return "sha256=" + HmacSha256.hex(secret, body);
    }

    /** Constant-time comparison, as a receiver should do it. */
    public static boolean verify(String secret, byte[] body, String header) {
        return header != null && MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }
}
