package io.fairdraw.system.wiring;

import io.fairdraw.draw.DrawEvents;
import io.fairdraw.draw.RosterSource;
import io.fairdraw.plan.RosterOrgs;
import io.fairdraw.plan.TaskDrawLog;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Assembly between plan and draw, which may not depend on each other both ways (draw reads
 * tasks): the plan's cross-office check counts the org codes of the roster the draw would use,
 * and the plan learns, in the draw's transaction, that a task has an executed draw (issue 17
 * items 2 and 4).
 */
@Component
class PlanDrawWiring implements RosterOrgs {

    private final ObjectProvider<RosterSource> roster;
    private final TaskDrawLog drawLog;

    PlanDrawWiring(ObjectProvider<RosterSource> roster, TaskDrawLog drawLog) {
        this.roster = roster;
        this.drawLog = drawLog;
    }

    @Override
    public Set<String> orgs(String leadUnit, Set<String> rosterUnits, LocalDate date) {
        RosterSource source = roster.getIfAvailable();
        Set<String> out = new TreeSet<>();
        if (source != null) {
            source.roster(leadUnit, rosterUnits, date).forEach(e -> out.add(e.unitCode()));
        }
        return out;
    }

    /** Synchronous: the flag commits or rolls back with the draw (DrawEvents are published in its transaction). */
    @EventListener
    void on(DrawEvents.DrawExecuted executed) {
        drawLog.drawExecuted(executed.taskId(), executed.drawId());
    }
}
