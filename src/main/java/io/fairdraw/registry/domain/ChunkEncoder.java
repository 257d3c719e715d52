package io.fairdraw.registry.domain;

import io.fairdraw.registry.engine.KnownEntities;
import java.util.Arrays;

/**
 * Sorts a chunk's valid rows on the parser thread, against the registry as the import found it:
 * new entities become COPY rows for the registry, changed ones rows for the staging table, and
 * unchanged ones are only counted (DESIGN.md §4: a re-import writes nothing). Each row is encoded
 * once; its data columns are classified straight from the encoded bytes. New rows are then put in
 * code order, the primary key's, so that its B-tree takes them leaf by leaf (measured in
 * bench/registry-import/README.md).
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
                case NEW -> {
                    chunk.freshStart[chunk.freshRows] = start;
                    chunk.freshCode[chunk.freshRows] = row[0];
                    fresh.add(actor);
                    fresh.add(importId);
                    fresh.add(actor);
                    fresh.endRow();
                    chunk.freshRows++;
                }
                case UNCHANGED -> {
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
        String[] code = chunk.freshCode;
        Integer[] order = new Integer[chunk.freshRows];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // Canonical codes are digits and capital letters (GB 32100-2015): String order is the key order.
        Arrays.sort(order, (a, b) -> code[a].compareTo(code[b]));
        byte[] rows = chunk.fresh.array();
        for (int i : order) {
            chunk.sorted.addRow(rows, chunk.freshStart[i], chunk.freshStart[i + 1]);
        }
    }
}
