package io.fairdraw.draw.protocol;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Sorts entity numbers by their USCC bytes (unsigned byte order, as FD-DRAW-1 §1 orders the
 * frame), on primitive arrays: a merge sort whose runs are sorted on every core and then merged.
 * Already ordered input, as the plan's frame function delivers it, costs one comparison per
 * entity (each merge first checks whether its halves are already in order).
 */
final class UsccSort {

    private static final int INSERTION = 24;
    private static final int MIN_PARALLEL = 1 << 16;

    private UsccSort() {
    }

    /** Sorts {@code order}; entity {@code e}'s USCC is {@code codes[starts[e] .. starts[e + 1])}. */
    static void sort(int[] order, byte[] codes, int[] starts) {
        int size = order.length;
        int[] buffer = new int[size];
        int cores = Runtime.getRuntime().availableProcessors();
        int runs = 1;
        while (runs < 2 * cores && size / (2 * runs) >= MIN_PARALLEL) {
            runs *= 2;
        }
        int[] bounds = new int[runs + 1];
        for (int r = 0; r <= runs; r++) {
            bounds[r] = (int) ((long) r * size / runs);
        }
        Sorter sorter = new Sorter(codes, starts);
        IntStream.range(0, runs).parallel().forEach(r -> sorter.sort(order, buffer, bounds[r], bounds[r + 1]));
        for (int width = 1; width < runs; width *= 2) {
            int step = width;
            IntStream.range(0, runs / (2 * step)).parallel().forEach(m -> {
                int from = bounds[2 * step * m];
                int middle = bounds[2 * step * m + step];
                int to = bounds[2 * step * m + 2 * step];
                sorter.merge(order, buffer, from, middle, to);
            });
        }
    }

    private record Sorter(byte[] codes, int[] starts) {

        int compare(int a, int b) {
            return Arrays.compareUnsigned(codes, starts[a], starts[a + 1], codes, starts[b], starts[b + 1]);
        }

        void sort(int[] a, int[] buffer, int from, int to) {
            if (to - from <= INSERTION) {
                for (int i = from + 1; i < to; i++) {
                    int value = a[i];
                    int j = i - 1;
                    while (j >= from && compare(a[j], value) > 0) {
                        a[j + 1] = a[j];
                        j--;
                    }
                    a[j + 1] = value;
                }
                return;
            }
            int middle = (from + to) >>> 1;
            sort(a, buffer, from, middle);
            sort(a, buffer, middle, to);
            merge(a, buffer, from, middle, to);
        }

        void merge(int[] a, int[] buffer, int from, int middle, int to) {
            if (from == middle || middle == to || compare(a[middle - 1], a[middle]) <= 0) {
                return;
            }
            System.arraycopy(a, from, buffer, from, middle - from);
            int left = from;
            int right = middle;
            int out = from;
            while (left < middle && right < to) {
                // Stable: on equal USCCs the left one first (duplicates are rejected afterwards anyway).
                a[out++] = compare(buffer[left], a[right]) <= 0 ? buffer[left++] : a[right++];
            }
            while (left < middle) {
                a[out++] = buffer[left++];
            }
        }
    }
}
