package io.fairdraw.registry.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link KnownEntities} as the rule says it: a map from each registry code to its data columns as
 * COPY text. A code not in the map is new; the same bytes are unchanged; anything else changed.
 */
final class ReferenceKnownEntities implements KnownEntities {

    private static final int CODE_LENGTH = 18;

    private final Map<String, byte[]> dataByCode = new HashMap<>();

    @Override
    public void add(byte[] row) {
        if (row.length < CODE_LENGTH + 2 || row[CODE_LENGTH] != '\t' || row[row.length - 1] != '\n') {
            throw new IllegalStateException("not a registry row");
        }
        String code = new String(row, 0, CODE_LENGTH, StandardCharsets.US_ASCII);
        byte[] data = Arrays.copyOfRange(row, CODE_LENGTH + 1, row.length - 1);
        if (dataByCode.putIfAbsent(code, data) != null) {
            throw new IllegalStateException("code read twice from the registry");
        }
    }

    @Override
    public Change classify(String code, byte[] data, int from, int to) {
        byte[] known = dataByCode.get(code);
        if (known == null) {
            return Change.NEW;
        }
        return Arrays.equals(known, 0, known.length, data, from, to) ? Change.UNCHANGED : Change.CHANGED;
    }

    @Override
    public int size() {
        return dataByCode.size();
    }
}
