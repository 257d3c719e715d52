package io.fairdraw.draw.protocol.engine;

import java.util.function.IntBinaryOperator;

/**
 * The roster of one entity in ascending rank order, produced lazily. §2b only needs the first
 * {@code T} eligible inspectors, usually 2 or 3 of 300, so the first {@link #SCANS} calls of
 * {@link #next()} each find the smallest remaining key by a linear scan (branch-friendly, no
 * set-up); only an entity that skips that many inspectors gets a binary min-heap for the rest
 * (a heap for every entity cost more than the scans it replaces, bench/draw/README.md).
 *
 * <p>Inspectors are compared by the first 8 bytes of their rank; equal prefixes, which SHA-256
 * makes practically impossible, fall back to {@code tieBreak} (whole rank, then inspector id).
 */
final class RankOrder {

    static final int SCANS = 8;

    /**
     * Keys and roster indexes at positions {@code [from, to)}, permuted in place: positions
     * before {@code handedOut} are done. A batch of entities shares two arrays (see
     * {@link FastEngine#assign}), so ranking many entities does not allocate one pair per entity.
     */
    private final long[] keys;
    private final int[] ids;
    private final int from;
    private final int to;
    private final IntBinaryOperator tieBreak;
    private int handedOut;
    /** Positions of the keys not yet handed out, as a heap; built after {@link #SCANS} scans. */
    private int[] heap;
    private int size;

    RankOrder(long[] keys, IntBinaryOperator tieBreak) {
        this(keys, identity(keys.length), tieBreak);
    }

    /**
     * The order of a subset of the roster: {@code keys[k]} belongs to roster index {@code ids[k]};
     * {@link #next()} and {@code tieBreak} speak roster indexes. Both arrays are reordered.
     */
    RankOrder(long[] keys, int[] ids, IntBinaryOperator tieBreak) {
        this(keys, ids, 0, keys.length, tieBreak);
    }

    /** As above, for the keys and ids at positions {@code [from, to)} of the arrays only. */
    RankOrder(long[] keys, int[] ids, int from, int to, IntBinaryOperator tieBreak) {
        this.keys = keys;
        this.ids = ids;
        this.from = from;
        this.to = to;
        this.handedOut = from;
        this.tieBreak = tieBreak;
    }

    private static int[] identity(int length) {
        int[] ids = new int[length];
        for (int i = 0; i < length; i++) {
            ids[i] = i;
        }
        return ids;
    }

    /** The roster index of the next inspector in rank order, or -1 when all have been handed out. */
    int next() {
        if (heap == null && handedOut - from < SCANS) {
            return scan();
        }
        if (heap == null) {
            buildHeap();
        }
        if (size == 0) {
            return -1;
        }
        int first = heap[0];
        heap[0] = heap[--size];
        siftDown(0);
        return ids[first];
    }

    private int scan() {
        int first = handedOut;
        if (first >= to) {
            return -1;
        }
        int best = first;
        for (int p = first + 1; p < to; p++) {
            if (less(p, best)) {
                best = p;
            }
        }
        long key = keys[best];
        keys[best] = keys[first];
        keys[first] = key;
        int id = ids[best];
        ids[best] = ids[first];
        ids[first] = id;
        handedOut++;
        return id;
    }

    private void buildHeap() {
        size = to - handedOut;
        heap = new int[size];
        for (int i = 0; i < size; i++) {
            heap[i] = handedOut + i;
        }
        for (int parent = size / 2 - 1; parent >= 0; parent--) {
            siftDown(parent);
        }
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
        return tieBreak.applyAsInt(ids[a], ids[b]) < 0;
    }
}
