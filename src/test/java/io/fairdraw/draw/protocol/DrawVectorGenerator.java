package io.fairdraw.draw.protocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Writes this project's own FD-DRAW-1 vectors to src/test/resources/draw-vectors. Runs only on
 * demand; once written, the files are the vectors (tests read them, they never regenerate them):
 *
 * <pre>./mvnw -o test -Dtest=DrawVectorGenerator -Dfairdraw.generateVectors=true</pre>
 */
@EnabledIfSystemProperty(named = "fairdraw.generateVectors", matches = "true")
class DrawVectorGenerator {

    /** 500 entities, five strata with minimums, no cross-office, cap slack 0, three substitutions. */
    static final String FIVE_STRATA = "five-strata-500";
    /** 2,000 entities, team 3, cross-office on, a stratum with no entity, a Chinese beacon. */
    static final String CROSS_OFFICE = "cross-office-2000";

    private record Spec(String name, long seed, String drawId, String taskId, int entities, Map<String, Integer> weights,
                        List<StratumParams> strata, int team, int capSlack, boolean crossOrg, int inspectors, int orgs,
                        double conflictDensity, String beaconSource, String beacon, int[][] substitutionPlan) {
    }

    @Test
    void generate() throws IOException {
        write(new Spec(FIVE_STRATA, 20260407L, "2026-D02-T07-1", "T07", 500,
                Map.of("A", 12, "B", 36, "C", 34, "D", 8, "X", 10),
                List.of(new StratumParams("A", 100, 1), new StratumParams("B", 300, 2), new StratumParams("C", 500, 0),
                        new StratumParams("D", 2000, 3), new StratumParams("X", 300, 2)),
                2, 0, false, 12, 4, 0.08,
                "drand quicknet round 15804321", "drand quicknet round 15804321 randomness ",
                // {selected index, team position}: illness, then a new conflict in the same team, then leave.
                new int[][] {{2, 0}, {2, 1}, {5, 1}}));
        write(new Spec(CROSS_OFFICE, 20260506L, "2026-D05-T12-2", "T12", 2000,
                Map.of("A", 12, "B", 36, "C", 34, "X", 18),
                List.of(new StratumParams("A", 200, 2), new StratumParams("B", 300, 0), new StratumParams("C", 800, 1),
                        new StratumParams("D", 5000, 2), new StratumParams("X", 150, 3)),
                3, 1, true, 30, 5, 0.03,
                "福彩3D 2026-05-06", "福彩3D 2026-05-06 第2026120期 3 8 0 ",
                new int[][] {{0, 2}, {0, 0}, {17, 1}}));
    }

