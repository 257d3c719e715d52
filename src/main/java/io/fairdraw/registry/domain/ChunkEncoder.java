package io.fairdraw.registry.domain;

import java.util.Arrays;

/**
 * Sorts a chunk's valid rows on the parser thread, against the registry as the import found it:
 * new entities become COPY rows for the registry, changed ones rows for the staging table, and
 * unchanged ones are only counted (DESIGN.md §4: a re-import writes nothing). Each row is encoded
 * once; its data columns are digested straight from the encoded bytes. New rows are then put in
 * code order, the primary key's: its B-tree takes them leaf by leaf, so the COPY writes fewer pages
 * than in file order (bench/registry-import).
 */
final class ChunkEncoder {

    private final String actor;
    private final String importId;

    ChunkEncoder(String actor, long importId) {
        this.actor = actor;
        this.importId = Long.toString(importId);
    }

    void encode(ImportPipeline.Chunk chunk, KnownEntities known) {
        CopyBuffer fresh = chunk.fresh;
        for (int i = 0; i < chunk.rows.size(); i++) {
            String[] row = chunk.rows.get(i);
            int start = fresh.length();
            fresh.add(row[0]);
            int dataStart = fresh.length() + 1; // after the tab the next value brings
            for (int c = 1; c < row.length; c++) {
                fresh.add(row[c]);
            }
            int end = fresh.length();
            switch (known.classify(row[0], fresh.array(), dataStart, end)) {
                case KnownEntities.NEW -> {
                    chunk.freshStart[chunk.freshRows] = start;
                    chunk.freshHigh[chunk.freshRows] = CodeBits.high(row[0]);
                    chunk.freshLow[chunk.freshRows] = CodeBits.low(row[0]);
                    fresh.add(actor);
                    fresh.add(importId);
                    fresh.add(actor);
                    fresh.endRow();
                    chunk.freshRows++;
                }
                case KnownEntities.UNCHANGED -> {
                    fresh.truncate(start);
                    chunk.unchanged++;
                }
                default -> {
                    chunk.changed.add(chunk.rowNumbers[i]);
                    chunk.changed.addEncoded(fresh.array(), start, end);
                    chunk.changed.endRow();
                    fresh.truncate(start);
                    chunk.rowNumbers[chunk.changedRows.size()] = chunk.rowNumbers[i];
                    chunk.changedRows.add(row);
                }
            }
        }
        chunk.rows.clear();
        chunk.freshStart[chunk.freshRows] = fresh.length();
        sortFresh(chunk);
    }

    private static void sortFresh(ImportPipeline.Chunk chunk) {
        long[] high = chunk.freshHigh;
        int[] low = chunk.freshLow;
        Integer[] order = new Integer[chunk.freshRows];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // CodeBits keep the characters' order (digits, then letters), so this is the codes' byte order.
        Arrays.sort(order, (a, b) -> high[a] != high[b] ? Long.compare(high[a], high[b]) : Integer.compare(low[a], low[b]));
        byte[] rows = chunk.fresh.array();
        for (int i : order) {
            chunk.sorted.addRow(rows, chunk.freshStart[i], chunk.freshStart[i + 1]);
        }
    }
}
