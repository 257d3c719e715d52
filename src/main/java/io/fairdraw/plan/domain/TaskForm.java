package io.fairdraw.plan.domain;

import io.fairdraw.plan.TaskPeriod;
import io.fairdraw.plan.TeamRule;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the planner types for a task. Every field may be missing or wrong: {@link TaskValidator}
 * says which and why, and the form is shown again with the input kept.
 * Ratios are percentages (3 = 3 %, two decimals), stored as basis points (FD-DRAW-1 r_s).
 */
public record TaskForm(String name, List<Long> itemVersionIds, Integer teamSize, Boolean crossOrg,
                       Integer coolDownMonths, Integer capSlack,
                       // ISO, as <input type="date"> sends and expects it (not the locale's short style)
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
                       String beaconSource, Set<String> fields, Set<String> units, String entityTypes,
                       Set<String> statuses, Set<String> requiredFlags, Boolean seriousAll,
                       BigDecimal ratioA, BigDecimal ratioB, BigDecimal ratioC, BigDecimal ratioD, BigDecimal ratioX,
                       Integer minA, Integer minB, Integer minC, Integer minD, Integer minX,
                       // issue 19 item 8: true = do not narrow the frame to the items' 监管领域 (ScopeFollowsItems)
                       Boolean widenScope,
                       // issue 19 item 7: RANDOM (不定向, also when missing) or TARGETED (定向) with its public reason
                       String type, String typeReason) {

    public static TaskForm blank(List<Long> items, LocalDate start, LocalDate end, String unitCode, int defaultPercent) {
        BigDecimal p = BigDecimal.valueOf(defaultPercent);
        BigDecimal high = p.multiply(BigDecimal.valueOf(2)).min(BigDecimal.valueOf(100));
        BigDecimal highest = p.multiply(BigDecimal.valueOf(3)).min(BigDecimal.valueOf(100));
        // 差异化监管: higher ratios for the riskier classes C and D.
        return new TaskForm("", items, 2, false, 12, 1, start, end, "", Set.of(), Set.of(unitCode), "",
                Set.of("ACTIVE"), Set.of(), false, p, p, high, highest, p, 0, 0, 1, 1, 0, false, TaskTypes.DEFAULT.name(), "");
    }

    /** An API request without a body: every field missing (the validator names each). */
    public static TaskForm empty() {
        return new TaskForm(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static TaskForm of(Task t) {
        return of(t, TaskTypes.Declared.RANDOM);
    }

    public static TaskForm of(Task t, TaskTypes.Declared declared) {
        Map<String, Task.Ratio> r = t.sampling().ratios();
        Task.Frame f = t.frame();
        return new TaskForm(t.name(), t.itemVersionIds(), t.team().size(), t.team().crossOrg(), f.coolDownMonths(),
                t.team().capSlack(), t.period().start(), t.period().end(), t.sampling().beaconSource(), f.fields(),
                f.units(), String.join(", ", f.entityTypes()), f.statuses(), f.requiredFlags(), t.sampling().seriousAll(),
                pct(r, "A"), pct(r, "B"), pct(r, "C"), pct(r, "D"), pct(r, "X"),
                min(r, "A"), min(r, "B"), min(r, "C"), min(r, "D"), min(r, "X"), f.widened(), declared.type().name(),
                declared.reason());
    }

    private static BigDecimal pct(Map<String, Task.Ratio> r, String s) {
        return r.containsKey(s) ? BigDecimal.valueOf(r.get(s).ratioBp()).movePointLeft(2).stripTrailingZeros() : null;
    }

    private static Integer min(Map<String, Task.Ratio> r, String s) {
        return r.containsKey(s) ? r.get(s).min() : 0;
    }

    BigDecimal ratio(String stratum) {
        return switch (stratum) {
            case "A" -> ratioA;
            case "B" -> ratioB;
            case "C" -> ratioC;
            case "D" -> Boolean.TRUE.equals(seriousAll) ? BigDecimal.valueOf(100) : ratioD;
            default -> ratioX;
        };
    }

    Integer minimum(String stratum) {
        return switch (stratum) {
            case "A" -> minA;
            case "B" -> minB;
            case "C" -> minC;
            case "D" -> minD;
            default -> minX;
        };
    }

    Map<String, Task.Ratio> ratios() {
        Map<String, Task.Ratio> out = new LinkedHashMap<>();
        for (String s : Task.STRATA) {
            BigDecimal r = ratio(s);
            int bp = r == null ? 0 : r.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
            out.put(s, new Task.Ratio(bp, minimum(s) == null ? 0 : minimum(s)));
        }
        return out;
    }

    Set<String> entityTypeSet() {
        Set<String> out = new TreeSet<>();
        if (entityTypes != null) {
            for (String t : entityTypes.split("[,\\uFF0C\\u3001;\\uFF1B\\n]")) {
                if (!t.isBlank()) {
                    out.add(t.trim());
                }
            }
        }
        return out;
    }

    Task toTask(long id, long planId, String code) {
        Task.Frame frame = new Task.Frame(nz(fields), nz(units), entityTypeSet(),
                statuses == null || statuses.isEmpty() ? Set.of("ACTIVE") : statuses, nz(requiredFlags),
                coolDownMonths, Boolean.TRUE.equals(widenScope));
        return new Task(id, planId, code, name.trim(), new TaskPeriod(periodStart, periodEnd),
                new TeamRule(teamSize, Boolean.TRUE.equals(crossOrg), capSlack), frame,
                new Task.Sampling(ratios(), Boolean.TRUE.equals(seriousAll), beaconSource.trim()),
                itemVersionIds == null ? List.of() : List.copyOf(new java.util.LinkedHashSet<>(itemVersionIds)));
    }

    private static Set<String> nz(Set<String> s) {
        return s == null ? Set.of() : s;
    }
}
