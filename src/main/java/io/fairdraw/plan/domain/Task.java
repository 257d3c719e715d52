package io.fairdraw.plan.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task (抽查任务) of a plan, as stored. Ratios: stratum → (basis points, minimum).
 * {@code scopeWidened}: the planner chose not to narrow the frame to its items' 监管领域 (issue 19 item 8).
 */
public record Task(long id, long planId, String code, String name, int teamSize, boolean crossOrg,
                   int coolDownMonths, int capSlack, LocalDate periodStart, LocalDate periodEnd, String beaconSource,
                   Set<String> fields, Set<String> units, Set<String> entityTypes, Set<String> statuses,
                   Set<String> requiredFlags, boolean seriousAll, List<Long> itemVersionIds,
                   Map<String, Ratio> ratios, boolean scopeWidened) {

    public record Ratio(int ratioBp, int min) {
    }

    public static final List<String> STRATA = List.of("A", "B", "C", "D", "X");
}
