package io.fairdraw.inspection.domain;

import io.fairdraw.draw.DrawEvents;
import io.fairdraw.plan.CoolDownSource;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Creates the visits of an executed draw and keeps their teams in step with substitutions.
 * Plain {@code @EventListener}: it runs inside the draw's transaction, so a draw and its visits
 * are committed together or not at all (exactly once, as the draw).
 */
@Service
class VisitPlanner implements CoolDownSource {

    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final VisitRepository visits;

    VisitPlanner(VisitRepository visits) {
        this.visits = visits;
    }

    @EventListener
    void on(DrawEvents.DrawExecuted executed) {
        visits.insertPlanned(executed.drawId(), executed.taskId(), executed.itemCodes(), executed.visits());
    }

    @EventListener
    void on(DrawEvents.InspectorSubstituted substituted) {
        visits.replaceInspector(substituted.drawId(), substituted.uscc(), substituted.out(), substituted.in());
    }

    /**
     * 避免重复抽查: entities with an approved visit for one of these items since {@code since}. No
     * visit is approved before the results issue lands, so this is empty today, and correctly so.
     */
    @Override
    public Set<String> inspectedSince(Set<String> itemCodes, LocalDate since) {
        return itemCodes.isEmpty() ? Set.of() : visits.approvedSince(itemCodes, since, ZONE);
    }
}
