package io.fairdraw.registry.domain;

import java.util.Arrays;

/**
 * The credit codes seen so far in one import, with the row of their first occurrence, for the
 * duplicate check. Codes are kept as {@link CodeBits} in an open-addressing table: 1,000,000
 * codes take ~32 MB instead of the ~100 MB of a {@code HashSet<String>} — the import runs in a
 * 512 MB heap.
 */
final class CodeSet {

    private static final int FREE = -1;

    private long[] high = new long[1 << 16];
    private int[] low = newLow(1 << 16);
    private int[] rows = new int[1 << 16];
    private int size;

    /**
     * Adds a valid, canonical code; returns 0 when it is new, else the row where it was first seen.
     */
    int addOrGetFirstRow(String code, int row) {
        long h = CodeBits.high(code);
        int l = CodeBits.low(code);
        if (size * 2 >= low.length) {
            grow();
        }
        int slot = CodeBits.slot(h, l, low.length);
        while (low[slot] != FREE) {
            if (low[slot] == l && high[slot] == h) {
                return rows[slot];
            }
            slot = slot + 1 == low.length ? 0 : slot + 1;
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
        int[] oldLow = low;
        int[] oldRows = rows;
        int capacity = oldLow.length * 2;
        high = new long[capacity];
        low = newLow(capacity);
        rows = new int[capacity];
        for (int i = 0; i < oldLow.length; i++) {
            if (oldLow[i] != FREE) {
                int slot = CodeBits.slot(oldHigh[i], oldLow[i], capacity);
                while (low[slot] != FREE) {
                    slot = slot + 1 == capacity ? 0 : slot + 1;
                }
                high[slot] = oldHigh[i];
                low[slot] = oldLow[i];
                rows[slot] = oldRows[i];
            }
        }
    }

    private static int[] newLow(int capacity) {
        int[] a = new int[capacity];
        Arrays.fill(a, FREE);
        return a;
    }
}
