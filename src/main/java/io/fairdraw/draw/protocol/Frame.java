package io.fairdraw.draw.protocol;

import io.fairdraw.draw.protocol.engine.DrawEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

/**
 * The frozen frame: entities sorted by USCC, no USCC twice (FD-DRAW-1 §1). Immutable; input order
 * does not matter.
 *
 * <p>Held as its canonical text plus primitive arrays (line starts, stratum and org indexes into
 * small lists), not as one object per entity: it is hashed and published as that text, tickets
 * hash the USCC straight out of it ({@link #codes()}), and {@link FrameEntry} values are only made
 * for the few entities a caller asks for (the selected ones).
 */
public final class Frame {

    private final byte[] text;
    /** Start of line {@code i} in {@link #text}; {@code lineStarts[size]} is the text length. */
    private final int[] lineStarts;
    /** Index of each entity's stratum in {@link #strata}. */
    private final int[] stratumIndexes;
    private final List<String> strata;
    private final int[] strataLengths;
    /** Index of each entity's supervising org code in {@link #orgCodes}. */
    private final int[] orgIndexes;
    private final List<String> orgCodes;
    private final Map<String, Integer> stratumSizes;
    private volatile String hash;
    private volatile String orgsHash;

    /** Built by {@link FrameBuilder}, which orders the entities and writes the canonical text. */
    Frame(byte[] text, int[] lineStarts, int[] stratumIndexes, List<String> strata, int[] orgIndexes,
                  List<String> orgCodes) {
        this.text = text;
        this.lineStarts = lineStarts;
        this.stratumIndexes = stratumIndexes;
        this.strata = List.copyOf(strata);
        this.orgIndexes = orgIndexes;
        this.orgCodes = List.copyOf(orgCodes);
        this.strataLengths = new int[strata.size()];
        int[] counts = new int[strata.size()];
        for (int index : stratumIndexes) {
            counts[index]++;
        }
        Map<String, Integer> sizes = new TreeMap<>();
        for (int s = 0; s < strata.size(); s++) {
            strataLengths[s] = strata.get(s).length();
            sizes.put(strata.get(s), counts[s]);
        }
        this.stratumSizes = Collections.unmodifiableMap(sizes);
    }

    public static Frame of(Collection<FrameEntry> entries) {
        FrameBuilder builder = builder(entries.size());
        entries.forEach(builder::add);
        return builder.build();
    }

    /** A builder for large frames: entities are appended as bytes, sorted once by {@link FrameBuilder#build()}. */
    public static FrameBuilder builder(int expectedSize) {
        return new FrameBuilder(expectedSize);
    }

    /**
     * The frame of a stored snapshot: its canonical text (frame.csv) and the supervising org code
     * of each line, one per line in the same order ({@link #orgCodeLines()}). The frame text is
     * checked to be canonical and kept as is, so it hashes to exactly what was stored.
     *
     * @throws ProtocolException {@code frame.not-canonical} or {@code orgs.not-canonical} naming the line
     */
    public static Frame ofCanonical(byte[] frameText, byte[] orgCodeLines) {
        StoredFrame stored = StoredFrame.parse(frameText, orgCodeLines);
        return new Frame(frameText, stored.lineStarts, stored.stratumIndexes, stored.strata, stored.orgIndexes,
                stored.orgs);
    }

    /**
     * {@link #ofCanonical}, with {@link #hash()} and {@link #orgsHash()} computed from the stored texts
     * on another core while this thread parses them: an execution checks both against the
     * announcement. A download of the texts needs neither and uses {@link #ofCanonical}.
     */
    public static Frame ofCanonicalHashed(byte[] frameText, byte[] orgCodeLines) {
        CompletableFuture<String[]> hashes = CompletableFuture.supplyAsync(
                () -> new String[] {Sha256.of(frameText), StoredFrame.orgsHash(frameText, orgCodeLines)});
        Frame frame = ofCanonical(frameText, orgCodeLines);
        String[] known = hashes.join();
        frame.hash = known[0];
        frame.orgsHash = known[1];
        return frame;
    }

    /** Unmodifiable view in USCC order; each element is made on access (frames can hold millions). */
    public List<FrameEntry> entries() {
        return new Entries();
    }

    public int size() {
        return stratumIndexes.length;
    }

