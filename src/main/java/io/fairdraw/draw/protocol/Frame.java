package io.fairdraw.draw.protocol;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The frozen frame: entities sorted by USCC, no USCC twice (FD-DRAW-1 §1). Immutable; input order
 * does not matter.
 *
 * <p>The canonical text is built once and kept (about 21 bytes per entity): it is what is hashed
 * and published, and tickets hash the USCC straight out of it, which for a million entities is
 * much cheaper than visiting a million strings again.
 */
public final class Frame {

    private final FrameEntry[] entries;
    private final byte[] text;
    /** Start of line {@code i} in {@link #text}; {@code lineStarts[size]} is the text length. */
    private final int[] lineStarts;
    /** Index of each entity's stratum in {@link #strata}. */
    private final int[] stratumIndexes;
    private final List<String> strata;
    private final int[] strataLengths;
    private final Map<String, Integer> stratumSizes;
    private volatile String hash;

    private Frame(FrameEntry[] sortedEntries) {
        this.entries = sortedEntries;
        this.lineStarts = new int[entries.length + 1];
        this.stratumIndexes = new int[entries.length];
        List<String> names = new ArrayList<>();
        long length = 0;
        for (int i = 0; i < entries.length; i++) {
            lineStarts[i] = (int) Math.min(length, Integer.MAX_VALUE);
            String stratum = entries[i].stratum();
            length += entries[i].uscc().length() + stratum.length() + 2;
            // A handful of strata (A–D, X): a linear search beats hashing a million strings.
            int index = names.indexOf(stratum);
            if (index < 0) {
                index = names.size();
                names.add(stratum);
            }
            stratumIndexes[i] = index;
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new ProtocolException("frame.too-large", Long.toString(length));
        }
        lineStarts[entries.length] = (int) length;
        this.text = new byte[(int) length];
        for (int i = 0; i < entries.length; i++) {
            int position = CanonicalText.ascii(entries[i].uscc(), text, lineStarts[i]);
            text[position++] = ',';
            position = CanonicalText.ascii(entries[i].stratum(), text, position);
            text[position] = '\n';
        }
        this.strata = List.copyOf(names);
        this.strataLengths = new int[names.size()];
        int[] counts = new int[names.size()];
        for (int index : stratumIndexes) {
            counts[index]++;
        }
        Map<String, Integer> sizes = new TreeMap<>();
        for (int s = 0; s < names.size(); s++) {
            strataLengths[s] = names.get(s).length();
            sizes.put(names.get(s), counts[s]);
        }
        this.stratumSizes = Collections.unmodifiableMap(sizes);
    }

    public static Frame of(Collection<FrameEntry> entries) {
        FrameEntry[] sorted = entries.toArray(new FrameEntry[0]);
        // Validated USCCs are ASCII, so String order is byte order (§1: "sorted by USCC ascending").
        Arrays.parallelSort(sorted, Comparator.comparing(FrameEntry::uscc));
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].uscc().equals(sorted[i - 1].uscc())) {
                // One entity, one line: a USCC twice would be sampled twice or with two strata.
                throw new ProtocolException("frame.duplicate-uscc", sorted[i].uscc());
            }
        }
        return new Frame(sorted);
    }

    /** Unmodifiable view in USCC order (no copy: frames can hold a million entries). */
    public List<FrameEntry> entries() {
        return Collections.unmodifiableList(Arrays.asList(entries));
    }

    public int size() {
        return entries.length;
    }

    FrameEntry entry(int index) {
        return entries[index];
    }

    /** Number of entities per stratum, sorted by stratum. */
    public Map<String, Integer> stratumSizes() {
        return stratumSizes;
    }

    /** Distinct strata in order of first appearance; {@link #stratumIndex(int)} points into it. */
    List<String> strata() {
        return strata;
    }

    int stratumIndex(int entity) {
        return stratumIndexes[entity];
    }

    /** The canonical text, shared: callers of this package-private method must not modify it. */
    byte[] text() {
        return text;
    }

    /** Offset of entity {@code i}'s USCC in {@link #text()}. */
    int usccOffset(int i) {
        return lineStarts[i];
    }

    /** Length of entity {@code i}'s USCC, from the line layout {@code USCC,STRATUM\n}. */
    int usccLength(int i) {
        return lineStarts[i + 1] - lineStarts[i] - 2 - strataLengths[stratumIndexes[i]];
    }

    /** The canonical frame text, {@code USCC,STRATUM\n} per entity, as published in frame.csv. */
    public byte[] canonicalBytes() {
        return text.clone();
    }

    public String canonicalText() {
        return new String(text, StandardCharsets.US_ASCII);
    }

    public void writeCanonicalText(OutputStream out) throws IOException {
        out.write(text);
    }

    /** {@code frame_hash}; computed once. */
    public String hash() {
        String result = hash;
        if (result == null) {
            result = Sha256.of(text);
            hash = result;
        }
        return result;
    }
}
