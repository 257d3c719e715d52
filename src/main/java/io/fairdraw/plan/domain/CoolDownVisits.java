package io.fairdraw.plan.domain;

import io.fairdraw.plan.CoolDownSource;
import io.fairdraw.plan.CoolDownSource.PriorVisit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The cool-down's input and its explanation (避免重复抽查、多头执法, issue 19 item 2): every visit of
 * an entity within the task's cool-down — approved or planned, by any unit, under any item — and,
 * for the entities it left out, which unit's task visited them, for which items and when.
 */
@Component
class CoolDownVisits {

    /** The preview names at most this many excluded entities' visits; the count covers them all. */
    static final int SHOWN = 50;

    private final ObjectProvider<CoolDownSource> source;
    private final TaskRepository tasks;
    private final PlanRepository plans;

    CoolDownVisits(ObjectProvider<CoolDownSource> source, TaskRepository tasks, PlanRepository plans) {
        this.source = source;
        this.tasks = tasks;
        this.plans = plans;
    }

    /**
     * The visits counting for task {@code t}'s cool-down on {@code date}, by USCC. The task's own
     * visits do not count against it. Without a CoolDownSource (the plan module started without the
     * inspection module, which provides it): nothing was visited.
     */
    Map<String, List<PriorVisit>> counting(Task t, LocalDate date) {
        return counting(t, date, new HashMap<>());
    }

    /**
     * The same, for many tasks: {@code windows} keeps each window's visits (by its first day) so the
     * tasks with the same cool-down read them once (issue 23 item 4: a plan page's coverage).
     */
    Map<String, List<PriorVisit>> counting(Task t, LocalDate date, Map<LocalDate, List<PriorVisit>> windows) {
        CoolDownSource visits = source.getIfAvailable();
        if (t.frame().coolDownMonths() == 0 || visits == null) {
            return Map.of();
        }
        Map<String, List<PriorVisit>> out = new HashMap<>();
        for (PriorVisit v : windows.computeIfAbsent(date.minusMonths(t.frame().coolDownMonths()), visits::visitsSince)) {
            if (v.taskId() != t.id()) {
                out.computeIfAbsent(v.uscc(), k -> new ArrayList<>()).add(v);
            }
        }
        return out;
    }

    /** The visits of the first {@link #SHOWN} entities the cool-down excluded, named by unit and task. */
    List<CoolDownVisit> name(List<String> cooledDown, Map<String, List<PriorVisit>> visits) {
        Map<Long, Optional<String[]>> taskNames = new HashMap<>();
        List<CoolDownVisit> out = new ArrayList<>();
        for (String uscc : cooledDown.subList(0, Math.min(SHOWN, cooledDown.size()))) {
            for (PriorVisit v : visits.getOrDefault(uscc, List.of())) {
                Optional<String[]> task = taskNames.computeIfAbsent(v.taskId(), this::describe);
                String[] d = task.orElse(new String[] {"", "0", "", ""});
                out.add(new CoolDownVisit(uscc, d[0], Integer.parseInt(d[1]), d[2], d[3], v.itemCodes(), v.approved(),
                        v.date()));
            }
        }
        return out;
    }

    /** Unit, year, code and name of a task, for the explanation. */
    private Optional<String[]> describe(long taskId) {
        return tasks.find(taskId).flatMap(t -> plans.find(t.planId()).map(p -> new String[] {p.unitCode(),
                String.valueOf(p.year()), t.code(), t.name()}));
    }
}
