package io.fairdraw.plan.domain;

import io.fairdraw.plan.FrameRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 避免重复抽查、多头执法: before approval, the entities of a task that another approved task of any
 * unit may reach in an overlapping period, under any item (issue 19 item 2) — shown to the planner,
 * never silently dropped, with the other tasks summed up so the planner can propose a joint task.
 * {@code itemCode}: the other task's items.
 */
@Service
public class OverlapService {

    public record Overlap(String uscc, String itemCode, long otherTaskId, String otherTaskCode, String otherTaskName,
                          String otherUnit, int otherYear) {
    }

    /** Another task reaching some of the same entities; {@code partner}: its unit is already invited or joined. */
    public record OtherTask(long taskId, String code, String name, String unitCode, int year, String itemCodes,
                            int sharedEntities) {
    }

    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final ItemCatalog catalog;
    private final TaskFrames frames;

    OverlapService(TaskRepository tasks, PlanRepository plans, ItemCatalog catalog, TaskFrames frames) {
        this.tasks = tasks;
        this.plans = plans;
        this.catalog = catalog;
        this.frames = frames;
    }

    @Transactional(readOnly = true)
    public List<Overlap> overlaps(long taskId, java.time.LocalDate today) {
        Task t = tasks.find(taskId).orElseThrow();
        List<Overlap> out = new ArrayList<>();
        Set<String> mine = null;
        for (Task other : tasks.approvedOverlapping(t.period().start(), t.period().end())) {
            if (other.id() == t.id()) {
                continue;
            }
            // Issue 19 item 2: any item counts — one visit per entity, not one per item code.
            String items = String.join("、", new java.util.TreeSet<>(itemCodes(other)));
            if (mine == null) {
                mine = usccs(frames.frame(taskId, today));
            }
            AnnualPlan op = plans.find(other.planId()).orElseThrow();
            Set<String> theirs = usccs(frames.frame(other.id(), today));
            for (String uscc : mine) {
                if (theirs.contains(uscc)) {
                    out.add(new Overlap(uscc, items, other.id(), other.code(), other.name(), op.unitCode(), op.year()));
                }
            }
        }
        out.sort(java.util.Comparator.comparing(Overlap::uscc).thenComparing(Overlap::itemCode));
        return out;
    }

    /** The other tasks of {@link #overlaps}, with how many entities each shares, most first. */
    public static List<OtherTask> byTask(List<Overlap> overlaps) {
        java.util.Map<Long, OtherTask> out = new java.util.LinkedHashMap<>();
        for (Overlap o : overlaps) {
            out.merge(o.otherTaskId(), new OtherTask(o.otherTaskId(), o.otherTaskCode(), o.otherTaskName(), o.otherUnit(),
                    o.otherYear(), o.itemCode(), 1), (a, b) -> new OtherTask(a.taskId(), a.code(), a.name(), a.unitCode(),
                    a.year(), a.itemCodes(), a.sharedEntities() + 1));
        }
        List<OtherTask> list = new ArrayList<>(out.values());
        list.sort(java.util.Comparator.comparingInt(OtherTask::sharedEntities).reversed()
                .thenComparingLong(OtherTask::taskId));
        return list;
    }

    private Set<String> itemCodes(Task t) {
        return t.itemVersionIds().stream().map(catalog::version).flatMap(java.util.Optional::stream)
                .map(ItemCatalog.ItemRef::code).collect(Collectors.toSet());
    }

    private static Set<String> usccs(FrameRules.Result r) {
        return r.entries().stream().map(FrameRules.Entry::uscc).collect(Collectors.toSet());
    }
}
