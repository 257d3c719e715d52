package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * §2b: fewer than T eligible inspectors fails the draw as a whole, naming the entity and the
 * first rule after which too few remain (roster, conflict, cap, cross_org — in rule order).
 */
class AssignmentFailureTest {

    private static final Secret SECRET = Secret.ofHex("c3".repeat(32));
    private static final List<FrameEntry> THREE = List.of(new FrameEntry("91A", "A", "D01"),
            new FrameEntry("91B", "A", "D01"), new FrameEntry("91C", "A", "D01"));

    @Test
    void rosterSmallerThanTheTeam() {
        DrawFailure failure = fail(List.of(THREE.get(0)), List.of(new RosterEntry("a", "D02")), List.of(), 0, false);
        assertThat(failure.rule()).isEqualTo(EligibilityRule.ROSTER);
        assertThat(failure.uscc()).isEqualTo("91A");
        assertThat(failure.available()).isEqualTo(1);
        assertThat(failure.needed()).isEqualTo(2);
        assertThat(failure.getMessage()).isEqualTo("assignment.exhausted: entity \"91A\" rule roster (available 1, needed 2)");
    }

    @Test
    void emptyRoster() {
        DrawFailure failure = fail(List.of(THREE.get(0)), List.of(), List.of(), 0, false);
        assertThat(failure.rule()).isEqualTo(EligibilityRule.ROSTER);
        assertThat(failure.available()).isZero();
    }

    @Test
    void conflictsLeaveTooFew() {
        DrawFailure failure = fail(List.of(THREE.get(0)), roster("D02", "D02", "D02"),
                List.of(new ConflictPair("a", "91A"), new ConflictPair("b", "91A")), 0, false);
        assertThat(failure.rule()).isEqualTo(EligibilityRule.CONFLICT);
        assertThat(failure.uscc()).isEqualTo("91A");
        assertThat(failure.available()).isEqualTo(1);
    }

    @Test
    void capRunsOutOnTheLastEntity() {
        // slots 6, roster 3 → cap 2. c conflicts with everyone: the first two entities take a and b
        // to the cap, the third finds a and b full and c in conflict.
        List<ConflictPair> conflicts = List.of(new ConflictPair("c", "91A"), new ConflictPair("c", "91B"),
                new ConflictPair("c", "91C"));
        DrawDefinition definition = definition(THREE, roster("D02", "D02", "D02"), conflicts, 0, false);
        String seed = DrawProtocol.seed(DrawProtocol.announce(definition, SECRET), "beacon", SECRET);
        String last = THREE.stream().map(FrameEntry::uscc)
                .max(Comparator.comparing(uscc -> DrawProtocol.ticket(seed, uscc))).orElseThrow();

        DrawFailure failure = fail(definition);
        assertThat(failure.rule()).isEqualTo(EligibilityRule.CAP);
        assertThat(failure.uscc()).isEqualTo(last);
        assertThat(failure.available()).isZero();
    }

    @Test
    void capSlackAvoidsThatFailure() {
        List<ConflictPair> conflicts = List.of(new ConflictPair("c", "91A"), new ConflictPair("c", "91B"),
                new ConflictPair("c", "91C"));
        DrawDefinition definition = definition(THREE, roster("D02", "D02", "D02"), conflicts, 1, false);
        DrawResult result = DrawProtocol.execute(definition, DrawProtocol.announce(definition, SECRET), "beacon", SECRET);
        assertThat(result.cap()).isEqualTo(3);
        assertThat(result.selected()).allSatisfy(e -> assertThat(e.inspectors()).containsExactlyInAnyOrder("a", "b"));
    }

    @Test
    void crossOfficeLeavesTooFew() {
        DrawFailure failure = fail(List.of(THREE.get(0)), roster("D01", "D01", "D02"), List.of(), 0, true);
        assertThat(failure.rule()).isEqualTo(EligibilityRule.CROSS_ORG);
        assertThat(failure.uscc()).isEqualTo("91A");
        assertThat(failure.available()).isEqualTo(1);
    }

    @Test
    void noSelectedEntityNeedsNoRoster() {
        DrawDefinition definition = new DrawDefinition("F-0", Frame.of(THREE),
                new DrawParams(List.of(new StratumParams("A", 0, 0)), 2, 0, true), Roster.of(List.of()), Conflicts.none());
        DrawResult result = DrawProtocol.execute(definition, DrawProtocol.announce(definition, SECRET), "beacon", SECRET);
        assertThat(result.selected()).isEmpty();
        assertThat(result.strata()).containsExactly(new StratumOutcome("A", 3, 0, 0, 0));
    }

    private static List<RosterEntry> roster(String... orgs) {
        return List.of(new RosterEntry("a", orgs[0]), new RosterEntry("b", orgs[1]), new RosterEntry("c", orgs[2]));
    }

    private static DrawDefinition definition(List<FrameEntry> frame, List<RosterEntry> roster, List<ConflictPair> conflicts,
                                             int capSlack, boolean crossOrg) {
        return new DrawDefinition("F-1", Frame.of(frame),
                new DrawParams(List.of(new StratumParams("A", 10_000, 0)), 2, capSlack, crossOrg),
                Roster.of(roster), Conflicts.of(conflicts));
    }

    private static DrawFailure fail(List<FrameEntry> frame, List<RosterEntry> roster, List<ConflictPair> conflicts,
                                    int capSlack, boolean crossOrg) {
        return fail(definition(frame, roster, conflicts, capSlack, crossOrg));
    }

    private static DrawFailure fail(DrawDefinition definition) {
        Announcement announcement = DrawProtocol.announce(definition, SECRET);
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                () -> DrawProtocol.execute(definition, announcement, "beacon", SECRET));
        assertThat(thrown).isInstanceOf(DrawFailure.class);
        assertThatThrownBy(() -> DrawProtocol.execute(definition, announcement, "beacon", SECRET))
                .hasMessageStartingWith(DrawFailure.ASSIGNMENT_EXHAUSTED);
        return (DrawFailure) thrown;
    }
}
