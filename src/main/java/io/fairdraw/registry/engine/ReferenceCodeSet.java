package io.fairdraw.registry.engine;

import java.util.HashMap;
import java.util.Map;

/** {@link CodeSet} as the rule says it: a map from code to the row of its first occurrence. */
final class ReferenceCodeSet implements CodeSet {

    private final Map<String, Integer> firstRow = new HashMap<>();

    @Override
    public int addOrGetFirstRow(String code, int row) {
        Integer first = firstRow.putIfAbsent(code, row);
        return first == null ? 0 : first;
    }

    @Override
    public int size() {
        return firstRow.size();
    }
}
