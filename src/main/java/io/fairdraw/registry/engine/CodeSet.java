package io.fairdraw.registry.engine;

/**
 * The seam of the duplicate check within one file: the credit codes seen so far, each with the
 * row where it first appeared (the error on a repeated code names that row). Two implementations:
 * {@link #reference()}, a map, and {@link #engine()}, a packed table small enough for 1,000,000
 * codes in the import's heap; {@code CodeSetPropertyTest} holds them equal. Not thread-safe.
 */
public interface CodeSet {

    /** Adds a valid, canonical code; returns 0 when it is new, else the row where it was first seen. */
    int addOrGetFirstRow(String code, int row);

    int size();

    static CodeSet reference() {
        return new ReferenceCodeSet();
    }

    static CodeSet engine() {
        return new PackedCodeSet();
    }
}
