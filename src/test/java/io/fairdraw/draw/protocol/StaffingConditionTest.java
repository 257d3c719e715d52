package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 17 item 5: the sufficient staffing condition. A draw that passes it never fails in §2b,
 * whatever the beacon (property, seeded); a draw that fails it is named with its worst entity,
 * shortfall and the smallest cap slack that would pass.
 */
class StaffingConditionTest {

    private static final int CASES = 300;
    private static final int BEACONS = 50;

    /** Small random draws with conflicts: 1–40 entities, 3–16 inspectors in 1–3 orgs, team 2–3, slack 0–6. */
    static DrawDefinition generate(long seed) {
        Random random = new Random(seed);
        int orgs = 1 + random.nextInt(3);
        List<FrameEntry> frame = new ArrayList<>();
        Set<String> usccs = new HashSet<>();
        int size = 1 + random.nextInt(40);
        List<String> strata = List.of("A", "B", "X");
        while (frame.size() < size) {
            String uscc = Usccs.random(random);
            if (usccs.add(uscc)) {
                frame.add(new FrameEntry(uscc, strata.get(random.nextInt(3)), "O" + random.nextInt(orgs)));
            }
        }
        List<StratumParams> params = new ArrayList<>();
        for (String s : strata) {
            params.add(new StratumParams(s, random.nextInt(4) == 0 ? 0 : random.nextInt(10_001), random.nextInt(3)));
        }
        List<RosterEntry> roster = new ArrayList<>();
        int rosterSize = 3 + random.nextInt(14);
        for (int i = 0; i < rosterSize; i++) {
            roster.add(new RosterEntry(String.format("BT-%03d", i), "O" + random.nextInt(orgs)));
        }
        List<ConflictPair> conflicts = new ArrayList<>();
        double density = 0.02 + random.nextDouble() * 0.15;
        for (RosterEntry r : roster) {
            for (FrameEntry e : frame) {
                if (random.nextDouble() < density) {
                    conflicts.add(new ConflictPair(r.inspectorId(), e.uscc()));
                }
            }
        }
        if (conflicts.isEmpty()) {
            conflicts.add(new ConflictPair(roster.get(0).inspectorId(), frame.get(0).uscc()));
        }
        return new DrawDefinition("S-" + seed, Frame.of(frame), new DrawParams(params, 2 + random.nextInt(2),
                random.nextInt(7), orgs > 1 && random.nextBoolean()), Roster.of(roster), Conflicts.of(conflicts));
    }

    /** The first 300 generated draws that pass the condition (and sample something). */
    static Stream<Long> passingSeeds() {
        return LongStream.iterate(1, s -> s + 1).limit(100_000)
                .filter(s -> {
                    StaffingCondition.Result r = StaffingCondition.check(generate(s));
                    return r.holds() && r.uscc() != null;
                }).limit(CASES).boxed();
    }

    @ParameterizedTest(name = "draw {0}")
    @MethodSource("passingSeeds")
    @DisplayName("满足充分条件的抽取：50 个 beacon 中无一失败")
    void aDrawThatPassesNeverFails(long seed) {
        DrawDefinition definition = generate(seed);
        Secret secret = Secret.ofHex(HexFormat.of().formatHex(bytes(seed)));
        Announcement announced = DrawProtocol.announce(definition, secret);
        for (int b = 0; b < BEACONS; b++) {
            DrawResult result = DrawProtocol.execute(definition, announced, "beacon " + seed + "/" + b, secret);
            assertThat(result.selected()).allSatisfy(e -> assertThat(e.inspectors()).hasSize(definition.params().team()));
        }
    }

    @Test
    @DisplayName("300 个满足条件的随机小抽取确实存在，且不满足条件的抽取中有真实失败（性质测试不是空转）")
    void thePropertyIsNotVacuous() {
        assertThat(passingSeeds().count()).isEqualTo(CASES);
        int failures = 0;
        for (long s = 1; s <= 400; s++) {
            DrawDefinition d = generate(s);
            if (StaffingCondition.check(d).holds()) {
                continue;
            }
            Secret secret = Secret.ofHex(HexFormat.of().formatHex(bytes(s)));
            try {
                DrawProtocol.execute(d, DrawProtocol.announce(d, secret), "b" + s, secret);
            } catch (DrawFailure e) {
                failures++;
            }
        }
        assertThat(failures).isPositive();
    }

