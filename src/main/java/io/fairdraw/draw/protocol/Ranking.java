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
            keys[i] = key(i);
        }
        return new RankOrder(keys, (a, b) -> exactCompare(uscc, a, b));
    }

    /**
     * The rank order of only {@code candidates[0 .. count)} (roster indexes, ascending): §2b hands
     * out inspectors in rank order and skips the ineligible ones, so leaving out inspectors who are
     * certain to be skipped does not change which are taken, and saves hashing them. The keys and
     * ids are written to {@code keys} and {@code ids} from {@code offset} on.
     */
    RankOrder order(String uscc, int[] candidates, int count, long[] keys, int[] ids, int offset) {
        hasher.prefix((seed + "\nI\n" + uscc + "\n").getBytes(StandardCharsets.US_ASCII));
        for (int k = 0; k < count; k++) {
            keys[offset + k] = key(candidates[k]);
        }
        System.arraycopy(candidates, 0, ids, offset, count);
        return new RankOrder(keys, ids, offset, offset + count, (a, b) -> exactCompare(uscc, a, b));
    }

    private long key(int inspector) {
        byte[] id = roster.idBytes(inspector);
        hasher.hash(id, 0, id.length, hash, 0);
        return PrefixedSha256.orderKey(hash, 0);
    }

    /** Whole ranks as hex (= byte order), then inspector id (= roster index); only for equal 8-byte keys. */
    private int exactCompare(String uscc, int a, int b) {
        int byRank = DrawProtocol.rank(seed, uscc, roster.entry(a).inspectorId())
                .compareTo(DrawProtocol.rank(seed, uscc, roster.entry(b).inspectorId()));
        return byRank != 0 ? byRank : Integer.compare(a, b);
    }
}
