package io.fairdraw.draw.protocol.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.draw.protocol.DrawProtocol;
import io.fairdraw.draw.protocol.Sha256;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Random;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntBinaryOperator;
import java.util.stream.IntStream;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/**
 * The lazy order (linear scans for the first {@link RankOrder#SCANS}, then a heap) hands out exactly
 * a full sort's order, including the (practically impossible) key ties, for the whole roster and for
 * a subset of it.
 */
class RankOrderTest {

    @RepeatedTest(200)
    void handsOutTheSortedOrderWithTiesBrokenByTheTieBreak(RepetitionInfo repetition) {
        SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
        int size = random.nextInt(40);
        long[] keys = new long[size];
        // Few distinct keys force many ties; the tie-break orders by a secondary value, then index.
        long[] secondary = new long[size];
        for (int i = 0; i < size; i++) {
            keys[i] = random.nextInt(4) - 2;
            secondary[i] = random.nextInt(3);
        }
        IntBinaryOperator tieBreak = (a, b) -> secondary[a] != secondary[b]
                ? Long.compare(secondary[a], secondary[b]) : Integer.compare(a, b);
        List<Integer> sorted = IntStream.range(0, size).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> keys[i]).thenComparingLong(i -> secondary[i])
                        .thenComparingInt(i -> i))
                .toList();
        RankOrder whole = new RankOrder(keys.clone(), tieBreak);
        assertThat(handOut(whole)).containsExactlyElementsOf(sorted);
        assertThat(whole.next()).isEqualTo(-1);

        // A subset: keys[k] belongs to roster index ids[k]; the order is the sorted order without the others.
        int[] ids = IntStream.range(0, size).filter(i -> random.nextInt(3) > 0).toArray();
        long[] subsetKeys = new long[ids.length];
        for (int k = 0; k < ids.length; k++) {
            subsetKeys[k] = keys[ids[k]];
        }
        List<Integer> members = IntStream.of(ids).boxed().toList();
        RankOrder subset = new RankOrder(subsetKeys, ids.clone(), tieBreak);
        assertThat(handOut(subset)).containsExactlyElementsOf(sorted.stream().filter(members::contains).toList());
        assertThat(subset.next()).isEqualTo(-1);
    }

    private static List<Integer> handOut(RankOrder order) {
        List<Integer> handedOut = new ArrayList<>();
        for (int i = order.next(); i >= 0; i = order.next()) {
            handedOut.add(i);
        }
        return handedOut;
    }

    @Test
    void rankingMatchesTheHexRanks() {
        String seed = Sha256.of("rank order");
        String uscc = "91659001MAK4XKB36F";
        List<String> roster = IntStream.range(0, 300).mapToObj(i -> String.format("XJ-%04d", i)).toList();
        RankOrder order = new Ranking(seed, roster).order(uscc);
        List<String> handedOut = new ArrayList<>();
        for (int i = order.next(); i >= 0; i = order.next()) {
            handedOut.add(roster.get(i));
        }
        assertThat(handedOut).hasSize(roster.size()).isSortedAccordingTo(
                Comparator.comparing(id -> DrawProtocol.rank(seed, uscc, id)));
    }

    @Test
    void quickselectFindsTheKthSmallest() {
        Random random = new Random(3);
        for (int round = 0; round < 300; round++) {
            int size = 1 + random.nextInt(200);
            long[] values = new long[size];
            for (int i = 0; i < size; i++) {
                // Few distinct values in some rounds: ties around the pivot.
                values[i] = round % 2 == 0 ? random.nextLong() : random.nextInt(5) - 2;
            }
            long[] sorted = values.clone();
            Arrays.sort(sorted);
            int k = random.nextInt(size);
            assertThat(FastEngine.smallest(values.clone(), k)).isEqualTo(sorted[k]);
        }
    }
}
