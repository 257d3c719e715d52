package io.fairdraw.draw.protocol;

import java.security.SecureRandom;

/**
 * The server's 32 random bytes (FD-DRAW-1 §1), held as {@code hex(secret)}. Published only after
 * execution, so {@link #toString()} never shows it.
 */
public final class Secret {

    public static final int BYTES = 32;

    private final String hex;

    private Secret(String hex) {
        this.hex = hex;
    }

    /** §1: "the server draws 32 random bytes secret (SecureRandom)". */
    public static Secret generate(SecureRandom random) {
        byte[] bytes = new byte[BYTES];
        random.nextBytes(bytes);
        return new Secret(Sha256.hex(bytes));
    }

    public static Secret generate() {
        return generate(new SecureRandom());
    }

    /** A stored or published secret: exactly 64 lowercase hex digits. */
    public static Secret ofHex(String hex) {
        if (hex == null || hex.length() != 2 * BYTES || !isLowerHex(hex)) {
            // Never echo the text itself: it may be a real secret with a typo.
            throw new ProtocolException("secret.invalid-hex",
                    hex == null ? null : "<" + hex.length() + " characters>");
        }
        return new Secret(hex);
    }

    public String hex() {
        return hex;
    }

    /** {@code commitment = hex(SHA-256(hex(secret)))} — note: of the hex text, not the raw bytes. */
    public String commitment() {
        return Sha256.of(hex);
    }

    static boolean isLowerHex(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Secret secret && secret.hex.equals(hex);
    }

    @Override
    public int hashCode() {
        return hex.hashCode();
    }

    @Override
    public String toString() {
        return "Secret[redacted]";
    }
}
