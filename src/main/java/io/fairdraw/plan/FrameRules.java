package io.fairdraw.plan;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * THE frame function (抽查对象名单): from the directory's entities, the task's scope and the
 * cool-down list, the eligible entities with their stratum, plus how many each rule left out.
 * Pure: the plan's live preview and the draw's announcement call the same code, so what the
 * planner previewed is what gets frozen.
 */
public final class FrameRules {

    /** 严重违法失信: such an entity is sampled in the highest-risk stratum whatever its class. */
    public static final String SERIOUS_FLAG = "SERIOUS_DISHONEST";

    private FrameRules() {
    }

    /**
     * What the rules need to know about one entity of the directory. {@code unitCode} is what the
     * task's scope selects on; {@code orgCode} is the entity's FD-DRAW-1 org code: its supervising
     * sub-office (所所交叉) when it has one, else its unit.
     */
    public record Candidate(String uscc, String unitCode, String field, String entityType, String status,
                            String riskClass, Set<String> flags, String orgCode) {

        public Candidate {
            orgCode = orgCode == null ? unitCode : orgCode;
        }

        /** An entity without a sub-office: its org code is its unit. */
        public Candidate(String uscc, String unitCode, String field, String entityType, String status,
                         String riskClass, Set<String> flags) {
            this(uscc, unitCode, field, entityType, status, riskClass, flags, unitCode);
        }
    }

    /**
     * The task's scope; an empty set means "any". {@code statuses} empty means ACTIVE only
     * (deregistered entities are never inspected by default). {@code itemFields}: the 监管领域 of the
     * task's items when the scope follows them (issue 19 item 8), empty when the planner widened it.
     */
    public record Scope(Set<String> units, Set<String> fields, Set<String> entityTypes, Set<String> statuses,
                        Set<String> requiredFlags, Set<String> itemFields) {

        /** A scope that does not follow its items' fields. */
        public Scope(Set<String> units, Set<String> fields, Set<String> entityTypes, Set<String> statuses,
                     Set<String> requiredFlags) {
            this(units, fields, entityTypes, statuses, requiredFlags, Set.of());
        }
    }

    public record Entry(String uscc, String stratum, String orgCode) {
    }

    /** {@code cooledDown}: the USCCs counted under {@link ExclusionRule#COOL_DOWN}, sorted (their visits are named). */
    public record Result(List<Entry> entries, Map<ExclusionRule, Integer> excluded, int considered,
                         List<String> cooledDown) {

        public int excludedTotal() {
            return excluded.values().stream().mapToInt(Integer::intValue).sum();
        }

        public Map<String, Integer> sizeByStratum() {
            Map<String, Integer> out = new java.util.TreeMap<>();
            entries.forEach(e -> out.merge(e.stratum(), 1, Integer::sum));
            return out;
        }
    }

    public static Result apply(Scope scope, Iterable<Candidate> candidates, Set<String> coolingDown) {
        Map<ExclusionRule, Integer> excluded = new EnumMap<>(ExclusionRule.class);
        for (ExclusionRule r : ExclusionRule.values()) {
            excluded.put(r, 0);
        }
        List<Entry> entries = new ArrayList<>();
        List<String> cooled = new ArrayList<>();
        Set<String> statuses = scope.statuses().isEmpty() ? Set.of("ACTIVE") : scope.statuses();
        int considered = 0;
        for (Candidate c : candidates) {
            considered++;
            ExclusionRule rule = firstExclusion(scope, statuses, c, coolingDown);
            if (rule != null) {
                excluded.merge(rule, 1, Integer::sum);
                if (rule == ExclusionRule.COOL_DOWN) {
                    cooled.add(c.uscc());
                }
            } else {
                entries.add(new Entry(c.uscc(), stratum(c), c.orgCode()));
            }
        }
        entries.sort(java.util.Comparator.comparing(Entry::uscc));
        Collections.sort(cooled);
        return new Result(Collections.unmodifiableList(entries), Collections.unmodifiableMap(excluded), considered,
                Collections.unmodifiableList(cooled));
    }

    private static ExclusionRule firstExclusion(Scope scope, Set<String> statuses, Candidate c, Set<String> coolingDown) {
        if (!scope.units().isEmpty() && !scope.units().contains(c.unitCode())) {
            return ExclusionRule.UNIT;
        }
        if (!scope.fields().isEmpty() && !scope.fields().contains(c.field())) {
            return ExclusionRule.FIELD;
        }
        if (!scope.itemFields().isEmpty() && !scope.itemFields().contains(c.field())) {
            return ExclusionRule.ITEM_FIELD;
        }
        if (!scope.entityTypes().isEmpty() && !scope.entityTypes().contains(c.entityType())) {
            return ExclusionRule.ENTITY_TYPE;
        }
        if (!statuses.contains(c.status())) {
            return ExclusionRule.STATUS;
        }
        if (!c.flags().containsAll(scope.requiredFlags())) {
            return ExclusionRule.FLAG;
        }
        if (coolingDown.contains(c.uscc())) {
            return ExclusionRule.COOL_DOWN;
        }
        return null;
    }

    /** FD-DRAW-1 §1: the stratum is the credit-risk class, X when none. */
    static String stratum(Candidate c) {
        if (c.flags().contains(SERIOUS_FLAG)) {
            return "D";
        }
        return c.riskClass() == null || c.riskClass().isBlank() ? "X" : c.riskClass();
    }
}
