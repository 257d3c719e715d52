package io.fairdraw.draw.protocol;

import java.util.function.IntBinaryOperator;

/**
 * The roster of one entity in ascending rank order, produced lazily. §2b only needs the first
 * {@code T} eligible inspectors, usually a handful of 300, so a binary min-heap (built in O(R),
 * each {@link #next()} in O(log R)) replaces a full sort.
 *
 * <p>Inspectors are compared by the first 8 bytes of their rank; equal prefixes, which SHA-256
 * makes practically impossible, fall back to {@code tieBreak} (whole rank, then inspector id).
 */
final class RankOrder {

    private final long[] keys;
    /** Roster index of each key, or {@code null} when key {@code k} is roster index {@code k}. */
    private final int[] ids;
    private final IntBinaryOperator tieBreak;
    private final int[] heap;
    private int size;

    RankOrder(long[] keys, IntBinaryOperator tieBreak) {
        this(keys, null, tieBreak);
    }

    /**
     * The order of a subset of the roster: {@code keys[k]} belongs to roster index {@code ids[k]};
     * {@link #next()} and {@code tieBreak} speak roster indexes.
     */
    RankOrder(long[] keys, int[] ids, IntBinaryOperator tieBreak) {
        this.keys = keys;
        this.ids = ids;
        this.tieBreak = tieBreak;
        this.heap = new int[keys.length];
        for (int i = 0; i < heap.length; i++) {
            heap[i] = i;
        }
        this.size = heap.length;
        for (int parent = size / 2 - 1; parent >= 0; parent--) {
            siftDown(parent);
        }
    }

    /** The roster index of the next inspector in rank order, or -1 when all have been handed out. */
    int next() {
        if (size == 0) {
            return -1;
        }
        int first = heap[0];
        heap[0] = heap[--size];
        siftDown(0);
        return ids == null ? first : ids[first];
    }

    private void siftDown(int position) {
        int current = heap[position];
        while (true) {
            int child = 2 * position + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && less(heap[child + 1], heap[child])) {
                child++;
            }
            if (!less(heap[child], current)) {
                break;
            }
            heap[position] = heap[child];
            position = child;
        }
        heap[position] = current;
    }

    private boolean less(int a, int b) {
        if (keys[a] != keys[b]) {
            return keys[a] < keys[b];
        }
        return ids == null ? tieBreak.applyAsInt(a, b) < 0 : tieBreak.applyAsInt(ids[a], ids[b]) < 0;
    }
}
