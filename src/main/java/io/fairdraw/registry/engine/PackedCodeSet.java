package io.fairdraw.registry.engine;

import java.util.Arrays;

/**
 * The engine of {@link CodeSet}: codes kept as {@link CodeBits} in an open-addressing table, 16
 * bytes per slot instead of a String and a map entry per code, because the import runs in a
 * 512 MB heap.
 */
final class PackedCodeSet implements CodeSet {

    private static final int FREE = -1;

    private long[] high = new long[1 << 16];
    private int[] low = newLow(1 << 16);
    private int[] rows = new int[1 << 16];
    private int size;

    @Override
    public int addOrGetFirstRow(String code, int row) {
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

    @Override
    public int size() {
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
