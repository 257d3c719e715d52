package io.fairdraw.draw.protocol;

import java.nio.charset.StandardCharsets;

/**
 * Computes {@code rank(e, i) = hex(SHA-256(seed + "\nI\n" + uscc_e + "\n" + inspector_id_i))} for
 * every roster inspector of one entity (FD-DRAW-1 §2b) and hands them out as a {@link RankOrder}.
 * Holds a digest: one instance per thread.
 */
final class Ranking {

    private final String seed;
    private final Roster roster;
    private final PrefixedSha256 hasher = new PrefixedSha256(new byte[0]);
    private final byte[] hash = new byte[PrefixedSha256.LENGTH];

    Ranking(String seed, Roster roster) {
        this.seed = seed;
        this.roster = roster;
    }

    RankOrder order(String uscc) {
        hasher.prefix((seed + "\nI\n" + uscc + "\n").getBytes(StandardCharsets.US_ASCII));
        long[] keys = new long[roster.size()];
        for (int i = 0; i < keys.length; i++) {
            byte[] id = roster.idBytes(i);
            hasher.hash(id, 0, id.length, hash, 0);
            keys[i] = PrefixedSha256.orderKey(hash, 0);
        }
        return new RankOrder(keys, (a, b) -> exactCompare(uscc, a, b));
    }

    /** Whole ranks as hex (= byte order), then inspector id (= roster index); only for equal 8-byte keys. */
    private int exactCompare(String uscc, int a, int b) {
        int byRank = DrawProtocol.rank(seed, uscc, roster.entry(a).inspectorId())
                .compareTo(DrawProtocol.rank(seed, uscc, roster.entry(b).inspectorId()));
        return byRank != 0 ? byRank : Integer.compare(a, b);
    }
}