    @Test
    @DisplayName("不满足条件时指出最差检查对象、缺口与能通过的最小 cap slack；用该 slack 即通过，少 1 则不通过")
    void aFailingConditionNamesTheEntityShortfallAndSlack() {
        // 10 entities of org O1, team 2, 4 inspectors: cap = ceil(20/4) = 5, ⌊2·9/5⌋ = 3 at cap, eligible 4.
        List<FrameEntry> frame = new ArrayList<>();
        Random random = new Random(7);
        while (frame.size() < 10) {
            frame.add(new FrameEntry(Usccs.random(random), "A", "O1"));
        }
        List<RosterEntry> roster = List.of(new RosterEntry("I1", "O1"), new RosterEntry("I2", "O1"),
                new RosterEntry("I3", "O2"), new RosterEntry("I4", "O2"));
        DrawDefinition d = definition(frame, roster, 0);
        StaffingCondition.Result r = StaffingCondition.check(d);
        assertThat(r.holds()).isFalse();
        assertThat(r.eligible()).isEqualTo(4);
        assertThat(r.atCap()).isEqualTo(3);
        assertThat(r.shortfall()).isEqualTo(1);
        assertThat(r.orgCode()).isEqualTo("O1");
        // m = 4 − 2 = 2: cap ≥ ⌊18/3⌋ + 1 = 7, base 5, so slack 2.
        assertThat(r.smallestCapSlack()).isEqualTo(2);
        assertThat(StaffingCondition.check(definition(frame, roster, 2)).holds()).isTrue();
        assertThat(StaffingCondition.check(definition(frame, roster, 1)).holds()).isFalse();

        // A conflict leaves one entity 1 eligible < T: no slack helps.
        List<ConflictPair> pairs = List.of(new ConflictPair("I1", frame.get(3).uscc()),
                new ConflictPair("I2", frame.get(3).uscc()), new ConflictPair("I3", frame.get(3).uscc()));
        DrawDefinition conflicted = new DrawDefinition("T", Frame.of(frame), d.params(), Roster.of(roster),
                Conflicts.of(pairs));
        StaffingCondition.Result worst = StaffingCondition.check(conflicted);
        assertThat(worst.uscc()).isEqualTo(frame.get(3).uscc());
        assertThat(worst.eligible()).isEqualTo(1);
        assertThat(worst.smallestCapSlack()).isEqualTo(-1);
    }

    @Test
    @DisplayName("所所交叉：同所人员不计入；同所且回避的人员只扣一次")
    void crossOfficeCountsOtherOrgsOnceEach() {
        List<FrameEntry> frame = List.of(new FrameEntry(Usccs.random(new Random(3)), "A", "O1"));
        List<RosterEntry> roster = List.of(new RosterEntry("I1", "O1"), new RosterEntry("I2", "O2"),
                new RosterEntry("I3", "O2"), new RosterEntry("I4", "O3"));
        DrawDefinition d = new DrawDefinition("T", Frame.of(frame),
                new DrawParams(List.of(new StratumParams("A", 10_000, 0)), 2, 0, true), Roster.of(roster),
                Conflicts.of(List.of(new ConflictPair("I1", frame.get(0).uscc()),
                        new ConflictPair("I2", frame.get(0).uscc()))));
        assertThat(StaffingCondition.check(d).eligible()).isEqualTo(2);
        assertThat(StaffingCondition.check(d).holds()).isTrue();
    }

    private static DrawDefinition definition(List<FrameEntry> frame, List<RosterEntry> roster, int slack) {
        return new DrawDefinition("T", Frame.of(frame),
                new DrawParams(List.of(new StratumParams("A", 10_000, 0)), 2, slack, false), Roster.of(roster),
                Conflicts.none());
    }

    private static byte[] bytes(long seed) {
        byte[] secret = new byte[Secret.BYTES];
        new Random(seed ^ 0x5DEECE66DL).nextBytes(secret);
        return secret;
    }
}
