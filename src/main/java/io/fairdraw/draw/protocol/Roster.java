package io.fairdraw.draw.protocol;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The frozen roster, sorted by inspector id, no id twice (FD-DRAW-1 §1). Immutable. */
public final class Roster {

    private final RosterEntry[] entries;
    private final byte[][] idBytes;
    private final Map<String, Integer> indexById;

    private Roster(RosterEntry[] sortedEntries) {
        this.entries = sortedEntries;
        this.idBytes = new byte[entries.length][];
        this.indexById = new HashMap<>(entries.length * 2);
        for (int i = 0; i < entries.length; i++) {
            idBytes[i] = entries[i].inspectorId().getBytes(StandardCharsets.US_ASCII);
            indexById.put(entries[i].inspectorId(), i);
        }
    }

    public static Roster of(Collection<RosterEntry> entries) {
        RosterEntry[] sorted = entries.toArray(new RosterEntry[0]);
        Arrays.sort(sorted, Comparator.comparing(RosterEntry::inspectorId));
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i].inspectorId().equals(sorted[i - 1].inspectorId())) {
                // An inspector belongs to one org; two lines would make the cross-office rule ambiguous.
                throw new ProtocolException("roster.duplicate-inspector", sorted[i].inspectorId());
            }
        }
        return new Roster(sorted);
    }

    public List<RosterEntry> entries() {
        return Collections.unmodifiableList(Arrays.asList(entries));
    }

    public int size() {
        return entries.length;
    }

    public boolean contains(String inspectorId) {
        return indexById.containsKey(inspectorId);
    }

    RosterEntry entry(int index) {
        return entries[index];
    }

    byte[] idBytes(int index) {
        return idBytes[index];
    }

    /** Position in id order, or -1. */
    int indexOf(String inspectorId) {
        Integer index = indexById.get(inspectorId);
        return index == null ? -1 : index;
    }

    /** {@code INSPECTOR_ID,ORG_CODE\n} per inspector. */
    public String canonicalText() {
        return new String(CanonicalText.pairLines(entries.length,
                i -> entries[i].inspectorId(), i -> entries[i].orgCode()), StandardCharsets.US_ASCII);
    }

    public String hash() {
        return Sha256.of(canonicalText());
    }
}
