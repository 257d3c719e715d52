package io.fairdraw.plan.domain;

import io.fairdraw.plan.TaskPeriod;
import io.fairdraw.plan.TeamRule;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task (抽查任务) of a plan, as stored: when it runs ({@code period}), how its teams are drawn
 * ({@code team}), which entities enter its frame ({@code frame}), how many are drawn from each
 * stratum ({@code sampling}) and the catalog items it checks.
 */
public record Task(long id, long planId, String code, String name, TaskPeriod period, TeamRule team, Frame frame,
                   Sampling sampling, List<Long> itemVersionIds) {

    /**
     * Who may enter the frame: the 监管领域, units, entity types, statuses and flags an entity must
     * have, and whether an entity visited in the last {@code coolDownMonths} is left out.
     * {@code widened}: the planner chose not to narrow the frame to its items' 监管领域 (issue 19 item 8).
     */
    public record Frame(Set<String> fields, Set<String> units, Set<String> entityTypes, Set<String> statuses,
                        Set<String> requiredFlags, int coolDownMonths, boolean widened) {
    }

    /**
     * How many are drawn: per stratum (basis points, minimum); {@code seriousAll}: every entity with
     * serious dishonesty is drawn; {@code beaconSource}: the default source of the draw's public beacon.
     */
    public record Sampling(Map<String, Ratio> ratios, boolean seriousAll, String beaconSource) {
    }

    public record Ratio(int ratioBp, int min) {
    }

    public static final List<String> STRATA = List.of("A", "B", "C", "D", "X");

}
