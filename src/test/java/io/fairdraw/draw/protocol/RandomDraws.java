package io.fairdraw.draw.protocol;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generator of whole draws for the property tests: frames of 0–300 entities over a random
 * subset of A–D/X, random ratios and minimums, rosters of 0–24 inspectors in 1–4 orgs, conflicts
 * of random density (some naming people or entities outside the draw), team 2–4, cap slack 0–2,
 * cross-office on or off. Tight rosters make some draws fail, so both outcomes are exercised.
 */
final class RandomDraws {

    static final List<String> STRATA = List.of("A", "B", "C", "D", "X");
    private static final int[] RATIOS = {0, 100, 300, 1000, 2500, 5000, 10_000};

    record Case(String drawId, List<FrameEntry> frame, List<StratumParams> strata, int team, int capSlack,
                boolean crossOrg, List<RosterEntry> roster, List<ConflictPair> conflicts, String beacon, Secret secret) {

        DrawParams params() {
            return new DrawParams(strata, team, capSlack, crossOrg);
        }

        DrawDefinition definition() {
            return new DrawDefinition(drawId, Frame.of(frame), params(), Roster.of(roster), Conflicts.of(conflicts));
        }

        VerifyReference.Result reference() {
            return VerifyReference.run(drawId, frame, strata, team, capSlack, crossOrg, roster, conflicts, beacon, secret.hex());
        }

        /** Announce and execute with the fast implementation. */
        DrawResult execute() {
            DrawDefinition definition = definition();
            return DrawProtocol.execute(definition, DrawProtocol.announce(definition, secret), beacon, secret);
        }
    }

    private RandomDraws() {
    }

    static Case generate(long seed) {
        Random random = new Random(seed);
        List<String> strata = new ArrayList<>(STRATA);
        Collections.shuffle(strata, random);
        strata = new ArrayList<>(strata.subList(0, 1 + random.nextInt(STRATA.size())));
        // Params may name a stratum absent from the frame (N_s = 0); never the other way round.
        List<String> frameStrata = strata.size() > 1 && random.nextBoolean() ? strata.subList(1, strata.size()) : strata;
        List<StratumParams> params = new ArrayList<>();
        for (String stratum : strata) {
            int ratio = random.nextBoolean() ? RATIOS[random.nextInt(RATIOS.length)] : random.nextInt(10_001);
            params.add(new StratumParams(stratum, ratio, random.nextInt(6)));
        }
        int orgCount = 1 + random.nextInt(4);
        int size = random.nextInt(4) == 0 ? random.nextInt(5) : random.nextInt(301);
        List<FrameEntry> frame = new ArrayList<>();
        Set<String> usccs = new HashSet<>();
        while (frame.size() < size) {
            String uscc = Usccs.random(random);
            if (usccs.add(uscc)) {
                frame.add(new FrameEntry(uscc, frameStrata.get(random.nextInt(frameStrata.size())), org(random, orgCount)));
            }
        }
        int rosterSize = random.nextInt(10) == 0 ? random.nextInt(3) : 2 + random.nextInt(23);
        List<RosterEntry> roster = new ArrayList<>();
        for (int i = 0; i < rosterSize; i++) {
            // Ids unique (disjoint ranges) but not dense, so roster order is not generation order.
            roster.add(new RosterEntry(String.format("BT-%04d", i * 7 + random.nextInt(7)), org(random, orgCount)));
        }
        double density = random.nextInt(3) == 0 ? 0 : random.nextDouble() * 0.4;
        List<ConflictPair> conflicts = new ArrayList<>();
        for (RosterEntry inspector : roster) {
            for (FrameEntry entity : frame) {
                if (random.nextDouble() < density) {
                    conflicts.add(new ConflictPair(inspector.inspectorId(), entity.uscc()));
                }
            }
        }
        if (random.nextBoolean()) {
            conflicts.add(new ConflictPair("BT-9999", Usccs.random(random)));
        }
        byte[] secret = new byte[Secret.BYTES];
        random.nextBytes(secret);
        return new Case("P-" + seed, frame, params, 2 + random.nextInt(3), random.nextInt(3), random.nextBoolean(),
                roster, conflicts, "beacon " + random.nextInt(1_000_000), Secret.ofHex(HexFormat.of().formatHex(secret)));
    }

    private static String org(Random random, int orgCount) {
        return "D0" + (1 + random.nextInt(orgCount));
    }
}