    FrameEntry entry(int index) {
        return new FrameEntry(uscc(index), strata.get(stratumIndexes[index]), orgCodes.get(orgIndexes[index]));
    }

    @SuppressWarnings("deprecation")
    String uscc(int index) {
        // Validated ASCII: the hibyte constructor copies without decoding.
        return new String(text, 0, usccOffset(index), usccLength(index));
    }

    /** Number of entities per stratum, sorted by stratum. */
    public Map<String, Integer> stratumSizes() {
        return stratumSizes;
    }

    /** Distinct strata; {@link #stratumIndex(int)} points into it. */
    List<String> strata() {
        return strata;
    }

    int stratumIndex(int entity) {
        return stratumIndexes[entity];
    }

    /** Distinct supervising org codes; {@link #orgIndex(int)} points into it. */
    List<String> orgCodes() {
        return orgCodes;
    }

    int orgIndex(int entity) {
        return orgIndexes[entity];
    }

    /** The canonical text, shared: callers of this package-private method must not modify it. */
    byte[] text() {
        return text;
    }

    /** The USCCs for the draw engine, read straight out of the canonical text. */
    DrawEngine.Codes codes() {
        return new DrawEngine.Codes() {
            @Override
            public int size() {
                return Frame.this.size();
            }

            @Override
            public byte[] text() {
                return text;
            }

            @Override
            public int offset(int entity) {
                return usccOffset(entity);
            }

            @Override
            public int length(int entity) {
                return usccLength(entity);
            }
        };
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

    /**
     * The canonical org text, {@code USCC,ORG_CODE\n} per entity in the frame's (USCC) order: the
     * Fairdraw extension that fixes the supervising org codes before the beacon
     * (docs/draw-protocol-notes.md; not part of FD-DRAW-1's hashes).
     */
    public byte[] orgsText() {
        byte[][] codes = new byte[orgCodes.size()][];
        for (int c = 0; c < codes.length; c++) {
            codes[c] = orgCodes.get(c).getBytes(StandardCharsets.US_ASCII);
        }
        long length = 0;
        for (int i = 0; i < size(); i++) {
            length += usccLength(i) + codes[orgIndexes[i]].length + 2;
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new ProtocolException("canonical-text.too-large", Long.toString(length));
        }
        byte[] out = new byte[(int) length];
        int position = 0;
        for (int i = 0; i < size(); i++) {
            int usccLength = usccLength(i);
            System.arraycopy(text, lineStarts[i], out, position, usccLength);
            position += usccLength;
            out[position++] = ',';
            byte[] code = codes[orgIndexes[i]];
            System.arraycopy(code, 0, out, position, code.length);
            position += code.length;
            out[position++] = '\n';
        }
        return out;
    }

    /**
     * The org codes alone, {@code ORG_CODE\n} per entity in the frame's order: how a snapshot
     * stores them next to the frame text (4 bytes a line instead of repeating every USCC), from
     * which {@link #ofCanonical(byte[], byte[])} and {@link #orgsText()} give the rest back.
     */
    public byte[] orgCodeLines() {
        byte[][] codes = new byte[orgCodes.size()][];
        long length = 0;
        for (int c = 0; c < codes.length; c++) {
            codes[c] = (orgCodes.get(c) + "\n").getBytes(StandardCharsets.US_ASCII);
        }
        for (int index : orgIndexes) {
            length += codes[index].length;
        }
        if (length > Integer.MAX_VALUE - 16) {
            throw new ProtocolException("canonical-text.too-large", Long.toString(length));
        }
        byte[] out = new byte[(int) length];
        int position = 0;
        for (int index : orgIndexes) {
            byte[] code = codes[index];
            System.arraycopy(code, 0, out, position, code.length);
            position += code.length;
        }
        return out;
    }

    /** {@code orgsHash}: SHA-256 of {@link #orgsText()}; computed once. */
    public String orgsHash() {
        String result = orgsHash;
        if (result == null) {
            result = Sha256.of(orgsText());
            orgsHash = result;
        }
        return result;
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

    private final class Entries extends AbstractList<FrameEntry> implements RandomAccess {

        @Override
        public FrameEntry get(int index) {
            return entry(index);
        }

        @Override
        public int size() {
            return Frame.this.size();
        }
    }
}
