package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;

/** The lazy heap hands out exactly a full sort's order, including the (practically impossible) key ties. */
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
        RankOrder order = new RankOrder(keys, (a, b) -> secondary[a] != secondary[b]
                ? Long.compare(secondary[a], secondary[b]) : Integer.compare(a, b));
        List<Integer> handedOut = new ArrayList<>();
        for (int i = order.next(); i >= 0; i = order.next()) {
            handedOut.add(i);
        }
        List<Integer> sorted = IntStream.range(0, size).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> keys[i]).thenComparingLong(i -> secondary[i])
                        .thenComparingInt(i -> i))
                .toList();
        assertThat(handedOut).containsExactlyElementsOf(sorted);
        assertThat(order.next()).isEqualTo(-1);
    }

    @Test
    void rankingMatchesTheHexRanks() {
        PublishedVector small = PublishedVector.load("small");
        Roster roster = small.roster();
        String seed = small.text("seed");
        String uscc = "91659001MAK4XKB36F";
        RankOrder order = new Ranking(seed, roster).order(uscc);
        List<String> handedOut = new ArrayList<>();
        for (int i = order.next(); i >= 0; i = order.next()) {
            handedOut.add(roster.entry(i).inspectorId());
        }
        assertThat(handedOut).hasSize(roster.size()).isSortedAccordingTo(
                Comparator.comparing(id -> DrawProtocol.rank(seed, uscc, id)));
    }
}
