package io.fairdraw.draw;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Issue 17 item 7: changes recorded for drawn inspectors after a draw (directory entry edited —
 * certificate, unit, status —, leave entered, conflict declared, login account linked), shown on
 * the draw page. An SPI the inspector and inspection modules implement (they depend on the draw
 * module, so it cannot call them). Only the kind and moment are published: details such as a
 * conflict's entity stay with the auditors (FD-DRAW-1 §1).
 */
public interface DirectoryChanges {

    /** Labels: {@code draw.directory_change.<NAME>}. */
    enum Kind {
        UPDATED, LEAVE_ADDED, CONFLICT_DECLARED, ACCOUNT_LINKED
    }

    record Change(String inspectorId, Instant at, Kind kind) {
    }

    List<Change> since(Collection<String> inspectorIds, Instant since);
}
