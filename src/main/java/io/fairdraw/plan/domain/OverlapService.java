package io.fairdraw.plan.domain;

import io.fairdraw.plan.FrameRules;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 避免重复抽查: before approval, the entities and items of a task that another approved task of
 * any unit already covers in an overlapping period — shown to the planner, never silently dropped.
 */
@Service
public class OverlapService {

    public record Overlap(String uscc, String itemCode, long otherTaskId, String otherTaskCode, String otherTaskName,
                          String otherUnit, int otherYear) {
    }

    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final ItemCatalog catalog;
    private final PreviewService frames;

    OverlapService(TaskRepository tasks, PlanRepository plans, ItemCatalog catalog, PreviewService frames) {
        this.tasks = tasks;
        this.plans = plans;
        this.catalog = catalog;
        this.frames = frames;
    }

    @Transactional(readOnly = true)
    public List<Overlap> overlaps(long taskId, java.time.LocalDate today) {
        Task t = tasks.find(taskId).orElseThrow();
        Set<String> codes = itemCodes(t);
        List<Overlap> out = new ArrayList<>();
        Set<String> mine = null;
        for (Task other : tasks.approvedOverlapping(t.periodStart(), t.periodEnd())) {
            if (other.id() == t.id()) {
                continue;
            }
            Set<String> shared = new HashSet<>(itemCodes(other));
            shared.retainAll(codes);
            if (shared.isEmpty()) {
                continue;
            }
            if (mine == null) {
                mine = usccs(frames.frame(taskId, today));
            }
            AnnualPlan op = plans.find(other.planId()).orElseThrow();
            Set<String> theirs = usccs(frames.frame(other.id(), today));
            for (String uscc : mine) {
                if (theirs.contains(uscc)) {
                    for (String code : shared) {
                        out.add(new Overlap(uscc, code, other.id(), other.code(), other.name(), op.unitCode(), op.year()));
                    }
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Overlap::uscc).thenComparing(Overlap::itemCode));
        return out;
    }

    private Set<String> itemCodes(Task t) {
        return t.itemVersionIds().stream().map(catalog::version).flatMap(java.util.Optional::stream)
                .map(ItemCatalog.ItemRef::code).collect(Collectors.toSet());
    }

    private static Set<String> usccs(FrameRules.Result r) {
        return r.entries().stream().map(FrameRules.Entry::uscc).collect(Collectors.toSet());
    }
}
