package io.fairdraw.draw.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Maps short validated ASCII codes, given as byte ranges, to dense indexes (0, 1, 2, … in order of
 * first appearance) without making a string per lookup: a stored million-line org text has a
 * handful of distinct org codes. Open addressing over a power-of-two table.
 */
final class CodeDictionary {

    private final List<byte[]> keys = new ArrayList<>();
    private final List<String> values = new ArrayList<>();
    private int[] table = new int[64];

    CodeDictionary() {
        Arrays.fill(table, -1);
    }

    int indexOf(byte[] text, int from, int to) {
        int hash = hash(text, from, to);
        int mask = table.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            int index = table[slot];
            if (index < 0) {
                index = keys.size();
                keys.add(Arrays.copyOfRange(text, from, to));
                values.add(new String(text, from, to - from, StandardCharsets.US_ASCII));
                table[slot] = index;
                if (2 * keys.size() > table.length) {
                    grow();
                }
                return index;
            }
            byte[] key = keys.get(index);
            if (Arrays.equals(key, 0, key.length, text, from, to)) {
                return index;
            }
        }
    }

    /** The codes, at their indexes. */
    List<String> values() {
        return values;
    }

    private void grow() {
        table = new int[2 * table.length];
        Arrays.fill(table, -1);
        int mask = table.length - 1;
        for (int index = 0; index < keys.size(); index++) {
            byte[] key = keys.get(index);
            int slot = hash(key, 0, key.length) & mask;
            while (table[slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            table[slot] = index;
        }
    }

    private static int hash(byte[] text, int from, int to) {
        int hash = 1;
        for (int i = from; i < to; i++) {
            hash = 31 * hash + text[i];
        }
        return hash ^ (hash >>> 16);
    }
}
