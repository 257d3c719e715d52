package io.fairdraw.registry.domain;

import java.util.List;

/**
 * The outcome of an import (DESIGN.md §5): every data row is counted once, as inserted, updated,
 * unchanged or rejected; {@code errors} holds the first rejected rows (all of them up to the
 * stored cap), the complete list is in the error report.
 */
public record ImportResult(long id, int total, int inserted, int updated, int unchanged, int rejected,
                           List<RejectedRow> errors) {

    public int accepted() {
        return inserted + updated + unchanged;
    }

    /** True when a re-import found every valid row identical to the registry (idempotence). */
    public boolean nothingChanged() {
        return inserted == 0 && updated == 0;
    }
}
