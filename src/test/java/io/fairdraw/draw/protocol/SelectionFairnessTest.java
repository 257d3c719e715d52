package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Statistical check that the draw is uniform: over 2,000 fixed beacons, every entity of a
 * 20-entity stratum with n_s = 5 is selected with frequency close to 5/20, and every inspector is
 * first in rank equally often. Chi-square goodness of fit at α = 0.001 (generous); deterministic
 * because the beacons are fixed.
 */
class SelectionFairnessTest {

    private static final int DRAWS = 2_000;
    /** χ²(0.999) critical values for 19 and 9 degrees of freedom. */
    private static final double CRITICAL_19 = 43.82;
    private static final double CRITICAL_9 = 27.88;

    @Test
    void everyEntityIsSelectedWithFrequencyNsOverNs() {
        Random random = new Random(20);
        List<FrameEntry> entities = new ArrayList<>();
        while (entities.size() < 20) {
            entities.add(new FrameEntry(Usccs.random(random), "B", "D01"));
        }
        List<RosterEntry> roster = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            roster.add(new RosterEntry("BT-" + i, "D0" + (i % 3)));
        }
        DrawDefinition definition = new DrawDefinition("FAIR-1", Frame.of(entities),
                new DrawParams(List.of(new StratumParams("B", 2_500, 0)), 2, 1, false), Roster.of(roster), Conflicts.none());
        Secret secret = Secret.ofHex("5a".repeat(32));
        Announcement announcement = DrawProtocol.announce(definition, secret);

        Map<String, Integer> selected = new HashMap<>();
        Map<String, Integer> firstInRank = new HashMap<>();
        for (int k = 0; k < DRAWS; k++) {
            DrawResult result = DrawProtocol.execute(definition, announcement, "fairness beacon " + k, secret);
            assertThat(result.selected()).hasSize(5);
            result.selected().forEach(e -> selected.merge(e.uscc(), 1, Integer::sum));
            firstInRank.merge(result.selected().get(0).inspectors().get(0), 1, Integer::sum);
        }

        assertThat(selected).hasSize(20);
        assertThat(chiSquare(selected, 20, DRAWS * 5.0 / 20)).isLessThan(CRITICAL_19);
        assertThat(firstInRank).hasSize(10);
        assertThat(chiSquare(firstInRank, 10, DRAWS / 10.0)).isLessThan(CRITICAL_9);
    }

    private static double chiSquare(Map<String, Integer> observed, int categories, double expected) {
        double sum = 0;
        for (int count : observed.values()) {
            sum += (count - expected) * (count - expected) / expected;
        }
        // Categories never observed contribute (0 - E)² / E each.
        return sum + (categories - observed.size()) * expected;
    }
}
