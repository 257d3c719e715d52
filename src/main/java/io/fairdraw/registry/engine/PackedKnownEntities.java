package io.fairdraw.registry.engine;

import java.util.Arrays;

/**
 * The engine of {@link KnownEntities}: every code, exactly, with a 128-bit digest of its data
 * columns as COPY text, in an open-addressing table of 28 bytes per slot, so a registry of
 * 1,000,000 entities fits the import's heap (a map of strings would not).
 *
 * <p>Codes are compared exactly ({@link CodeBits}, no hashing), so two codes can never be taken
 * for one: an unknown code is always {@link Change#NEW}. Data are compared by digest, keyed with a
 * random seed per import. {@link Change#UNCHANGED} is therefore wrong only if a row's stored and new
 * data collide in 128 bits under that seed — about 2⁻¹²⁸ per row, not reproducible by a crafted
 * file — and would then only skip that row's update: an unchanged row is never written, so a
 * collision cannot write wrong data or touch another unit's entity. {@link Change#CHANGED} rows are not
 * trusted at all: the merge compares them column by column ({@code IS DISTINCT FROM}) and checks
 * their unit, so text that encodes differently but means the same only costs time.
 */
final class PackedKnownEntities implements KnownEntities {

    private static final int FREE = -1;
    /** A COPY row starts with the 18-character code and a tab; the data columns follow. */
    private static final int DATA_START = CodeBits.LENGTH + 1;

    private final long seed;
    private final RowDigest digest = new RowDigest();
    private long[] high;
    private int[] low;
    private long[] first;
    private long[] second;
    private int size;

    /** Room for {@code expected} entities at a load of 2/3; grows if more arrive. */
    PackedKnownEntities(int expected, long seed) {
        this.seed = seed;
        allocate(Math.max(1024, expected + expected / 2));
    }

    /**
     * Adds one row of {@code COPY (SELECT uscc, <data columns>) TO STDOUT}: the code, a tab, the
     * data columns, a newline.
     */
    @Override
    public void add(byte[] row) {
        int length = row.length;
        if (length < DATA_START + 1 || row[CodeBits.LENGTH] != '\t' || row[length - 1] != '\n') {
            throw new IllegalStateException("not a registry row: " + new String(row, 0, Math.min(length, 40),
                    java.nio.charset.StandardCharsets.UTF_8));
        }
        if (3 * (size + 1) > 2 * low.length) {
            rehash(low.length * 2);
        }
        digest.digest(seed, row, DATA_START, length - 1);
        put(CodeBits.high(row, 0), CodeBits.low(row, 0), digest.first, digest.second);
    }

    /** Not thread-safe: one digest buffer. */
    @Override
    public Change classify(String code, byte[] data, int from, int to) {
        long h = CodeBits.high(code);
        int l = CodeBits.low(code);
        int slot = find(h, l);
        if (slot < 0) {
            return Change.NEW;
        }
        digest.digest(seed, data, from, to);
        return first[slot] == digest.first && second[slot] == digest.second ? Change.UNCHANGED : Change.CHANGED;
    }

    @Override
    public int size() {
        return size;
    }

    int capacity() {
        return low.length;
    }

    private int find(long h, int l) {
        int slot = CodeBits.slot(h, l, low.length);
        while (low[slot] != FREE) {
            if (low[slot] == l && high[slot] == h) {
                return slot;
            }
            slot = slot + 1 == low.length ? 0 : slot + 1;
        }
        return -1;
    }

    private void put(long h, int l, long d1, long d2) {
        int slot = CodeBits.slot(h, l, low.length);
        while (low[slot] != FREE) {
            if (low[slot] == l && high[slot] == h) {
                throw new IllegalStateException("code read twice from the registry");
            }
            slot = slot + 1 == low.length ? 0 : slot + 1;
        }
        high[slot] = h;
        low[slot] = l;
        first[slot] = d1;
        second[slot] = d2;
        size++;
    }

    private void allocate(int capacity) {
        high = new long[capacity];
        low = new int[capacity];
        Arrays.fill(low, FREE);
        first = new long[capacity];
        second = new long[capacity];
        size = 0;
    }

    private void rehash(int capacity) {
        long[] oldHigh = high;
        int[] oldLow = low;
        long[] oldFirst = first;
        long[] oldSecond = second;
        allocate(capacity);
        for (int i = 0; i < oldLow.length; i++) {
            if (oldLow[i] != FREE) {
                put(oldHigh[i], oldLow[i], oldFirst[i], oldSecond[i]);
            }
        }
    }
}
