package io.fairdraw.exchange;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

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
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Constant-time comparison, as a receiver should do it. */
    public static boolean verify(String secret, byte[] body, String header) {
        return header != null && MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                header.getBytes(StandardCharsets.US_ASCII));
    }
}
