package io.fairdraw.draw.protocol;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * FD-DRAW-1 §2a: per stratum, entities ordered by {@code ticket} ascending (ties by USCC), the
 * first {@code n_s} selected; all selected together in ticket order form the selection order.
 */
final class EntitySelection {

    /** A selected entity: its position in the frame (= USCC order) and its full ticket. */
    record Pick(int frameIndex, byte[] ticket) {
    }

    record Outcome(List<StratumOutcome> strata, List<Pick> order) {
    }

    /** Ticket ascending as unsigned big-endian bytes (= hex order), then USCC (= frame index). */
    static final Comparator<Pick> TICKET_ORDER = (a, b) -> {
        int byTicket = Arrays.compareUnsigned(a.ticket, b.ticket);
        return byTicket != 0 ? byTicket : Integer.compare(a.frameIndex, b.frameIndex);
    };

    private static final int MIN_PARALLEL_CHUNK = 16_384;

    private EntitySelection() {
    }

    static Outcome select(Frame frame, DrawParams params, String seed) {
        byte[] prefix = (seed + "\nE\n").getBytes(StandardCharsets.US_ASCII);
        List<StratumParams> strata = params.strata();
        int[] paramsIndexOf = new int[frame.strata().size()];
        for (int f = 0; f < paramsIndexOf.length; f++) {
            String name = frame.strata().get(f);
            paramsIndexOf[f] = indexOf(strata, name);
            if (paramsIndexOf[f] < 0) {
                throw new ProtocolException("params.stratum-without-ratio", name);
            }
        }
        int[][] members = membersByStratum(frame, paramsIndexOf, strata.size());
        int[] counts = new int[strata.size()];
        for (int s = 0; s < strata.size(); s++) {
            counts[s] = members[s].length;
        }

        long[] keys = orderKeys(frame, prefix);
        PrefixedSha256 hasher = new PrefixedSha256(prefix);
        List<StratumOutcome> outcomes = new ArrayList<>();
        List<Pick> order = new ArrayList<>();
        for (int s = 0; s < strata.size(); s++) {
            StratumParams stratum = strata.get(s);
            int sample = stratum.sampleSize(counts[s]);
            outcomes.add(new StratumOutcome(stratum.stratum(), counts[s], stratum.ratioBp(), stratum.min(), sample));
            order.addAll(firstByTicket(frame, members[s], keys, sample, hasher));
        }
        order.sort(TICKET_ORDER);
        return new Outcome(List.copyOf(outcomes), List.copyOf(order));
    }

    /**
     * The frame indexes of each stratum's members, ascending. The loops over the whole frame sit
     * in this small method, not in {@link #select}: a draw runs rarely, and the JIT compiled the
     * long method anew, and at length, in each of the first draws (bench/draw, -XX:+PrintCompilation).
     */
    private static int[][] membersByStratum(Frame frame, int[] paramsIndexOf, int strata) {
        int size = frame.size();
        int[] counts = new int[strata];
        for (int i = 0; i < size; i++) {
            counts[paramsIndexOf[frame.stratumIndex(i)]]++;
        }
        int[][] members = new int[strata][];
        for (int s = 0; s < strata; s++) {
            members[s] = new int[counts[s]];
        }
        int[] filled = new int[strata];
        for (int i = 0; i < size; i++) {
            int s = paramsIndexOf[frame.stratumIndex(i)];
            members[s][filled[s]++] = i;
        }
        return members;
    }

    private static int indexOf(List<StratumParams> strata, String name) {
        for (int s = 0; s < strata.size(); s++) {
            if (strata.get(s).stratum().equals(name)) {
                return s;
            }
        }
        return -1;
    }

    /**
     * The first {@code sample} members by full ticket. Only members whose 8-byte key is at most
     * the {@code sample}-th smallest key can be among them; those few get their full ticket and
     * an exact sort, so equal 8-byte prefixes are still ordered by the whole hash.
     */
    private static List<Pick> firstByTicket(Frame frame, int[] members, long[] keys, int sample,
                                            PrefixedSha256 hasher) {
        if (sample == 0) {
            return List.of();
        }
        long[] memberKeys = new long[members.length];
        for (int j = 0; j < members.length; j++) {
            memberKeys[j] = keys[members[j]];
        }
        long threshold = smallest(memberKeys, sample - 1);
        List<Pick> candidates = new ArrayList<>(sample + 4);
        for (int index : members) {
            if (keys[index] <= threshold) {
                byte[] ticket = new byte[PrefixedSha256.LENGTH];
                hasher.hash(frame.text(), frame.usccOffset(index), frame.usccLength(index), ticket, 0);
                candidates.add(new Pick(index, ticket));
            }
        }
        candidates.sort(TICKET_ORDER);
        return candidates.subList(0, sample);
    }

    /**
     * The {@code k}-th smallest value (0-based) of {@code values}, which it reorders: quickselect,
     * linear on average where a full sort of a 400,000-entity stratum is not. The keys are hash
     * prefixes, so no input can make the middle pivot degenerate other than by chance.
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

    /**
     * Ticket order keys of every entity, hashed in parallel chunks with one digest per chunk; the
     * USCC bytes come straight from the canonical frame text.
     */
    private static long[] orderKeys(Frame frame, byte[] prefix) {
        long[] keys = new long[frame.size()];
        byte[] text = frame.text();
        Parallel.forRange(frame.size(), MIN_PARALLEL_CHUNK, (from, to) -> {
            PrefixedSha256 hasher = new PrefixedSha256(prefix);
            byte[] hash = new byte[PrefixedSha256.LENGTH];
            for (int i = from; i < to; i++) {
                hasher.hash(text, frame.usccOffset(i), frame.usccLength(i), hash, 0);
                keys[i] = PrefixedSha256.orderKey(hash, 0);
            }
        });
        return keys;
    }
}
