package io.fairdraw.draw.protocol;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * FD-DRAW-1 §3: the substitute is the next eligible inspector in {@code rank(e, ·)} order,
 * skipping everyone already in the team, with {@code cap} ignored; conflicts and the
 * cross-office rule still apply.
 *
 * <p>Inspectors substituted out of this entity's team earlier are skipped as well: they left
 * because they were unable or in conflict, and taking them back would undo a logged event.
 */
final class InspectorSubstitution {

    private InspectorSubstitution() {
    }

    /** The entity's team after applying, in order, the earlier substitutions that concern it. */
    static List<String> currentTeam(SelectedEntity entity, List<Substitution> earlier) {
        List<String> team = new ArrayList<>(entity.inspectors());
        for (Substitution substitution : earlier) {
            if (substitution.uscc().equals(entity.uscc())) {
                int position = team.indexOf(substitution.out());
                if (position < 0) {
                    throw new ProtocolException("substitution.not-in-team", substitution.out());
                }
                // The substitute takes the leaver's place, so the team keeps its size and order.
                team.set(position, substitution.in());
            }
        }
        return team;
    }

    static Substitution substitute(DrawDefinition definition, DrawResult result, List<Substitution> earlier,
                                   String uscc, String out) {
        SelectedEntity entity = result.entity(uscc)
                .orElseThrow(() -> new ProtocolException("substitution.unknown-entity", uscc));
        List<String> team = currentTeam(entity, earlier);
        if (!team.contains(out)) {
            throw new ProtocolException("substitution.not-in-team", out);
        }
        Set<String> skipped = new HashSet<>(team);
        for (Substitution substitution : earlier) {
            if (substitution.uscc().equals(uscc)) {
                skipped.add(substitution.out());
            }
        }
        Roster roster = definition.roster();
        FrameEntry frameEntry = new FrameEntry(entity.uscc(), entity.stratum(), entity.orgCode());
        boolean[] conflicted = new boolean[roster.size()];
        InspectorAssignment.markConflicts(frameEntry, roster, definition.conflicts(), conflicted, true);
        // §3: "the next eligible inspector in rank(e, ·) order": one entity, read as the reference reads it.
        List<String> ids = roster.entries().stream().map(RosterEntry::inspectorId).toList();
        for (int i : ReferenceEngine.byRank(result.seed(), uscc, ids)) {
            RosterEntry inspector = roster.entry(i);
            if (!skipped.contains(inspector.inspectorId()) && !conflicted[i]
                    && !InspectorAssignment.sameOrgForbidden(definition.params(), inspector, frameEntry)) {
                return new Substitution(uscc, out, inspector.inspectorId());
            }
        }
        throw failure(frameEntry, roster, skipped, conflicted, definition.params());
    }

    private static DrawFailure failure(FrameEntry entity, Roster roster, Set<String> skipped, boolean[] conflicted,
                                       DrawParams params) {
        int outsideTeam = 0;
        int withoutConflict = 0;
        int otherOrg = 0;
        for (int i = 0; i < roster.size(); i++) {
            if (skipped.contains(roster.entry(i).inspectorId())) {
                continue;
            }
            outsideTeam++;
            if (conflicted[i]) {
                continue;
            }
            withoutConflict++;
            if (!InspectorAssignment.sameOrgForbidden(params, roster.entry(i), entity)) {
                otherOrg++;
            }
        }
        if (outsideTeam == 0) {
            return new DrawFailure(DrawFailure.SUBSTITUTION_EXHAUSTED, entity.uscc(), EligibilityRule.ROSTER, 0, 1);
        }
        if (withoutConflict == 0) {
            return new DrawFailure(DrawFailure.SUBSTITUTION_EXHAUSTED, entity.uscc(), EligibilityRule.CONFLICT, 0, 1);
        }
        return new DrawFailure(DrawFailure.SUBSTITUTION_EXHAUSTED, entity.uscc(), EligibilityRule.CROSS_ORG, otherOrg, 1);
    }
}
