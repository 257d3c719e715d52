package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import io.fairdraw.draw.protocol.engine.DrawEngine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fast engine ({@link DrawEngine#fast()}) answers byte for byte as the reference
 * ({@link ReferenceEngine}, FD-DRAW-1 §2a and §2b as written): at the seam, on seeded random and
 * edge inputs (empty frame, one entity, whole strata, empty strata, many strata, 100,000
 * entities, failing walks), and on whole draws run through {@link DrawProtocol#execute}.
 */
class DrawEngineEquivalenceTest {

    private static final DrawEngine FAST = DrawEngine.fast();
    private static final DrawEngine REFERENCE = ReferenceEngine.INSTANCE;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void wholeDrawsAreTheSameOnBothEnginesIncludingFailures(long seed) throws Exception {
        RandomDraws.Case draw = RandomDraws.generate(seed);
        assertThat(execute(draw.definition(), draw.beacon(), draw.secret(), FAST))
                .isEqualTo(execute(draw.definition(), draw.beacon(), draw.secret(), REFERENCE));
    }

    @Test
    void aDrawOfOneHundredThousandEntitiesIsTheSameOnBothEngines() throws Exception {
        Random random = new Random(100_000);
        Frame frame = frame(random, 100_000, 4);
        List<StratumParams> strata = new ArrayList<>();
        for (String stratum : frame.stratumSizes().keySet()) {
            strata.add(new StratumParams(stratum, 300, 0));
        }
        List<RosterEntry> roster = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            roster.add(new RosterEntry(String.format("XJ-%04d", i), "D" + (1 + i % 14)));
        }
        List<ConflictPair> conflicts = new ArrayList<>();
        for (int c = 0; c < 1_000; c++) {
            conflicts.add(new ConflictPair(String.format("XJ-%04d", random.nextInt(300)),
                    frame.entries().get(random.nextInt(frame.size())).uscc()));
        }
        DrawDefinition definition = new DrawDefinition("E-100000", frame, new DrawParams(strata, 2, 1, true),
                Roster.of(roster), Conflicts.of(conflicts));
        Secret secret = Secret.ofHex("ab".repeat(Secret.BYTES));
        Object fast = execute(definition, "beacon 7", secret, FAST);
        assertThat(fast).isInstanceOf(Executed.class);
        assertThat(((Executed) fast).result().selected()).hasSizeBetween(3_000, 3_003); // ceil per stratum
        assertThat(fast).isEqualTo(execute(definition, "beacon 7", secret, REFERENCE));
    }

    @ParameterizedTest(name = "{0} entities in {1} strata")
    @CsvSource({"0, 1", "1, 1", "2, 1", "3, 2", "17, 5", "1000, 5", "1000, 60", "100000, 4", "100000, 30"})
    void ticketsOfEveryStratumAreTheSameForEverySampleSize(int size, int strataCount) {
        Random random = new Random(31L * size + strataCount);
        Frame frame = frame(random, size, strataCount);
        String seed = Sha256.of("tickets " + size + " " + strataCount);
        for (int s = 0; s < frame.strata().size(); s++) {
            int stratum = s;
            int[] members = IntStream.range(0, frame.size()).filter(i -> frame.stratumIndex(i) == stratum).toArray();
            // None, one, a ratio's worth, all but one, all: the edges of n_s.
            for (int sample : new int[] {0, 1, members.length * 3 / 100, members.length / 2, members.length - 1,
                    members.length}) {
                if (sample < 0 || sample > members.length) {
                    continue;
                }
                assertThat(tickets(FAST.firstByTicket(seed, frame.codes(), members, sample)))
                        .as("stratum %s, sample %d of %d", frame.strata().get(s), sample, members.length)
                        .containsExactlyElementsOf(tickets(REFERENCE.firstByTicket(seed, frame.codes(), members, sample)));
            }
        }
    }

    @Test
    void anEmptyStratumSelectsNothingOnBothEngines() {
        Frame frame = frame(new Random(1), 10, 1);
        assertThat(FAST.firstByTicket(Sha256.EMPTY, frame.codes(), new int[0], 0)).isEmpty();
        assertThat(REFERENCE.firstByTicket(Sha256.EMPTY, frame.codes(), new int[0], 0)).isEmpty();
    }

    /**
     * The §2b walk at the seam over random inputs, many of them tight (small cap, few inspectors,
     * dense conflicts, one org) so that walks also stop at an entity that cannot be staffed, and
     * with more entities than the fast engine's batch, so that loads carry from batch to batch.
     */
    @RepeatedTest(150)
    void theWalkHandsOutTheSameTeamsAndStopsAtTheSameEntity(RepetitionInfo repetition) {
        Random random = new Random(repetition.getCurrentRepetition());
        int rosterSize = random.nextInt(8) == 0 ? random.nextInt(3) : 1 + random.nextInt(random.nextBoolean() ? 12 : 300);
        int entities = random.nextInt(6) == 0 ? random.nextInt(3) : random.nextInt(random.nextBoolean() ? 50 : 5_000);
        // At most 300,000 ranks for the reference, which sorts hex strings: small rosters cross batches.
        entities = Math.min(entities, 300_000 / Math.max(1, rosterSize));
        int orgs = 1 + random.nextInt(5);
        int team = 1 + random.nextInt(4);
        int cap = rosterSize == 0 ? 0 : (int) Math.ceil((double) team * entities / rosterSize) + random.nextInt(3)
                - (random.nextInt(4) == 0 ? 1 : 0);
        List<String> usccs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        while (usccs.size() < entities) {
            String uscc = Usccs.random(random);
            if (seen.add(uscc)) {
                usccs.add(uscc);
            }
        }
        int[] entityOrgs = IntStream.range(0, entities).map(k -> random.nextInt(orgs + 1)).toArray();
        List<String> ids = IntStream.range(0, rosterSize).mapToObj(i -> String.format("BT-%05d", i)).toList();
        int[] inspectorOrgs = IntStream.range(0, rosterSize).map(i -> random.nextInt(orgs)).toArray();
        double density = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.3;
        int[][] conflicts = new int[entities][];
        for (int k = 0; k < entities; k++) {
            conflicts[k] = IntStream.range(0, rosterSize).filter(i -> random.nextDouble() < density).toArray();
        }
        DrawEngine.Assignment assignment = new DrawEngine.Assignment(Sha256.of("walk " + repetition.getCurrentRepetition()),
                usccs, entityOrgs, conflicts, ids, inspectorOrgs, team, cap, random.nextBoolean());
        List<String> fastTeams = new ArrayList<>();
        List<String> referenceTeams = new ArrayList<>();
        int fast = FAST.assign(assignment, (k, t) -> fastTeams.add(k + ":" + java.util.Arrays.toString(t)));
        int reference = REFERENCE.assign(assignment, (k, t) -> referenceTeams.add(k + ":" + java.util.Arrays.toString(t)));
        assertThat(fast).isEqualTo(reference);
        assertThat(fastTeams).containsExactlyElementsOf(referenceTeams);
        assertThat(fastTeams).hasSize(reference);
    }

    record Executed(DrawResult result, List<SelectedEntity> streamed) {
    }

    record Failed(String code, String uscc, EligibilityRule rule, int available, int needed) {
    }

    /** The draw's result and what it streamed, or its failure, on the given engine. */
    private static Object execute(DrawDefinition definition, String beacon, Secret secret, DrawEngine engine)
            throws Exception {
        Announcement announced = DrawProtocol.announce(definition, secret);
        List<SelectedEntity> streamed = new ArrayList<>();
        Callable<DrawResult> run = () -> DrawProtocol.execute(definition, announced, beacon, secret, streamed::add, engine);
        try {
            return new Executed(run.call(), streamed);
        } catch (DrawFailure failure) {
            return new Failed(failure.code(), failure.uscc(), failure.rule(), failure.available(), failure.needed());
        }
    }

    private static List<String> tickets(List<DrawEngine.Ticket> tickets) {
        return tickets.stream().map(t -> t.entity() + ":" + HexFormat.of().formatHex(t.hash())).toList();
    }

    /** A frame of {@code size} realistic USCCs in {@code strataCount} strata (A…Z, AA…), in random input order. */
    static Frame frame(Random random, int size, int strataCount) {
        List<String> strata = IntStream.range(0, strataCount).mapToObj(DrawEngineEquivalenceTest::stratumName).toList();
        FrameBuilder builder = Frame.builder(size);
        Set<String> seen = new HashSet<>();
        while (seen.size() < size) {
            String uscc = Usccs.random(random);
            if (seen.add(uscc)) {
                builder.add(uscc, strata.get(random.nextInt(strataCount)), "D" + (1 + random.nextInt(14)));
            }
        }
        return builder.build();
    }

    private static String stratumName(int index) {
        String name = "";
        for (int i = index; ; i = i / 26 - 1) {
            name = (char) ('A' + i % 26) + name;
            if (i < 26) {
                return name;
            }
        }
    }
}
