package io.fairdraw.draw.protocol;

import io.fairdraw.draw.protocol.engine.DrawEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * FD-DRAW-1 §2a: per stratum, entities ordered by {@code ticket} ascending (ties by USCC), the
 * first {@code n_s} selected; all selected together in ticket order form the selection order.
 * The tickets of a stratum are the engine's work ({@link DrawEngine#firstByTicket}).
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

    private EntitySelection() {
    }

    static Outcome select(Frame frame, DrawParams params, String seed) {
        return select(frame, params, seed, DrawEngine.fast());
    }

    static Outcome select(Frame frame, DrawParams params, String seed, DrawEngine engine) {
        List<StratumParams> strata = params.strata();
        int[] paramsIndexOf = new int[frame.strata().size()];
        for (int f = 0; f < paramsIndexOf.length; f++) {
            String name = frame.strata().get(f);
            paramsIndexOf[f] = indexOf(strata, name);
            if (paramsIndexOf[f] < 0) {
                // §1: every stratum that occurs in the frame must have a ratio.
                throw new ProtocolException("params.stratum-without-ratio", name);
            }
        }
        int[][] members = membersByStratum(frame, paramsIndexOf, strata.size());
        List<StratumOutcome> outcomes = new ArrayList<>();
        List<Pick> order = new ArrayList<>();
        for (int s = 0; s < strata.size(); s++) {
            StratumParams stratum = strata.get(s);
            int size = members[s].length;
            int sample = stratum.sampleSize(size);
            outcomes.add(new StratumOutcome(stratum.stratum(), size, stratum.ratioBp(), stratum.min(), sample));
            for (DrawEngine.Ticket t : engine.firstByTicket(seed, frame.codes(), members[s], sample)) {
                order.add(new Pick(t.entity(), t.hash()));
            }
        }
        order.sort(TICKET_ORDER);
        return new Outcome(List.copyOf(outcomes), List.copyOf(order));
    }

    /**
     * The frame indexes of each stratum's members, ascending. The loops over the whole frame sit
     * in this small method, not in {@link #select}, so that the JIT compiles them early.
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
}
