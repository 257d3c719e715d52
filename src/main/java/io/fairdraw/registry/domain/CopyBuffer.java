package io.fairdraw.registry.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Rows in PostgreSQL's COPY text format (tab-separated, {@code \N} for null), as UTF-8 bytes. */
final class CopyBuffer {

    private byte[] bytes = new byte[1 << 20];
    private int length;
    private boolean lineStart = true;

    void add(String value) {
        if (!lineStart) {
            put((byte) '\t');
        }
        lineStart = false;
        if (value == null) {
            put((byte) '\\');
            put((byte) 'N');
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                switch (c) {
                    case '\\' -> put2('\\', '\\');
                    case '\t' -> put2('\\', 't');
                    case '\n' -> put2('\\', 'n');
                    case '\r' -> put2('\\', 'r');
                    default -> put((byte) c);
                }
            } else {
                // Rare in codes, common in names: encode the rest of the value at once.
                byte[] utf8 = escape(value.substring(i)).getBytes(StandardCharsets.UTF_8);
                ensure(utf8.length);
                System.arraycopy(utf8, 0, bytes, length, utf8.length);
                length += utf8.length;
                return;
            }
        }
    }

    void add(int value) {
        add(Integer.toString(value));
    }

    void endRow() {
        put((byte) '\n');
        lineStart = true;
    }

    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }

    private static String escape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    private void put2(char a, char b) {
        put((byte) a);
        put((byte) b);
    }

    private void put(byte b) {
        ensure(1);
        bytes[length++] = b;
    }

    private void ensure(int extra) {
        if (length + extra > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + extra));
        }
    }
}
