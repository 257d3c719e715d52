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

    static int ascii(String value, byte[] target, int position) {
        for (int i = 0; i < value.length(); i++) {
            target[position++] = (byte) value.charAt(i);
        }
        return position;
    }
}
