package io.fairdraw.spreadsheet;

/** Counting characters as Excel and Java count them (UTF-16 units) in UTF-8 bytes, without decoding. */
final class Utf8 {

    private Utf8() {
    }

    /** The number of UTF-16 units that {@code bytes[0..length)} decode to (a 4-byte sequence is two). */
    static int chars(byte[] bytes, int length) {
        int n = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if ((b & 0xC0) != 0x80) {
                n += b >= 0xF0 ? 2 : 1;
            }
        }
        return n;
    }
}
