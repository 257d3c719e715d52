package io.fairdraw.draw.protocol;

import java.util.function.IntFunction;

/**
 * Builds the two-field canonical texts (frame, roster, conflicts): lines {@code a,b\n}, already
 * sorted by the caller. Fields are validated ASCII, so one char is one byte.
 */
final class CanonicalText {

    private CanonicalText() {
    }

    static byte[] pairLines(int count, IntFunction<String> first, IntFunction<String> second) {
        long length = 0;
        for (int i = 0; i < count; i++) {
            length += first.apply(i).length() + second.apply(i).length() + 2;
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new ProtocolException("canonical-text.too-large", Long.toString(length));
        }
        byte[] text = new byte[(int) length];
        int position = 0;
        for (int i = 0; i < count; i++) {
            position = ascii(first.apply(i), text, position);
            text[position++] = ',';
            position = ascii(second.apply(i), text, position);
            text[position++] = '\n';
        }
        return text;
    }

    /**
     * Copies a validated ASCII field (Fields.requireCode / requireStratum) into a text. The
     * deprecated {@code String.getBytes(int, int, byte[], int)} copies the low byte of each char,
     * which for ASCII is exactly its UTF-8 encoding, without allocating.
     */
    @SuppressWarnings("deprecation")
    static int ascii(String value, byte[] target, int position) {
        value.getBytes(0, value.length(), target, position);
        return position + value.length();
    }
}
