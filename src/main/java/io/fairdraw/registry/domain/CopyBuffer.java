package io.fairdraw.registry.domain;

import java.util.Arrays;

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null), as UTF-8 bytes.
 * Values are escaped exactly as {@code COPY … TO} writes them, so a row encoded here is
 * byte-identical to the same row read back from the registry ({@link io.fairdraw.registry.engine.KnownEntities} compares
 * digests of both).
 */
final class CopyBuffer {

    private byte[] bytes;
    private int length;
    private boolean lineStart = true;

    CopyBuffer(int capacity) {
        bytes = new byte[capacity];
    }

    void add(String value) {
        separate();
        if (value == null) {
            ensure(2);
            bytes[length++] = '\\';
            bytes[length++] = 'N';
            return;
        }
        int n = value.length();
        // Worst case 3 bytes per char (a surrogate pair is 4 bytes for 2 chars; escapes are 2).
        ensure(3 * n);
        byte[] b = bytes;
        int p = length;
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            if (c >= 0x20 && c < 0x80) {
                if (c == '\\') {
                    b[p++] = '\\';
                }
                b[p++] = (byte) c;
            } else if (c < 0x20) {
                p = control(b, p, c);
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | (c >> 6));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, value.charAt(++i));
                b[p++] = (byte) (0xF0 | (cp >> 18));
                b[p++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                b[p++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (cp & 0x3F));
            } else if (Character.isSurrogate(c)) {
                b[p++] = '?'; // unpaired, as String.getBytes(UTF_8) does
            } else {
                b[p++] = (byte) (0xE0 | (c >> 12));
                b[p++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[p++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        length = p;
    }

    void add(long value) {
        add(Long.toString(value));
    }

    /** Appends one or more fields already in COPY text form, e.g. copied from another buffer. */
    void addEncoded(byte[] source, int from, int to) {
        separate();
        ensure(to - from);
        System.arraycopy(source, from, bytes, length, to - from);
        length += to - from;
    }

    /** Appends whole rows already in COPY text form (newline included). */
    void addRow(byte[] source, int from, int to) {
        addEncoded(source, from, to);
        lineStart = true;
    }

    void endRow() {
        ensure(1);
        bytes[length++] = '\n';
        lineStart = true;
    }

    /** Drops everything from {@code rowStart} (a {@link #length()} taken at the start of a row). */
    void truncate(int rowStart) {
        length = rowStart;
        lineStart = true;
    }

    void clear() {
        truncate(0);
    }

    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** PostgreSQL's COPY TO writes these six as backslash escapes and other controls as they are. */
    private static int control(byte[] b, int p, char c) {
        char escape = switch (c) {
            case '\b' -> 'b';
            case '\t' -> 't';
            case '\n' -> 'n';
            case 0x0B -> 'v';
            case '\f' -> 'f';
            case '\r' -> 'r';
            default -> 0;
        };
        if (escape == 0) {
            b[p++] = (byte) c;
        } else {
            b[p++] = '\\';
            b[p++] = (byte) escape;
        }
        return p;
    }

    private void separate() {
        if (!lineStart) {
            ensure(1);
            bytes[length++] = '\t';
        }
        lineStart = false;
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }
}
