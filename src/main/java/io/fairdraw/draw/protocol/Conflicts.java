package io.fairdraw.draw.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The frozen set of avoidance pairs (FD-DRAW-1 §1). A canonical text is a set of lines, so a pair
 * declared twice counts once. Pairs may name inspectors or entities outside this draw.
 */
public final class Conflicts {

    private static final Comparator<ConflictPair> LINE_ORDER =
            Comparator.comparing(ConflictPair::inspectorId).thenComparing(ConflictPair::uscc);

    private final List<ConflictPair> pairs;
    private final Map<String, List<String>> inspectorsByUscc;

    private Conflicts(List<ConflictPair> sortedPairs) {
        this.pairs = sortedPairs;
        this.inspectorsByUscc = new HashMap<>();
        for (ConflictPair pair : pairs) {
            inspectorsByUscc.computeIfAbsent(pair.uscc(), u -> new ArrayList<>()).add(pair.inspectorId());
        }
    }

    public static Conflicts none() {
        return new Conflicts(List.of());
    }

    public static Conflicts of(Collection<ConflictPair> pairs) {
        // Fields sort after ',' (Fields.requireCode), so (id, uscc) order is whole-line byte order.
        TreeSet<ConflictPair> sorted = new TreeSet<>(LINE_ORDER);
        sorted.addAll(pairs);
        return new Conflicts(List.copyOf(sorted));
    }

    public List<ConflictPair> pairs() {
        return pairs;
    }

    public int size() {
        return pairs.size();
    }

    public boolean contains(String inspectorId, String uscc) {
        return inspectorsFor(uscc).contains(inspectorId);
    }

    /** Inspectors with a declared conflict on this entity. */
    List<String> inspectorsFor(String uscc) {
        return inspectorsByUscc.getOrDefault(uscc, List.of());
    }

    /** {@code INSPECTOR_ID,USCC\n} per pair, whole lines sorted. */
    public String canonicalText() {
        return new String(CanonicalText.pairLines(pairs.size(),
                i -> pairs.get(i).inspectorId(), i -> pairs.get(i).uscc()), StandardCharsets.US_ASCII);
    }

    public String hash() {
        return Sha256.of(canonicalText());
    }
}
