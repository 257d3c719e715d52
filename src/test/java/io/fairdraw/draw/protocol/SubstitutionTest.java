package io.fairdraw.draw.protocol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * §3: the substitute is the next eligible inspector in rank order, skipping the team (and anyone
 * already substituted out of it), cap ignored, conflicts and cross-office still applied.
 */
class SubstitutionTest {

    private static final Secret SECRET = Secret.ofHex("9e".repeat(32));

    @Test
    void smallVectorFirstTeam() {
        PublishedVector small = PublishedVector.load("small");
        DrawDefinition definition = small.definition();
        DrawResult result = DrawProtocol.execute(definition, small.announcement(), small.text("beacon"), small.secret());
        SelectedEntity first = result.selected().get(0);
        assertThat(first.inspectors()).containsExactly("XJ-0000", "XJ-0002");

        Substitution substitution = DrawProtocol.substitute(definition, result, List.of(), first.uscc(), "XJ-0000");
        // Rank order for this entity, skipping the team, XJ-0004 (conflict) and D01 (its org, cross-office).
        List<String> eligible = rankOrder(result.seed(), first.uscc(), definition.roster()).stream()
                .filter(i -> !first.inspectors().contains(i.inspectorId()))
                .filter(i -> !definition.conflicts().contains(i.inspectorId(), first.uscc()))
                .filter(i -> !i.orgCode().equals(first.orgCode()))
                .map(RosterEntry::inspectorId).toList();
        assertThat(substitution).isEqualTo(new Substitution(first.uscc(), "XJ-0000", eligible.get(0)));
        assertThat(DrawProtocol.currentTeam(result, List.of(substitution), first.uscc()))
                .containsExactly(eligible.get(0), "XJ-0002");
    }

    @Test
    void capIsIgnored() {
        // Three entities, three inspectors, team 2: slots 6, cap 2. A draw that succeeds leaves
        // every inspector exactly at the cap, yet the one outside a team still substitutes.
        DrawDefinition definition = definition(List.of("D02", "D02", "D02"), List.of(), false, 3);
        Announcement announcement = DrawProtocol.announce(definition, SECRET);
        DrawResult result = null;
        for (int k = 0; k < 50 && result == null; k++) {
            try {
                result = DrawProtocol.execute(definition, announcement, "cap " + k, SECRET);
            } catch (DrawFailure failure) {
                assertThat(failure.rule()).isEqualTo(EligibilityRule.CAP);
            }
        }
        assertThat(result).as("some beacon gives a complete draw").isNotNull();
        assertThat(result.cap()).isEqualTo(2);
        for (String inspector : List.of("a", "b", "c")) {
            assertThat(result.selected()).filteredOn(e -> e.inspectors().contains(inspector)).hasSize(2);
        }
        SelectedEntity entity = result.selected().get(0);
        String outsider = List.of("a", "b", "c").stream().filter(i -> !entity.inspectors().contains(i)).findFirst().orElseThrow();
        assertThat(DrawProtocol.substitute(definition, result, List.of(), entity.uscc(), entity.inspectors().get(1)).in())
                .isEqualTo(outsider);
    }

    @Test
    void followsRankOrderAndNeverTakesBackSomeoneWhoLeft() {
        DrawDefinition definition = definition(List.of("D02", "D02", "D02", "D02"), List.of(), false, 1);
        DrawResult result = execute(definition);
        SelectedEntity entity = result.selected().get(0);
        List<String> ranked = rankOrder(result.seed(), entity.uscc(), definition.roster()).stream()
                .map(RosterEntry::inspectorId).toList();
        assertThat(entity.inspectors()).containsExactlyElementsOf(ranked.subList(0, 2));

        List<Substitution> done = new ArrayList<>();
        done.add(DrawProtocol.substitute(definition, result, done, entity.uscc(), ranked.get(0)));
        assertThat(done.get(0).in()).isEqualTo(ranked.get(2));
        done.add(DrawProtocol.substitute(definition, result, done, entity.uscc(), ranked.get(2)));
        assertThat(done.get(1).in()).as("not %s, who left before", ranked.get(0)).isEqualTo(ranked.get(3));

        assertThatThrownBy(() -> DrawProtocol.substitute(definition, result, done, entity.uscc(), ranked.get(1)))
                .isInstanceOfSatisfying(DrawFailure.class, f -> {
                    assertThat(f.code()).isEqualTo(DrawFailure.SUBSTITUTION_EXHAUSTED);
                    assertThat(f.uscc()).isEqualTo(entity.uscc());
                    assertThat(f.rule()).isEqualTo(EligibilityRule.ROSTER);
                });
    }