    private static void write(Spec spec) throws IOException {
        Random random = new Random(spec.seed);
        List<String> strataByWeight = new ArrayList<>();
        spec.weights.forEach((stratum, weight) -> {
            for (int i = 0; i < weight; i++) {
                strataByWeight.add(stratum);
            }
        });
        strataByWeight.sort(null);
        List<FrameEntry> frame = new ArrayList<>();
        Set<String> usccs = new HashSet<>();
        while (frame.size() < spec.entities) {
            String uscc = Usccs.random(random);
            if (usccs.add(uscc)) {
                frame.add(new FrameEntry(uscc, strataByWeight.get(random.nextInt(strataByWeight.size())),
                        "D0" + (1 + random.nextInt(spec.orgs))));
            }
        }
        List<RosterEntry> roster = new ArrayList<>();
        for (int i = 0; i < spec.inspectors; i++) {
            roster.add(new RosterEntry(String.format("BT-%02d%02d", 1 + i % spec.orgs, 1 + i / spec.orgs),
                    "D0" + (1 + i % spec.orgs)));
        }
        List<ConflictPair> conflicts = new ArrayList<>();
        for (RosterEntry inspector : roster) {
            for (FrameEntry entity : frame) {
                if (random.nextDouble() < spec.conflictDensity) {
                    conflicts.add(new ConflictPair(inspector.inspectorId(), entity.uscc()));
                }
            }
        }
        byte[] secretBytes = new byte[Secret.BYTES];
        random.nextBytes(secretBytes);
        Secret secret = Secret.ofHex(HexFormat.of().formatHex(secretBytes));
        byte[] beaconTail = new byte[8];
        random.nextBytes(beaconTail);
        String beacon = spec.beacon + HexFormat.of().formatHex(beaconTail);

        DrawDefinition definition = new DrawDefinition(spec.drawId, Frame.of(frame),
                new DrawParams(spec.strata, spec.team, spec.capSlack, spec.crossOrg), Roster.of(roster), Conflicts.of(conflicts));
        Announcement announcement = DrawProtocol.announce(definition, secret);
        DrawResult result = DrawProtocol.execute(definition, announcement, beacon, secret);
        List<Substitution> substitutions = new ArrayList<>();
        for (int[] plan : spec.substitutionPlan) {
            String uscc = result.selected().get(plan[0]).uscc();
            String out = DrawProtocol.currentTeam(result, substitutions, uscc).get(plan[1]);
            substitutions.add(DrawProtocol.substitute(definition, result, substitutions, uscc, out));
        }

        Path directory = PublishedVector.directory(spec.name);
        Files.createDirectories(directory);
        Files.write(directory.resolve("frame.csv"), definition.frame().canonicalBytes());
        Files.writeString(directory.resolve("roster.csv"), definition.roster().canonicalText(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("conflicts.csv"), definition.conflicts().canonicalText(), StandardCharsets.UTF_8);
        Files.writeString(directory.resolve("record.json"),
                PublishedVector.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(
                        record(spec, announcement, beacon, secret, result, substitutions)) + "\n",
                StandardCharsets.UTF_8);
    }

    /** The §4 record, fields in the order of DRAW-PROTOCOL.md. */
    private static Map<String, Object> record(Spec spec, Announcement announcement, String beacon, Secret secret,
                                              DrawResult result, List<Substitution> substitutions) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("protocol", DrawProtocol.PROTOCOL);
        record.put("drawId", announcement.drawId());
        record.put("taskId", spec.taskId);
        record.put("announcedAt", "2026-04-01T09:00:00+08:00");
        record.put("executedAt", "2026-04-02T21:30:00+08:00");
        record.put("frameHash", announcement.frameHash());
        record.put("frameSize", announcement.frameSize());
        List<Map<String, Object>> strata = new ArrayList<>();
        for (StratumOutcome stratum : result.strata()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("stratum", stratum.stratum());
            item.put("size", stratum.size());
            item.put("ratioBp", stratum.ratioBp());
            item.put("min", stratum.min());
            item.put("sample", stratum.sample());
            strata.add(item);
        }
        record.put("strata", strata);
        record.put("team", spec.team);
        record.put("capSlack", spec.capSlack);
        record.put("crossOrg", spec.crossOrg);
        record.put("paramsHash", announcement.paramsHash());
        record.put("rosterHash", announcement.rosterHash());
        record.put("rosterSize", announcement.rosterSize());
        record.put("conflictsHash", announcement.conflictsHash());
        record.put("commitment", announcement.commitment());
        record.put("beaconSource", spec.beaconSource);
        record.put("beacon", beacon);
        record.put("secret", secret.hex());
        record.put("seed", result.seed());
        List<Map<String, Object>> selected = new ArrayList<>();
        for (SelectedEntity entity : result.selected()) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("uscc", entity.uscc());
            item.put("stratum", entity.stratum());
            item.put("ticket", entity.ticket());
            item.put("orgCode", entity.orgCode());
            item.put("inspectors", entity.inspectors());
            selected.add(item);
        }
        record.put("selected", selected);
        String[] reasons = {"illness", "newly declared conflict", "leave"};
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < substitutions.size(); i++) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("uscc", substitutions.get(i).uscc());
            item.put("out", substitutions.get(i).out());
            item.put("in", substitutions.get(i).in());
            item.put("reason", reasons[i % reasons.length]);
            item.put("at", "2026-04-0" + (3 + i) + "T10:00:00+08:00");
            events.add(item);
        }
        record.put("substitutions", events);
        return record;
    }
}
