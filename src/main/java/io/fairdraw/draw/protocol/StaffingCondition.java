package io.fairdraw.draw.protocol;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sufficient staffing condition of FD-DRAW-1 §2b, checked at announcement (issue 17 item 5):
 * for every frame entity {@code e} of a stratum with a non-zero sample,
 * {@code eligible(e) − ⌊T·(n−1)/cap⌋ ≥ T}, where {@code n} is the total sample and
 * {@code eligible(e)} counts roster inspectors with no conflict with {@code e} and, under
 * cross-office, outside {@code e}'s org. When it holds, no beacon can make §2b fail: before
 * {@code e}'s turn at most {@code T·(n−1)} slots are taken, so at most {@code ⌊T·(n−1)/cap⌋}
 * inspectors are at {@code cap} (proof in docs/draw-protocol-notes.md). Plain Java, no Spring.
 */
public final class StaffingCondition {

    /**
     * The entity with the fewest eligible inspectors and what it lacks. {@code smallestCapSlack} is
     * the least cap slack with which the condition would hold, or -1 when no slack can (the worst
     * entity has fewer than {@code T} eligible inspectors at all).
     */
    public record Result(boolean holds, String uscc, String orgCode, int eligible, int atCap, int team, int shortfall,
                         int capSlack, int smallestCapSlack) {
    }

    private StaffingCondition() {
    }

    public static Result check(DrawDefinition definition) {
        DrawParams params = definition.params();
        Frame frame = definition.frame();
        Roster roster = definition.roster();
        int team = params.team();
        Map<String, Integer> samples = new HashMap<>();
        int n = 0;
        for (Map.Entry<String, Integer> s : frame.stratumSizes().entrySet()) {
            int sample = params.stratum(s.getKey()).map(p -> p.sampleSize(s.getValue())).orElse(0);
            samples.put(s.getKey(), sample);
            n += sample;
        }
        int rosterSize = roster.size();
        Map<String, Integer> byOrg = new HashMap<>();
        for (RosterEntry r : roster.entries()) {
            byOrg.merge(r.orgCode(), 1, Integer::sum);
        }
        boolean anyConflict = definition.conflicts().size() > 0;
        FrameEntry worst = null;
        int worstEligible = Integer.MAX_VALUE;
        for (FrameEntry e : frame.entries()) {
            if (samples.getOrDefault(e.stratum(), 0) == 0) {
                continue;
            }
            int eligible = eligible(e, definition, byOrg, rosterSize, anyConflict);
            if (eligible < worstEligible) {
                worstEligible = eligible;
                worst = e;
            }
        }
        int cap = InspectorAssignment.cap(n, params, rosterSize);
        if (worst == null) {
            return new Result(true, null, null, 0, 0, team, 0, params.capSlack(), params.capSlack());
        }
        int atCap = cap == 0 ? rosterSize : (int) ((long) team * (n - 1) / cap);
        int shortfall = Math.max(0, team + atCap - worstEligible);
        return new Result(shortfall == 0, worst.uscc(), worst.orgCode(), worstEligible, atCap, team, shortfall,
                params.capSlack(), smallestCapSlack(worstEligible, team, n, rosterSize, params.capSlack()));
    }

    /** Roster inspectors with no conflict with {@code e} and, under cross-office, outside its org. */
    private static int eligible(FrameEntry e, DrawDefinition definition, Map<String, Integer> byOrg, int rosterSize,
                                boolean anyConflict) {
        boolean crossOrg = definition.params().crossOrg();
        int eligible = rosterSize - (crossOrg ? byOrg.getOrDefault(e.orgCode(), 0) : 0);
        if (anyConflict) {
            List<String> conflicted = definition.conflicts().inspectorsFor(e.uscc());
            for (String id : conflicted) {
                int index = definition.roster().indexOf(id);
                // Count each excluded inspector once: a same-org conflict is already out under cross-office.
                if (index >= 0 && !(crossOrg && definition.roster().entry(index).orgCode().equals(e.orgCode()))) {
                    eligible--;
                }
            }
        }
        return eligible;
    }

    /**
     * The least {@code K' ≥ K} with {@code ⌊T·(n−1)/cap(K')⌋ ≤ m}, {@code m = eligible − T}: that is
     * {@code cap(K') ≥ ⌊T·(n−1)/(m+1)⌋ + 1}, and {@code cap(K') = ⌈T·n/R⌉ + K'}. -1 when {@code m < 0}.
     */
    static int smallestCapSlack(int eligible, int team, int n, int rosterSize, int capSlack) {
        int m = eligible - team;
        if (m < 0 || rosterSize == 0) {
            return -1;
        }
        long needed = (long) team * Math.max(0, n - 1) / (m + 1) + 1;
        long base = ((long) team * n + rosterSize - 1) / rosterSize;
        return (int) Math.max(capSlack, needed - base);
    }
}