    @Test
    void conflictsAndCrossOfficeStillApply() {
        // d conflicts with the entity, c shares its org: with a and b in the team nobody is left.
        DrawDefinition definition = definition(List.of("D02", "D03", "D01", "D04"),
                List.of(new ConflictPair("d", "91A")), true, 1);
        DrawResult result = execute(definition);
        SelectedEntity entity = result.selected().get(0);
        assertThat(entity.inspectors()).containsExactlyInAnyOrder("a", "b");
        assertThatThrownBy(() -> DrawProtocol.substitute(definition, result, List.of(), "91A", "a"))
                .isInstanceOfSatisfying(DrawFailure.class, f -> assertThat(f.rule()).isEqualTo(EligibilityRule.CROSS_ORG));

        DrawDefinition withoutCrossOffice = definition(List.of("D02", "D03", "D01", "D04"),
                List.of(new ConflictPair("d", "91A")), false, 1);
        DrawResult second = execute(withoutCrossOffice);
        String out = second.selected().get(0).inspectors().get(0);
        Substitution substitution = DrawProtocol.substitute(withoutCrossOffice, second, List.of(), "91A", out);
        assertThat(substitution.in()).isNotEqualTo("d").isNotIn(second.selected().get(0).inspectors());
    }

    @Test
    void onlyTeamMembersOfSelectedEntitiesCanBeReplaced() {
        DrawDefinition definition = definition(List.of("D02", "D02", "D02"), List.of(), false, 1);
        DrawResult result = execute(definition);
        String outsider = List.of("a", "b", "c").stream()
                .filter(i -> !result.selected().get(0).inspectors().contains(i)).findFirst().orElseThrow();
        assertThatThrownBy(() -> DrawProtocol.substitute(definition, result, List.of(), "91A", outsider))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo("substitution.not-in-team"));
        assertThatThrownBy(() -> DrawProtocol.substitute(definition, result, List.of(), "91Z", "a"))
                .isInstanceOfSatisfying(ProtocolException.class, e -> assertThat(e.code()).isEqualTo("substitution.unknown-entity"));
    }

    private static List<RosterEntry> rankOrder(String seed, String uscc, Roster roster) {
        return roster.entries().stream()
                .sorted(Comparator.comparing(i -> DrawProtocol.rank(seed, uscc, i.inspectorId()))).toList();
    }

    private static DrawDefinition definition(List<String> orgs, List<ConflictPair> conflicts, boolean crossOrg, int entities) {
        List<RosterEntry> roster = new ArrayList<>();
        for (int i = 0; i < orgs.size(); i++) {
            roster.add(new RosterEntry(String.valueOf((char) ('a' + i)), orgs.get(i)));
        }
        List<FrameEntry> frame = new ArrayList<>();
        for (int i = 0; i < entities; i++) {
            frame.add(new FrameEntry("91" + (char) ('A' + i), "A", "D01"));
        }
        return new DrawDefinition("S-1", Frame.of(frame),
                new DrawParams(List.of(new StratumParams("A", 10_000, 0)), 2, 0, crossOrg), Roster.of(roster),
                Conflicts.of(conflicts));
    }

    private static DrawResult execute(DrawDefinition definition) {
        return DrawProtocol.execute(definition, DrawProtocol.announce(definition, SECRET), "beacon", SECRET);
    }
}
