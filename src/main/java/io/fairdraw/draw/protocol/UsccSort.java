package io.fairdraw.draw.protocol;

import java.util.Arrays;

/**
 * Orders entity numbers by their USCC bytes (unsigned byte order, as FD-DRAW-1 §1 orders the
 * frame) with primitive arrays only.
 *
 * <p>An LSD radix sort: every code is laid out as fixed-width big-endian {@code long}s padded with
 * zero bytes (no code contains a zero byte, so a shorter code sorts before its extensions, exactly
 * as in byte order), then stably distributed by one byte position at a time, last position first.
 * Positions where every code has the same byte (the region prefix of a province's USCCs) order
 * nothing and are left out of the keys. Each pass streams over contiguous arrays; comparison sorts of a million codes measured
 * several times slower here, as every comparison chased two codes through memory. Input that is
 * already in order (the plan's frame function sorts) is detected in one pass and left as it is.
 *
 * <p>The result keeps the sorted keys: the frame's duplicate check and canonical text read the
 * codes from them in order, instead of from the input in sorted order, a random access per code.
 * At 10,000,000 codes (180 MB) those two loops took 2.1–3.4 s that way against 0.12 s at
 * 1,000,000, whose codes stay in the caches (in-memory harness, bench/draw's codes).
 */
final class UsccSort {

    private UsccSort() {
    }

    /**
     * Entity numbers {@code 0 .. size-1} in USCC order; entity {@code e}'s USCC is
     * {@code codes[starts[e] .. starts[e + 1])}. Equal codes keep their input order.
     */
    static Sorted sort(byte[] codes, int[] starts, int size) {
        int[] order = new int[size];
        for (int e = 0; e < size; e++) {
            order[e] = e;
        }
        Sorted inInputOrder = new Sorted(order, codes, starts, null, 0, null, null);
        if (sorted(codes, starts, size)) {
            return inInputOrder;
        }
        int maxLength = 0;
        for (int e = 0; e < size; e++) {
            maxLength = Math.max(maxLength, starts[e + 1] - starts[e]);
        }
        int[][] counts = new int[maxLength][256];
        for (int e = 0; e < size; e++) {
            int start = starts[e];
            int length = starts[e + 1] - start;
            for (int b = 0; b < maxLength; b++) {
                counts[b][b < length ? codes[start + b] & 0xff : 0]++;
            }
        }
        int[] varying = varyingPositions(counts, size);
        if (varying.length == 0) {
            return inInputOrder;
        }
        // The byte every code has at each position where they do not differ (0: past the end of all).
        byte[] template = new byte[maxLength];
        int first = starts[0];
        for (int b = 0; b < maxLength; b++) {
            template[b] = (byte) (b < starts[1] - first ? codes[first + b] : 0);
        }
        // Only the positions where codes differ go into the keys: 8 of a USCC's 18 bytes in a province
        // (its codes share the region prefix), one long per code instead of three. Each pass moves every
        // key, so at 10,000,000 codes (80 MB of keys instead of 240 MB, far beyond the caches) the sort
        // took 4.3 s with whole codes (bench/draw).
        int words = (varying.length + 7) / 8;
        long[] keys = new long[size * words];
        for (int e = 0; e < size; e++) {
            int start = starts[e];
            int length = starts[e + 1] - start;
            for (int k = 0; k < varying.length; k++) {
                int b = varying[k];
                int value = b < length ? codes[start + b] & 0xff : 0;
                keys[e * words + (k >>> 3)] |= (long) value << (56 - 8 * (k & 7));
            }
        }
        long[] otherKeys = new long[keys.length];
        int[] otherOrder = new int[size];
        int[] offsets = new int[256];
        for (int k = varying.length - 1; k >= 0; k--) {
            int[] count = counts[varying[k]];
            int sum = 0;
            for (int v = 0; v < 256; v++) {
                offsets[v] = sum;
                sum += count[v];
            }
            int word = k >>> 3;
            int shift = 56 - 8 * (k & 7);
            for (int i = 0; i < size; i++) {
                int from = i * words;
                int to = offsets[(int) (keys[from + word] >>> shift) & 0xff]++;
                for (int w = 0; w < words; w++) {
                    otherKeys[to * words + w] = keys[from + w];
                }
                otherOrder[to] = order[i];
            }
            long[] swapKeys = keys;
            keys = otherKeys;
            otherKeys = swapKeys;
            int[] swapOrder = order;
            order = otherOrder;
            otherOrder = swapOrder;
        }
        return new Sorted(order, codes, starts, keys, words, varying, template);
    }

    /**
     * The order and, when sorted here, the codes in that order as keys: {@link #code} and
     * {@link #sameAsPrevious} then read the keys one after the other.
     */
    static final class Sorted {

        private final int[] order;
        private final byte[] codes;
        private final int[] starts;
        private final long[] keys;
        private final int words;
        private final int[] varying;
        private final byte[] template;
        private final byte[] scratch;

        private Sorted(int[] order, byte[] codes, int[] starts, long[] keys, int words, int[] varying, byte[] template) {
            this.order = order;
            this.codes = codes;
            this.starts = starts;
            this.keys = keys;
            this.words = words;
            this.varying = varying;
            this.template = template;
            this.scratch = template == null ? null : new byte[template.length];
        }

        /** The entity at sorted position {@code p}. */
        int entity(int p) {
            return order[p];
        }

        /**
         * Whether the code at {@code p} equals the one before it. Keys hold every position where codes
         * differ, padded with zero bytes that no code contains: equal keys are equal codes.
         */
        boolean sameAsPrevious(int p) {
            if (keys == null) {
                int a = order[p - 1];
                int b = order[p];
                return Arrays.equals(codes, starts[a], starts[a + 1], codes, starts[b], starts[b + 1]);
            }
            return Arrays.equals(keys, (p - 1) * words, p * words, keys, p * words, (p + 1) * words);
        }

        /** Writes the code at sorted position {@code p} into {@code target} at {@code position}; returns the end. */
        int code(int p, byte[] target, int position) {
            if (keys == null) {
                int e = order[p];
                int length = starts[e + 1] - starts[e];
                System.arraycopy(codes, starts[e], target, position, length);
                return position + length;
            }
            System.arraycopy(template, 0, scratch, 0, template.length);
            for (int k = 0; k < varying.length; k++) {
                scratch[varying[k]] = (byte) (keys[p * words + (k >>> 3)] >>> (56 - 8 * (k & 7)));
            }
            int length = 0;
            while (length < scratch.length && scratch[length] != 0) {
                length++;
            }
            System.arraycopy(scratch, 0, target, position, length);
            return position + length;
        }
    }

    /** The byte positions, first to last, where not every code has the same byte. */
    private static int[] varyingPositions(int[][] counts, int size) {
        int[] positions = new int[counts.length];
        int n = 0;
        for (int b = 0; b < counts.length; b++) {
            if (!singleBucket(counts[b], size)) {
                positions[n++] = b;
            }
        }
        return Arrays.copyOf(positions, n);
    }

    private static boolean sorted(byte[] codes, int[] starts, int size) {
        for (int e = 1; e < size; e++) {
            if (Arrays.compareUnsigned(codes, starts[e - 1], starts[e], codes, starts[e], starts[e + 1]) > 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean singleBucket(int[] count, int size) {
        for (int c : count) {
            if (c != 0) {
                return c == size;
            }
        }
        return true;
    }
}
