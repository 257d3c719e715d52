package io.fairdraw.draw.protocol;

import io.fairdraw.draw.protocol.engine.DrawEngine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FD-DRAW-1 §2b: walk the selection order; for each entity take, in rank order, the first
 * {@code T} inspectors that are not in conflict with it, are below {@code cap}, and (with
 * {@code cross_org=1}) belong to another org than the entity's supervising org. The walk itself is
 * the engine's work ({@link DrawEngine#assign}); this class gives it the draw's inputs as numbers
 * and, when an entity cannot be staffed, names the rule that ran out.
 */
final class InspectorAssignment {

    private static final int[] NO_CONFLICTS = {};

    private InspectorAssignment() {
    }

    /** {@code cap = ceil(slots / roster_size) + K} with {@code slots = T * selected}. */
    static int cap(int selected, DrawParams params, int rosterSize) {
        if (rosterSize == 0) {
            return 0;
        }
        long slots = (long) params.team() * selected;
        return (int) ((slots + rosterSize - 1) / rosterSize) + params.capSlack();
    }

    /**
     * Hands each entity's team (in rank order) to {@code onTeam} with the entity's index, in the
     * order of {@code entities}, as soon as it is drawn.
     *
     * @throws DrawFailure naming the first entity that cannot be staffed and the rule that ran out
     */
    static void assign(String seed, List<FrameEntry> entities, Roster roster, Conflicts conflicts, DrawParams params,
                       TeamConsumer onTeam, DrawEngine engine) {
        int size = roster.size();
        int cap = cap(entities.size(), params, size);
        // Org codes as numbers: equal numbers, equal codes (cross_org=1 compares them).
        Map<String, Integer> orgIds = new HashMap<>();
        int[] rosterOrg = new int[size];
        List<String> ids = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rosterOrg[i] = orgIds.computeIfAbsent(roster.entry(i).orgCode(), code -> orgIds.size());
            ids.add(roster.entry(i).inspectorId());
        }
        List<String> usccs = new ArrayList<>(entities.size());
        int[] entityOrg = new int[entities.size()];
        int[][] conflicted = new int[entities.size()][];
        for (int k = 0; k < entities.size(); k++) {
            FrameEntry entity = entities.get(k);
            usccs.add(entity.uscc());
            entityOrg[k] = orgIds.computeIfAbsent(entity.orgCode(), code -> orgIds.size());
            conflicted[k] = conflictIndexes(entity.uscc(), roster, conflicts);
        }
        int[] load = new int[size];
        int staffed = engine.assign(new DrawEngine.Assignment(seed, usccs, entityOrg, conflicted, ids, rosterOrg,
                params.team(), cap, params.crossOrg()), (k, team) -> {
                    List<String> members = new ArrayList<>(team.length);
                    for (int i : team) {
                        load[i]++;
                        members.add(ids.get(i));
                    }
                    onTeam.accept(k, List.copyOf(members));
                });
        if (staffed < entities.size()) {
            FrameEntry entity = entities.get(staffed);
            boolean[] flags = new boolean[size];
            markConflicts(entity, roster, conflicts, flags, true);
            throw failure(entity, roster, flags, load, cap, params);
        }
    }

    @FunctionalInterface
    interface TeamConsumer {
        void accept(int index, List<String> team);
    }

    /** The roster indexes of the inspectors declared in conflict with {@code uscc}. */
    private static int[] conflictIndexes(String uscc, Roster roster, Conflicts conflicts) {
        List<String> declared = conflicts.inspectorsFor(uscc);
        if (declared.isEmpty()) {
            return NO_CONFLICTS;
        }
        int[] indexes = new int[declared.size()];
        int n = 0;
        for (String inspectorId : declared) {
            int index = roster.indexOf(inspectorId);
            if (index >= 0) {
                indexes[n++] = index;
            }
        }
        return n == indexes.length ? indexes : Arrays.copyOf(indexes, n);
    }

    static boolean sameOrgForbidden(DrawParams params, RosterEntry inspector, FrameEntry entity) {
        return params.crossOrg() && inspector.orgCode().equals(entity.orgCode());
    }

    /** Sets (or clears) the conflict flag of every roster inspector paired with this entity. */
    static void markConflicts(FrameEntry entity, Roster roster, Conflicts conflicts,
                              boolean[] conflicted, boolean value) {
        for (String inspectorId : conflicts.inspectorsFor(entity.uscc())) {
            int index = roster.indexOf(inspectorId);
            if (index >= 0) {
                conflicted[index] = value;
            }
        }
    }

    /**
     * Applies the rules one after another over the whole roster and names the first after which
     * fewer than {@code T} inspectors remain (§2b: "naming the entity and the rule that ran out").
     */
    private static DrawFailure failure(FrameEntry entity, Roster roster, boolean[] conflicted, int[] load,
                                       int cap, DrawParams params) {
        int team = params.team();
        int remaining = roster.size();
        EligibilityRule rule = EligibilityRule.ROSTER;
        if (remaining >= team) {
            rule = EligibilityRule.CONFLICT;
            remaining = 0;
            int belowCap = 0;
            int otherOrg = 0;
            for (int i = 0; i < roster.size(); i++) {
                if (conflicted[i]) {
                    continue;
                }
                remaining++;
                if (load[i] >= cap) {
                    continue;
                }
                belowCap++;
                if (!sameOrgForbidden(params, roster.entry(i), entity)) {
                    otherOrg++;
                }
            }
            if (remaining >= team) {
                rule = EligibilityRule.CAP;
                remaining = belowCap;
            }
            if (remaining >= team) {
                rule = EligibilityRule.CROSS_ORG;
                remaining = otherOrg;
            }
        }
        return new DrawFailure(DrawFailure.ASSIGNMENT_EXHAUSTED, entity.uscc(), rule, remaining, team);
    }
}
