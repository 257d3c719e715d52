package io.fairdraw.draw.protocol;

import java.util.Arrays;

/**
 * Orders entity numbers by their USCC bytes (unsigned byte order, as FD-DRAW-1 §1 orders the
 * frame) with primitive arrays only.
 *
 * <p>An LSD radix sort: every code is laid out as fixed-width big-endian {@code long}s padded with
 * zero bytes (no code contains a zero byte, so a shorter code sorts before its extensions, exactly
 * as in byte order), then stably distributed by one byte position at a time, last position first.
 * Positions where every code has the same byte (the region prefix of a province's USCCs) are
 * skipped. Each pass streams over contiguous arrays; comparison sorts of a million codes measured
 * several times slower here, as every comparison chased two codes through memory. Input that is
 * already in order (the plan's frame function sorts) is detected in one pass and left as it is.
 */
final class UsccSort {

    private UsccSort() {
    }

    /**
     * Entity numbers {@code 0 .. size-1} in USCC order; entity {@code e}'s USCC is
     * {@code codes[starts[e] .. starts[e + 1])}. Equal codes keep their input order.
     */
    static int[] order(byte[] codes, int[] starts, int size) {
        int[] order = new int[size];
        for (int e = 0; e < size; e++) {
            order[e] = e;
        }
        if (sorted(codes, starts, size)) {
            return order;
        }
        int maxLength = 0;
        for (int e = 0; e < size; e++) {
            maxLength = Math.max(maxLength, starts[e + 1] - starts[e]);
        }
        int words = (maxLength + 7) / 8;
        long[] keys = new long[size * words];
        int[][] counts = new int[maxLength][256];
        for (int e = 0; e < size; e++) {
            int start = starts[e];
            int length = starts[e + 1] - start;
            for (int b = 0; b < maxLength; b++) {
                int value = b < length ? codes[start + b] & 0xff : 0;
                counts[b][value]++;
                keys[e * words + (b >>> 3)] |= (long) value << (56 - 8 * (b & 7));
            }
        }
        long[] otherKeys = new long[keys.length];
        int[] otherOrder = new int[size];
        int[] offsets = new int[256];
        for (int b = maxLength - 1; b >= 0; b--) {
            int[] count = counts[b];
            if (singleBucket(count, size)) {
                continue;
            }
            int sum = 0;
            for (int v = 0; v < 256; v++) {
                offsets[v] = sum;
                sum += count[v];
            }
            int word = b >>> 3;
            int shift = 56 - 8 * (b & 7);
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
        return order;
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
