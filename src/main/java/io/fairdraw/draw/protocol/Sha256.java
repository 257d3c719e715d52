package io.fairdraw.draw.protocol;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** SHA-256 and lowercase hex, the only primitives FD-DRAW-1 uses. */
public final class Sha256 {

    /** {@code hex(SHA-256(""))}: the hash of an empty canonical text (FD-DRAW-1 §6). */
    public static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private Sha256() {
    }

    /** {@code hex(SHA-256(data))}. */
    public static String of(byte[] data) {
        return hex(newDigest().digest(data));
    }

    /** {@code hex(SHA-256(UTF-8 bytes of text))}. */
    public static String of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Lowercase hex of raw bytes. */
    public static String hex(byte[] bytes) {
        return hex(bytes, 0, bytes.length);
    }

    static String hex(byte[] bytes, int offset, int length) {
        byte[] out = new byte[length * 2];
        for (int i = 0; i < length; i++) {
            int b = bytes[offset + i] & 0xff;
            out[2 * i] = HEX[b >>> 4];
            out[2 * i + 1] = HEX[b & 0x0f];
        }
        return new String(out, StandardCharsets.US_ASCII);
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }
}
