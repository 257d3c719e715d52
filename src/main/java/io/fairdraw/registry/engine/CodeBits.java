package io.fairdraw.registry.engine;

import java.util.Arrays;

/**
 * A credit code as bits, exactly: each of its 18 characters is one of 31 (GB 32100-2015, also the
 * database's CHECK), 5 bits each, so characters 1–12 fill 60 bits of a long and 13–18 30 bits of
 * an int. Sets of codes keyed this way cannot confuse two codes (no hash collisions), and take
 * 12 bytes per code instead of the ~70 of a String.
 */
final class CodeBits {

    static final int LENGTH = 18;
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final byte[] VALUE = new byte[128];

    static {
        Arrays.fill(VALUE, (byte) -1);
        for (int i = 0; i < CHARSET.length(); i++) {
            VALUE[CHARSET.charAt(i)] = (byte) i;
        }
    }

    private CodeBits() {
    }

    /** Characters 1–12 of a canonical code. */
    static long high(String code) {
        long h = 0;
        for (int i = 0; i < 12; i++) {
            h = (h << 5) | value(code.charAt(i));
        }
        return h;
    }

    /** Characters 13–18 of a canonical code (never negative: free slots can use -1). */
    static int low(String code) {
        int l = 0;
        for (int i = 12; i < LENGTH; i++) {
            l = (l << 5) | value(code.charAt(i));
        }
        return l;
    }

    /** {@link #high} of a code given as ASCII bytes (a row of COPY output). */
    static long high(byte[] code, int from) {
        long h = 0;
        for (int i = from; i < from + 12; i++) {
            h = (h << 5) | value(code[i]);
        }
        return h;
    }

    static int low(byte[] code, int from) {
        int l = 0;
        for (int i = from + 12; i < from + LENGTH; i++) {
            l = (l << 5) | value(code[i]);
        }
        return l;
    }

    /** A slot in a table of {@code capacity} slots, spread over all of it (Lemire's multiply-shift). */
    static int slot(long high, int low, int capacity) {
        long x = (high * 0x9E3779B97F4A7C15L) ^ (low * 0xC2B2AE3D27D4EB4FL);
        x ^= x >>> 29;
        return (int) (((x >>> 32) * capacity) >>> 32);
    }

    private static int value(int ch) {
        int v = ch >= 0 && ch < 128 ? VALUE[ch] : -1;
        if (v < 0) {
            throw new IllegalArgumentException("not a credit code character: " + (char) ch);
        }
        return v;
    }
}
