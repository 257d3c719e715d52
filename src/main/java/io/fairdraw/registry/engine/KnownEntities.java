package io.fairdraw.registry.engine;

/**
 * The seam of the registry snapshot an import classifies its rows against (DESIGN.md §4: a
 * re-import writes nothing, so each valid file row is new, unchanged or changed). The registry is
 * read once as {@code COPY (SELECT uscc, <data columns>) TO STDOUT} rows; a file row's data
 * columns are given encoded the same way, so "unchanged" means byte-identical COPY text.
 *
 * <p>Two implementations: {@link #reference()}, a map from code to data, and {@link #engine}, a
 * packed table of exact codes and keyed data digests; {@code KnownEntitiesPropertyTest} holds them
 * equal. Not thread-safe.
 */
public interface KnownEntities {

    /** What a file row is to the registry as the import found it. */
    enum Change { NEW, UNCHANGED, CHANGED }

    /** Adds one registry row: the 18-character code, a tab, the data columns, a newline. */
    void add(byte[] row);

    /** A file row: {@code code} canonical, its data columns as COPY text in {@code data[from, to)}. */
    Change classify(String code, byte[] data, int from, int to);

    int size();

    /** The readable implementation: every code with its data, compared byte for byte. */
    static KnownEntities reference() {
        return new ReferenceKnownEntities();
    }

    /**
     * The packed implementation for {@code expected} rows (it grows beyond), with data digests keyed
     * by {@code seed} (a fresh random one per import; see {@code PackedKnownEntities}).
     */
    static KnownEntities engine(int expected, long seed) {
        return new PackedKnownEntities(expected, seed);
    }
}
