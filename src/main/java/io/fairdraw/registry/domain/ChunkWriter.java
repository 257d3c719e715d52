package io.fairdraw.registry.domain;

import io.fairdraw.registry.EntityStatus;
import io.fairdraw.shared.SupervisionField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Writes one chunk encoded by {@link ChunkEncoder}: COPYs new entities straight into the registry,
 * and sends only the changed rows through the staging table, whose merge records their history
 * and rejects codes registered to a unit the caller may not write. Unchanged rows are only counted.
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
        unchanged += chunk.unchanged;
        if (chunk.freshRows > 0) {
            store.copyNew(chunk.sorted);
            inserted += chunk.freshRows;
        }
        int changedRows = chunk.changedRows.size();
        if (changedRows == 0) {
            return List.of();
        }
        List<RejectedRow> rejected = new ArrayList<>();
        store.copyToStage(chunk.changed);
        ImportStore.Merged m = store.mergeStage(importId, actor, writable.toArray(String[]::new));
        inserted += m.inserted();
        updated += m.updated();
        unchanged += changedRows - m.inserted() - m.updated() - m.conflictRows().length;
        for (int k = 0; k < m.conflictRows().length; k++) {
            int rowNo = m.conflictRows()[k];
            int idx = Arrays.binarySearch(chunk.rowNumbers, 0, changedRows, rowNo);
            rejected.add(otherUnit(rowNo, chunk.changedRows.get(idx), m.conflictOwners()[k]));
        }
        store.clearStage();
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
