package io.fairdraw.draw.protocol.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Computes {@code rank(e, i) = SHA-256(seed + "\nI\n" + uscc_e + "\n" + inspector_id_i)} for the
 * roster inspectors of one entity (FD-DRAW-1 §2b) and hands them out as a {@link RankOrder}. Holds
 * a digest: one instance per thread ({@link #copy()}).
 */
final class Ranking {

    private final String seed;
    private final byte[][] ids;
    private final PrefixedSha256 hasher = new PrefixedSha256(new byte[0]);
    private final byte[] hash = new byte[PrefixedSha256.LENGTH];

    Ranking(String seed, List<String> inspectorIds) {
        this(seed, inspectorIds.stream().map(id -> id.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new));
    }

    private Ranking(String seed, byte[][] ids) {
        this.seed = seed;
        this.ids = ids;
    }

    /** The same ranking with a digest of its own, for another thread. */
    Ranking copy() {
        return new Ranking(seed, ids);
    }

    /** The rank order of the whole roster. */
    RankOrder order(String uscc) {
        int[] all = new int[ids.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
        }
        return order(uscc, all, all.length, new long[all.length], new int[all.length], 0);
    }

    /**
     * The rank order of only {@code candidates[0 .. count)} (roster indexes, ascending): §2b hands
     * out inspectors in rank order and skips the ineligible ones, so leaving out inspectors who are
     * certain to be skipped does not change which are taken, and saves hashing them. The keys and
     * ids are written to {@code keys} and {@code ids} from {@code offset} on.
     */
    RankOrder order(String uscc, int[] candidates, int count, long[] keys, int[] ids, int offset) {
        byte[] prefix = (seed + "\nI\n" + uscc + "\n").getBytes(StandardCharsets.US_ASCII);
        hasher.prefix(prefix);
        for (int k = 0; k < count; k++) {
            keys[offset + k] = key(candidates[k]);
        }
        System.arraycopy(candidates, 0, ids, offset, count);
        return new RankOrder(keys, ids, offset, offset + count, (a, b) -> exactCompare(prefix, a, b));
    }

    private long key(int inspector) {
        byte[] id = ids[inspector];
        hasher.hash(id, 0, id.length, hash, 0);
        return PrefixedSha256.orderKey(hash, 0);
    }

    /**
     * Whole ranks (unsigned bytes = hex order), then inspector id (= roster index); only for equal
     * 8-byte keys. Hashes with a digest of its own: it may run while the batch is still being ranked.
     */
    private int exactCompare(byte[] prefix, int a, int b) {
        PrefixedSha256 exact = new PrefixedSha256(prefix);
        byte[] rankA = new byte[PrefixedSha256.LENGTH];
        byte[] rankB = new byte[PrefixedSha256.LENGTH];
        exact.hash(ids[a], 0, ids[a].length, rankA, 0);
        exact.hash(ids[b], 0, ids[b].length, rankB, 0);
        int byRank = Arrays.compareUnsigned(rankA, rankB);
        return byRank != 0 ? byRank : Integer.compare(a, b);
    }
}
