package io.fairdraw.inspector.domain;

import java.util.List;

/**
 * The outcome of an import, in the shape of the registry's import contract (DESIGN.md §5):
 * accepted = inserted + updated + unchanged; row numbers count the header as row 1; column is the
 * template's Chinese header.
 */
public record ImportResult(int total, int accepted, int inserted, int updated, int unchanged, int rejected,
                           List<RowError> errors) {

    public record RowError(int row, String column, String message) {
    }
}
