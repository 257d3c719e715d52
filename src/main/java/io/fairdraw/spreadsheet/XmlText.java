package io.fairdraw.spreadsheet;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The character data {@link XmlTokens} reads, kept as UTF-8 bytes and bounded: a cell's text never
 * grows past {@code maxBytes} however large the part (hostile files, issue 18), so the reader fails
 * with {@link XmlTokens.TextTooLong} instead of holding a whole part in memory.
 */
final class XmlText {

    private final int maxBytes;
    private byte[] bytes = new byte[256];
    private int length;

    XmlText(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    void clear() {
        length = 0;
    }

    void append(byte[] from, int start, int end) {
        int n = end - start;
        if (n > 0) {
            ensure(n);
            System.arraycopy(from, start, bytes, length, n);
            length += n;
        }
    }

    void append(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    /** One Unicode code point (from a character or entity reference) as UTF-8. */
    void appendCodePoint(int cp) {
        ensure(4);
        if (cp < 0x80) {
            bytes[length++] = (byte) cp;
        } else if (cp < 0x800) {
            bytes[length++] = (byte) (0xC0 | (cp >> 6));
            bytes[length++] = (byte) (0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            bytes[length++] = (byte) (0xE0 | (cp >> 12));
            bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bytes[length++] = (byte) (0x80 | (cp & 0x3F));
        } else {
            bytes[length++] = (byte) (0xF0 | (cp >> 18));
            bytes[length++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
            bytes[length++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
            bytes[length++] = (byte) (0x80 | (cp & 0x3F));
        }
    }

    String string() {
        return length == 0 ? "" : new String(bytes, 0, length, StandardCharsets.UTF_8);
    }

    /** The buffer itself (valid up to {@link #length()}), for callers that copy it without a String. */
    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** The text as a non-negative decimal integer (surrounding blanks allowed), or -1. */
    int asIndex() {
        int from = 0;
        int to = length;
        while (from < to && XmlTokens.blank(bytes[from])) {
            from++;
        }
        while (to > from && XmlTokens.blank(bytes[to - 1])) {
            to--;
        }
        if (from == to || to - from > 10) {
            return -1;
        }
        long v = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] < '0' || bytes[i] > '9') {
                return -1;
            }
            v = v * 10 + (bytes[i] - '0');
        }
        return v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    private void ensure(int extra) {
        if (length + extra > maxBytes) {
            throw new XmlTokens.TextTooLong();
        }
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }
}
