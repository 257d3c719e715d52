package io.fairdraw.inspection.domain;

import io.fairdraw.draw.DrawEvents;
import io.fairdraw.plan.CoolDownSource;
import io.fairdraw.shared.BusinessClock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Creates the visits of an executed draw and keeps their teams in step with substitutions.
 * Plain {@code @EventListener}: it runs inside the draw's transaction, so a draw and its visits
 * are committed together or not at all (exactly once, as the draw).
 */
@Service
class VisitPlanner implements CoolDownSource {


    private final VisitRepository visits;
    private final VisitMerger merger;

    VisitPlanner(VisitRepository visits, VisitMerger merger) {
        this.visits = visits;
        this.merger = merger;
    }

    @EventListener
    void on(DrawEvents.DrawExecuted executed) {
        visits.insertPlanned(executed.drawId(), executed.taskId(), executed.itemCodes(), executed.visits());
        // Issue 19 item 2: an entity an earlier draw already sends a team to is visited once (联合检查).
        merger.mergeInto(executed.drawId(), executed.taskId());
    }

    @EventListener
    void on(DrawEvents.InspectorSubstituted substituted) {
        visits.replaceInspector(substituted.drawId(), substituted.uscc(), substituted.out(), substituted.in());
    }

    /**
     * 避免重复抽查、多头执法 (issue 19 item 2): every visit approved since {@code since} and every visit
     * still planned that was drawn since then, whatever its unit and items.
     */
    @Override
    public List<PriorVisit> visitsSince(LocalDate since) {
        return visits.countingSince(since, BusinessClock.ZONE);
    }
}
