package io.fairdraw.audit.scan;

import java.nio.charset.StandardCharsets;

/** The byte-level reading of COPY text fields for {@link ParallelEntryScan}. */
final class CopyText {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final int H = io.fairdraw.audit.merkle.Rfc6962.HASH_SIZE;

    private CopyText() {
    }

    /** COPY's {@code \b \f \v} (not canonical escapes) present? */
    static boolean needsUnescape(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] == '\\') {
                byte next = b[i + 1];
                if (next == 'b' || next == 'f' || next == 'v') {
                    return true;
                }
                i++; // skip the escaped character (it may itself be a backslash)
            }
        }
        return false;
    }

    static int unescape(byte[] b, int from, int to, byte[] out) {
        int o = 0;
        for (int i = from; i < to; i++) {
            byte c = b[i];
            if (c == '\\') {
                byte next = b[++i];
                switch (next) {
                    case 'b' -> out[o++] = 0x08;
                    case 'f' -> out[o++] = 0x0C;
                    case 'v' -> out[o++] = 0x0B;
                    default -> {
                        out[o++] = '\\';
                        out[o++] = next;
                    }
                }
            } else {
                out[o++] = c;
            }
        }
        return o;
    }

    /** A whole COPY field as text (the root names the last stored hash as it is, even a damaged one). */
    static String decode(byte[] field) {
        byte[] out = new byte[field.length];
        int o = 0;
        for (int i = 0; i < field.length; i++) {
            byte c = field[i];
            if (c == '\\' && i + 1 < field.length) {
                c = switch (field[++i]) {
                    case 'b' -> 0x08;
                    case 'f' -> 0x0C;
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    case 't' -> '\t';
                    case 'v' -> 0x0B;
                    default -> field[i];
                };
            }
            out[o++] = c;
        }
        return new String(out, 0, o, StandardCharsets.UTF_8);
    }

    /**
     * {@code uuuu-MM-dd HH:mm:ss[.f{1,6}]+00} (PostgreSQL, ISO, UTC) to {@code uuuu-MM-ddTHH:mm:ss.ffffffZ};
     * false for anything else.
     */
    static boolean canonicalTime(byte[] b, int from, int to, byte[] out) {
        int len = to - from;
        if (len < 22 || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 10] != ' ' || b[from + 13] != ':'
                || b[from + 16] != ':' || b[to - 3] != '+' || b[to - 2] != '0' || b[to - 1] != '0') {
            return false;
        }
        int fracDigits;
        if (len == 22) {
            fracDigits = 0;
        } else {
            if (b[from + 19] != '.') {
                return false;
            }
            fracDigits = len - 23;
            if (fracDigits < 1 || fracDigits > 6) {
                return false;
            }
        }
        for (int i = 0; i < 19; i++) {
            if (i != 4 && i != 7 && i != 10 && i != 13 && i != 16 && !digit(b[from + i])) {
                return false;
            }
        }
        System.arraycopy(b, from, out, 0, 19);
        out[10] = 'T';
        out[19] = '.';
        for (int i = 0; i < 6; i++) {
            if (i < fracDigits) {
                byte d = b[from + 20 + i];
                if (!digit(d)) {
                    return false;
                }
                out[20 + i] = d;
            } else {
                out[20 + i] = '0';
            }
        }
        out[26] = 'Z';
        return true;
    }

    private static boolean digit(byte d) {
        return d >= '0' && d <= '9';
    }

    static long parseLong(byte[] b, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (b[i] - '0');
        }
        return v;
    }

    /** 64 hex digits (either case, as {@link java.util.HexFormat#parseHex} accepts) to 32 bytes. */
    static boolean parseHex(byte[] b, int from, int to, byte[] out) {
        if (to - from != 2 * H) {
            return false;
        }
        for (int i = 0; i < H; i++) {
            int hi = Character.digit(b[from + 2 * i], 16);
            int lo = Character.digit(b[from + 2 * i + 1], 16);
            if (hi < 0 || lo < 0) {
                return false;
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return true;
    }

    /** The stored hash equals the lower-case hex of the digest (what AuditChain.hash produces). */
    static boolean hexEquals(byte[] digest, byte[] b, int from, int to) {
        if (to - from != 2 * H) {
            return false;
        }
        for (int i = 0; i < H; i++) {
            if (b[from + 2 * i] != HEX[(digest[i] >> 4) & 0xF] || b[from + 2 * i + 1] != HEX[digest[i] & 0xF]) {
                return false;
            }
        }
        return true;
    }
}
