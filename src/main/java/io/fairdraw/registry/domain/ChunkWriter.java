package io.fairdraw.registry.domain;

import io.fairdraw.registry.EntityStatus;
import io.fairdraw.shared.SupervisionField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes one chunk of valid rows: looks their codes up once, then COPYs new entities straight
 * into the registry, counts identical ones as unchanged without touching them (a re-import writes
 * nothing), rejects codes registered to a unit the caller may not write, and sends only the
 * changed rows through the staging table, whose merge records their history.
 */
final class ChunkWriter {

    private final ImportStore store;
    private final ImportLabels labels;
    private final Set<String> writable;
    private final long importId;
    private final String actor;
    int inserted;
    int updated;
    int unchanged;

    ChunkWriter(ImportStore store, ImportLabels labels, Set<String> writable, long importId, String actor) {
        this.store = store;
        this.labels = labels;
        this.writable = writable;
        this.importId = importId;
        this.actor = actor;
    }

    List<RejectedRow> write(ImportPipeline.Chunk chunk) {
        if (chunk.rows.isEmpty()) {
            return List.of();
        }
        Map<String, String[]> existing = chunk.existing;
        CopyBuffer fresh = new CopyBuffer();
        CopyBuffer changed = new CopyBuffer();
        int freshRows = 0;
        int changedRows = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        String id = Long.toString(importId);
        for (int i = 0; i < chunk.rows.size(); i++) {
            String[] row = chunk.rows.get(i);
            String[] old = existing.get(row[0]);
            if (old == null) {
                for (String v : row) {
                    fresh.add(v);
                }
                fresh.add(actor);
                fresh.add(id);
                fresh.add(actor);
                fresh.endRow();
                freshRows++;
            } else if (!old[4].equals(row[4]) && !writable.contains(old[4])) {
                rejected.add(otherUnit(chunk.rowNumbers[i], row, old[4]));
            } else if (Arrays.equals(old, row)) {
                unchanged++;
            } else {
                changed.add(chunk.rowNumbers[i]);
                for (String v : row) {
                    changed.add(v);
                }
                changed.endRow();
                changedRows++;
            }
        }
        if (freshRows > 0) {
            store.copyNew(fresh);
            inserted += freshRows;
        }
        if (changedRows > 0) {
            store.copyToStage(changed);
            ImportStore.Merged m = store.mergeStage(importId, actor, writable.toArray(String[]::new));
            inserted += m.inserted();
            updated += m.updated();
            unchanged += changedRows - m.inserted() - m.updated() - m.conflictRows().length;
            for (int k = 0; k < m.conflictRows().length; k++) {
                int rowNo = m.conflictRows()[k];
                int idx = Arrays.binarySearch(chunk.rowNumbers, 0, chunk.staged, rowNo);
                rejected.add(otherUnit(rowNo, chunk.rows.get(idx), m.conflictOwners()[k]));
            }
            store.clearStage();
        }
        return rejected;
    }

    /** DESIGN.md §5: a code registered to a unit outside the caller's scope is an error on the code. */
    private RejectedRow otherUnit(int rowNo, String[] row, String owner) {
        List<String> original = Arrays.asList(row[0], row[1], row[2], labels.label("field." + SupervisionField.valueOf(row[3])),
                row[4], row[5], row[6], row[7], labels.label("registry.status." + EntityStatus.valueOf(row[8])),
                row[9] == null ? "" : row[9]);
        return new RejectedRow(rowNo, List.of(labels.header(TemplateColumn.USCC)),
                List.of(labels.message("registry.import.other_unit", row[0], owner)), original);
    }
}
