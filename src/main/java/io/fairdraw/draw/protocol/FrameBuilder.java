package io.fairdraw.draw.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Collects entities as bytes (one code buffer, primitive arrays), then orders them by USCC byte
 * order once: no record per entity. The plan's frame function delivers the entities sorted
 * ({@code FrameRules.Result}), which costs one linear check; other input is sorted by a plain
 * comparison sort.
 */
public final class FrameBuilder {

    private byte[] codes;
    private int codesLength;
    /** Start of each USCC in {@link #codes}; the next start (or {@link #codesLength}) ends it. */
    private int[] starts;
    private int[] stratumOf;
    private int[] orgOf;
    private int size;
    private final List<String> strata = new ArrayList<>();
    private final List<String> orgs = new ArrayList<>();
    private final Map<String, Integer> orgIndex = new HashMap<>();

    FrameBuilder(int expectedSize) {
        int capacity = Math.max(16, expectedSize);
        codes = new byte[capacity * 18];
        starts = new int[capacity + 1];
        stratumOf = new int[capacity];
        orgOf = new int[capacity];
    }

    /** Adds one entity; the fields are validated as {@link FrameEntry} validates them. */
    public FrameBuilder add(String uscc, String stratum, String orgCode) {
        Fields.requireCode("frame.uscc", uscc);
        Fields.requireStratum("frame.stratum", stratum);
        Fields.requireCode("frame.org-code", orgCode);
        return append(uscc, stratum, orgCode);
    }

    public FrameBuilder add(FrameEntry entry) {
        return append(entry.uscc(), entry.stratum(), entry.orgCode());
    }

    private FrameBuilder append(String uscc, String stratum, String orgCode) {
        if (size == stratumOf.length) {
            int capacity = size + (size >> 1) + 16;
            starts = Arrays.copyOf(starts, capacity + 1);
            stratumOf = Arrays.copyOf(stratumOf, capacity);
            orgOf = Arrays.copyOf(orgOf, capacity);
        }
        if (codes.length - codesLength < uscc.length()) {
            long capacity = Math.max((long) codes.length * 3 / 2, (long) codesLength + uscc.length());
            if (capacity > Integer.MAX_VALUE - 16) {
                throw new ProtocolException("frame.too-large", Long.toString(capacity));
            }
            codes = Arrays.copyOf(codes, (int) capacity);
        }
        starts[size] = codesLength;
        codesLength = CanonicalText.ascii(uscc, codes, codesLength);
        // A handful of strata (A–D, X): a linear search.
        int s = strata.indexOf(stratum);
        if (s < 0) {
            s = strata.size();
            strata.add(stratum);
        }
        stratumOf[size] = s;
        Integer o = orgIndex.get(orgCode);
        if (o == null) {
            o = orgs.size();
            orgs.add(orgCode);
            orgIndex.put(orgCode, o);
        }
        orgOf[size] = o;
        size++;
        return this;
    }

    /**
     * Sorts by USCC (byte order = {@code String} order for validated ASCII), rejects a USCC
     * given twice (one entity, one line: it would be sampled twice or with two strata) and
     * writes the canonical text.
     */
    public Frame build() {
        starts[size] = codesLength;
        int[] order = usccOrder();
        byte[][] strataBytes = new byte[strata.size()][];
        for (int s = 0; s < strataBytes.length; s++) {
            strataBytes[s] = strata.get(s).getBytes(StandardCharsets.US_ASCII);
        }
        long length = codesLength;
        for (int e = 0; e < size; e++) {
            length += strataBytes[stratumOf[e]].length + 2;
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new ProtocolException("frame.too-large", Long.toString(length));
        }
        byte[] text = new byte[(int) length];
        int[] lineStarts = new int[size + 1];
        int[] stratumIndexes = new int[size];
        int[] orgIndexes = new int[size];
        int position = 0;
        for (int p = 0; p < size; p++) {
            int e = order[p];
            if (p > 0 && compare(order[p - 1], e) == 0) {
                throw new ProtocolException("frame.duplicate-uscc",
                        new String(codes, starts[e], starts[e + 1] - starts[e], StandardCharsets.US_ASCII));
            }
            stratumIndexes[p] = stratumOf[e];
            orgIndexes[p] = orgOf[e];
            lineStarts[p] = position;
            System.arraycopy(codes, starts[e], text, position, starts[e + 1] - starts[e]);
            position += starts[e + 1] - starts[e];
            text[position++] = ',';
            byte[] stratum = strataBytes[stratumOf[e]];
            System.arraycopy(stratum, 0, text, position, stratum.length);
            position += stratum.length;
            text[position++] = '\n';
        }
        lineStarts[size] = position;
        return new Frame(text, lineStarts, stratumIndexes, strata, orgIndexes, orgs);
    }

    /** Entity numbers in USCC order; equal codes keep their input order (the sort is stable). */
    private int[] usccOrder() {
        int[] order = new int[size];
        boolean sorted = true;
        for (int e = 0; e < size; e++) {
            order[e] = e;
            sorted &= e == 0 || compare(e - 1, e) <= 0;
        }
        if (sorted) {
            return order;
        }
        return IntStream.range(0, size).boxed().sorted(this::compare).mapToInt(Integer::intValue).toArray();
    }

    /** Unsigned byte order of two entities' USCCs (FD-DRAW-1 §1). */
    private int compare(int a, int b) {
        return Arrays.compareUnsigned(codes, starts[a], starts[a + 1], codes, starts[b], starts[b + 1]);
    }
}
