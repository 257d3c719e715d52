package io.fairdraw.draw.protocol;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * FD-DRAW-1 §2b: walk the selection order; for each entity take, in rank order, the first
 * {@code T} inspectors that are not in conflict with it, are below {@code cap}, and (with
 * {@code cross_org=1}) belong to another org than the entity's supervising org.
 *
 * <p>Ranks do not depend on loads, so they are computed in parallel for a batch of entities;
 * the greedy walk, which does depend on loads, stays sequential.
 */
final class InspectorAssignment {

    private static final int BATCH = 2_048;
    private static final int MIN_PARALLEL_CHUNK = 32;

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
     * order of {@code entities}, as soon as it is drawn (a batch at a time, see {@link #rankBatch}).
     */
    static void assign(String seed, List<FrameEntry> entities, Roster roster, Conflicts conflicts, DrawParams params,
                       TeamConsumer onTeam) {
        int size = roster.size();
        int cap = cap(entities.size(), params, size);
        int[] load = new int[size];
        boolean[] conflicted = new boolean[size];
        // Org codes as numbers, to leave same-org inspectors out of the ranking under cross_org=1.
        Map<String, Integer> orgIds = new HashMap<>();
        int[] rosterOrg = new int[size];
        for (int i = 0; i < size; i++) {
            rosterOrg[i] = orgIds.computeIfAbsent(roster.entry(i).orgCode(), code -> orgIds.size());
        }
        int batch = Math.min(BATCH, entities.size());
        long[] keys = new long[batch * size];
        int[] ids = new int[batch * size];
        for (int start = 0; start < entities.size(); start += BATCH) {
            RankOrder[] orders = rankBatch(seed, entities, start, Math.min(BATCH, entities.size() - start), roster,
                    params.crossOrg() ? orgIds : Map.of(), rosterOrg, load, cap, keys, ids);
            for (int j = 0; j < orders.length; j++) {
                FrameEntry entity = entities.get(start + j);
                onTeam.accept(start + j, team(entity, orders[j], roster, conflicts, params, conflicted, load, cap));
            }
        }
    }

    /**
     * The first {@code T} eligible inspectors of one entity in rank order, counted into {@code load}.
     * Its own method so that the JIT compiles it early, from its many calls (see
     * {@code EntitySelection.membersByStratum}).
     */
    private static List<String> team(FrameEntry entity, RankOrder order, Roster roster, Conflicts conflicts,
                                     DrawParams params, boolean[] conflicted, int[] load, int cap) {
        int team = params.team();
        markConflicts(entity, roster, conflicts, conflicted, true);
        int[] chosen = new int[team];
        int taken = 0;
        while (taken < team) {
            int i = order.next();
            if (i < 0) {
                break;
            }
            if (!conflicted[i] && load[i] < cap && !sameOrgForbidden(params, roster.entry(i), entity)) {
                chosen[taken++] = i;
            }
        }
        if (taken < team) {
            throw failure(entity, roster, conflicted, load, cap, params);
        }
        markConflicts(entity, roster, conflicts, conflicted, false);
        List<String> members = new ArrayList<>(team);
        for (int i : chosen) {
            load[i]++;
            members.add(roster.entry(i).inspectorId());
        }
        return List.copyOf(members);
    }

    @FunctionalInterface
    interface TeamConsumer {
        void accept(int index, List<String> team);
    }

    /**
     * The rank orders of a batch of entities, hashed on every core. Each order leaves out the
     * inspectors the walk would certainly skip for that entity: those of its own org under
     * cross_org=1, and those already at {@code cap} when the batch starts (loads only grow). Both
     * rules only skip, so the teams are the same as with the whole roster ranked. Entity {@code j}
     * of the batch keeps its keys and ids in {@code keys} and {@code ids} from {@code j * roster size}
     * on: the two arrays serve every batch of the draw.
     */
    private static RankOrder[] rankBatch(String seed, List<FrameEntry> entities, int start, int count, Roster roster,
                                         Map<String, Integer> sameOrgIds, int[] rosterOrg, int[] load, int cap,
                                         long[] keys, int[] ids) {
        RankOrder[] orders = new RankOrder[count];
        Parallel.forRange(count, MIN_PARALLEL_CHUNK, (from, to) -> {
            Ranking ranking = new Ranking(seed, roster);
            int[] candidates = new int[roster.size()];
            for (int j = from; j < to; j++) {
                FrameEntry entity = entities.get(start + j);
                int entityOrg = sameOrgIds.getOrDefault(entity.orgCode(), -1);
                int n = 0;
                for (int i = 0; i < candidates.length; i++) {
                    if (load[i] < cap && rosterOrg[i] != entityOrg) {
                        candidates[n++] = i;
                    }
                }
                orders[j] = ranking.order(entity.uscc(), candidates, n, keys, ids, j * candidates.length);
            }
        });
        return orders;
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
