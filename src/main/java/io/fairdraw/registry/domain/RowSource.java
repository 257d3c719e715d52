package io.fairdraw.registry.domain;

import java.io.Closeable;

/** A spreadsheet read row by row, whatever its format (.xlsx or .csv). Not thread-safe. */
interface RowSource extends Closeable {

    /** Reads the next row into {@code row}; false at the end. Row 1 is the header. */
    boolean next(SourceRow row);

    /** Share of the input consumed so far, 0..1, for the progress bar. */
    double progress();
}
