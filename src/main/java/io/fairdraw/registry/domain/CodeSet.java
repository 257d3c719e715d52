package io.fairdraw.registry.domain;

/**
 * The credit codes seen so far in one import, with the row of their first occurrence, for the
 * duplicate check. A code's first 17 characters (the 18th is their check character) pack into
 * 85 bits, two longs; open addressing keeps 1,000,000 codes in ~40 MB instead of the ~100 MB of
 * a {@code HashSet<String>} — the import runs in a 512 MB heap.
 */
final class CodeSet {

    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final byte[] VALUE = new byte[128];
    private static final long EMPTY = -1L;

    static {
        java.util.Arrays.fill(VALUE, (byte) -1);
        for (int i = 0; i < CHARSET.length(); i++) {
            VALUE[CHARSET.charAt(i)] = (byte) i;
        }
    }

    private long[] high = new long[1 << 16];
    private long[] low = newLow(1 << 16);
    private int[] rows = new int[1 << 16];
    private int size;

    /**
     * Adds a valid, canonical code; returns 0 when it is new, else the row where it was first seen.
     */
    int addOrGetFirstRow(String code, int row) {
        long h = 0;
        for (int i = 0; i < 12; i++) {
            h = (h << 5) | VALUE[code.charAt(i)];
        }
        long l = 0;
        for (int i = 12; i < 17; i++) {
            l = (l << 5) | VALUE[code.charAt(i)];
        }
        if (size * 2 >= low.length) {
            grow();
        }
        int mask = low.length - 1;
        int slot = (int) mix(h, l) & mask;
        while (low[slot] != EMPTY) {
            if (low[slot] == l && high[slot] == h) {
                return rows[slot];
            }
            slot = (slot + 1) & mask;
        }
        high[slot] = h;
        low[slot] = l;
        rows[slot] = row;
        size++;
        return 0;
    }

    int size() {
        return size;
    }

    private void grow() {
        long[] oldHigh = high;
        long[] oldLow = low;
        int[] oldRows = rows;
        int capacity = oldLow.length * 2;
        high = new long[capacity];
        low = newLow(capacity);
        rows = new int[capacity];
        int mask = capacity - 1;
        for (int i = 0; i < oldLow.length; i++) {
            if (oldLow[i] != EMPTY) {
                int slot = (int) mix(oldHigh[i], oldLow[i]) & mask;
                while (low[slot] != EMPTY) {
                    slot = (slot + 1) & mask;
                }
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static long mix(long h, long l) {
        long x = h * 0x9E3779B97F4A7C15L ^ l * 0xC2B2AE3D27D4EB4FL;
        return x ^ (x >>> 29);
    }

    private static long[] newLow(int capacity) {
        long[] a = new long[capacity];
        java.util.Arrays.fill(a, EMPTY);
        return a;
    }
}
