package io.fairdraw.draw.protocol.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The server's {@link DrawEngine}: the same answers as the reference, with the hashing spread over
 * the cores, no object per entity and the work that cannot change the answer left out.
 *
 * <ul>
 * <li>§2a: every member gets an 8-byte order key (the ticket's first 8 bytes); only members whose
 * key is at most the {@code sample}-th smallest can be selected, and only those get their whole
 * ticket and an exact sort, so equal 8-byte prefixes are still ordered by the whole hash.</li>
 * <li>§2b: ranks do not depend on loads, so a batch of entities is ranked in parallel; the greedy
 * walk, which does depend on loads, stays sequential. Each entity's ranking leaves out the
 * inspectors the walk would certainly skip (its own org under cross_org=1, those already at
 * {@code cap} when the batch starts: loads only grow), so the teams are those of the whole roster.</li>
 * </ul>
 */
final class FastEngine implements DrawEngine {

    static final FastEngine INSTANCE = new FastEngine();

    private static final int TICKET_CHUNK = 16_384;
    private static final int BATCH = 2_048;
    private static final int RANK_CHUNK = 32;

    /** Ticket ascending as unsigned big-endian bytes (= hex order), then USCC (= frame index). */
    private static final Comparator<Ticket> TICKET_ORDER = (a, b) -> {
        int byTicket = Arrays.compareUnsigned(a.hash(), b.hash());
        return byTicket != 0 ? byTicket : Integer.compare(a.entity(), b.entity());
    };

    private FastEngine() {
    }

    @Override
    public List<Ticket> firstByTicket(String seed, Codes frame, int[] members, int sample) {
        if (sample == 0) {
            return List.of();
        }
        byte[] prefix = (seed + "\nE\n").getBytes(StandardCharsets.US_ASCII);
        long[] keys = orderKeys(frame, members, prefix);
        long threshold = smallest(keys.clone(), sample - 1);
        PrefixedSha256 hasher = new PrefixedSha256(prefix);
        List<Ticket> candidates = new ArrayList<>(sample + 4);
        for (int j = 0; j < members.length; j++) {
            if (keys[j] <= threshold) {
                int entity = members[j];
                byte[] ticket = new byte[PrefixedSha256.LENGTH];
                hasher.hash(frame.text(), frame.offset(entity), frame.length(entity), ticket, 0);
                candidates.add(new Ticket(entity, ticket));
            }
        }
        candidates.sort(TICKET_ORDER);
        return List.copyOf(candidates.subList(0, sample));
    }

    /** The order key of every member, hashed in parallel chunks with one digest per chunk. */
    private static long[] orderKeys(Codes frame, int[] members, byte[] prefix) {
        long[] keys = new long[members.length];
        byte[] text = frame.text();
        Parallel.forRange(members.length, TICKET_CHUNK, (from, to) -> {
            PrefixedSha256 hasher = new PrefixedSha256(prefix);
            byte[] hash = new byte[PrefixedSha256.LENGTH];
            for (int j = from; j < to; j++) {
                int entity = members[j];
                hasher.hash(text, frame.offset(entity), frame.length(entity), hash, 0);
                keys[j] = PrefixedSha256.orderKey(hash, 0);
            }
        });
        return keys;
    }

    /**
     * The {@code k}-th smallest value (0-based) of {@code values}, which it reorders: quickselect,
     * linear on average where a full sort of a large stratum is not. The keys are hash prefixes, so
     * no input can make the middle pivot degenerate other than by chance.
     */
    static long smallest(long[] values, int k) {
        int from = 0;
        int to = values.length - 1;
        while (from < to) {
            long pivot = values[(from + to) >>> 1];
            int i = from;
            int j = to;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    long swap = values[i];
                    values[i++] = values[j];
                    values[j--] = swap;
                }
            }
            if (k <= j) {
                to = j;
            } else if (k >= i) {
                from = i;
            } else {
                return values[k];
            }
        }
        return values[k];
    }

    @Override
    public int assign(Assignment a, TeamConsumer onTeam) {
        int rosterSize = a.inspectorIds().size();
        int entities = a.usccs().size();
        Ranking ranking = new Ranking(a.seed(), a.inspectorIds());
        int[] load = new int[rosterSize];
        boolean[] conflicted = new boolean[rosterSize];
        int batch = Math.min(BATCH, entities);
        long[] keys = new long[batch * rosterSize];
        int[] ids = new int[batch * rosterSize];
        for (int start = 0; start < entities; start += BATCH) {
            RankOrder[] orders = rankBatch(a, ranking, start, Math.min(BATCH, entities - start), load, keys, ids);
            for (int j = 0; j < orders.length; j++) {
                int k = start + j;
                int[] team = team(a, k, orders[j], conflicted, load);
                if (team == null) {
                    return k;
                }
                onTeam.accept(k, team);
            }
        }
        return entities;
    }

    /**
     * The first {@code team} eligible inspectors of entity {@code k} in rank order, counted into
     * {@code load}; null when there are fewer. Its own small method so that the JIT compiles it
     * early, from its many calls.
     */
    private static int[] team(Assignment a, int k, RankOrder order, boolean[] conflicted, int[] load) {
        for (int i : a.conflicts()[k]) {
            conflicted[i] = true;
        }
        int[] chosen = new int[a.team()];
        int taken = 0;
        while (taken < chosen.length) {
            int i = order.next();
            if (i < 0) {
                break;
            }
            if (!conflicted[i] && load[i] < a.cap()
                    && !(a.crossOrg() && a.inspectorOrgs()[i] == a.entityOrgs()[k])) {
                chosen[taken++] = i;
            }
        }
        for (int i : a.conflicts()[k]) {
            conflicted[i] = false;
        }
        if (taken < chosen.length) {
            return null;
        }
        for (int i : chosen) {
            load[i]++;
        }
        return chosen;
    }

    /**
     * The rank orders of a batch of entities, hashed on every core, each leaving out the inspectors
     * the walk would certainly skip (see the class comment). Entity {@code j} of the batch keeps its
     * keys and ids in {@code keys} and {@code ids} from {@code j * roster size} on: the two arrays
     * serve every batch of the draw.
     */
    private static RankOrder[] rankBatch(Assignment a, Ranking shared, int start, int count, int[] load,
                                         long[] keys, int[] ids) {
        RankOrder[] orders = new RankOrder[count];
        int rosterSize = a.inspectorIds().size();
        Parallel.forRange(count, RANK_CHUNK, (from, to) -> {
            Ranking ranking = shared.copy();
            int[] candidates = new int[rosterSize];
            for (int j = from; j < to; j++) {
                int k = start + j;
                int sameOrg = a.crossOrg() ? a.entityOrgs()[k] : Integer.MIN_VALUE;
                int n = 0;
                for (int i = 0; i < rosterSize; i++) {
                    if (load[i] < a.cap() && a.inspectorOrgs()[i] != sameOrg) {
                        candidates[n++] = i;
                    }
                }
                orders[j] = ranking.order(a.usccs().get(k), candidates, n, keys, ids, j * rosterSize);
            }
        });
        return orders;
    }
}
