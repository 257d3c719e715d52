package io.fairdraw.plan.domain;

import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.plan.CoolDownSource;
import io.fairdraw.plan.ExclusionRule;
import io.fairdraw.plan.FrameRules;
import io.fairdraw.plan.SamplingPolicy;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frame of a task (DRAW-PROTOCOL.md §1) and the {@link Tasks} API: one function gives the frame the
 * draw freezes, the plan's coverage and the live preview — for the current data, the frame size per
 * stratum, the resulting sample sizes, and how many entities each rule left out.
 */
@Service
public class TaskFrames implements Tasks {

    public record StratumPreview(String stratum, int size, int ratioBp, int min, int sample) {
    }

    /** {@code coolDownVisits}: the visits behind the COOL_DOWN count (issue 19 item 2), first entities only. */
    public record Preview(List<StratumPreview> strata, Map<ExclusionRule, Integer> excluded, int considered,
                          int frameSize, int sampleTotal, List<CoolDownVisit> coolDownVisits) {
    }

    private final TaskRepository tasks;
    private final PlanRepository plans;
    private final PartnerRepository partners;
    private final ItemCatalog catalog;
    private final EntitySource entities;
    private final CoolDownVisits coolDown;
    private final SamplingPolicy sampling;
    private final TaskScope scope;
    private final ScopeFollowsItems itemScope;
    private final TaskTypes types;

    TaskFrames(TaskRepository tasks, PlanRepository plans, PartnerRepository partners, ItemCatalog catalog,
               EntitySource entities, CoolDownVisits coolDown, SamplingPolicy sampling, TaskScope scope,
               ScopeFollowsItems itemScope, TaskTypes types) {
        this.types = types;
        this.scope = scope;
        this.itemScope = itemScope;
        this.tasks = tasks;
        this.plans = plans;
        this.partners = partners;
        this.catalog = catalog;
        this.entities = entities;
        this.coolDown = coolDown;
        this.sampling = sampling;
    }

    /**
     * The live preview of a form as typed (not yet saved), for a new task ({@code taskId} null) or
     * an existing one of that plan. Refused (403, nothing computed) when the form names a unit or
     * item outside the plan's scope: a preview is a read of those entities (issue 17 item 1).
     */
    @Transactional(readOnly = true)
    public Preview preview(TaskForm form, AnnualPlan plan, Long taskId, LocalDate today) {
        Set<String> partnerUnits = Set.of();
        if (taskId != null) {
            Task existing = tasks.find(taskId).filter(x -> x.planId() == plan.id())
                    .orElseThrow(() -> new OutOfScopeException("task:" + taskId, false));
            partnerUnits = confirmedPartners(existing.id());
        }
        List<io.fairdraw.shared.UserError> outside = scope.violations(form, plan.unitCode(), partnerUnits, catalog);
        if (!outside.isEmpty()) {
            throw new TaskOutOfScope(plan.unitCode(), outside);
        }
        Task t = form.toTask(0, 0, "");
        return preview(t, plan.unitCode(), partnerUnits, today);
    }

    @Transactional(readOnly = true)
    public Preview preview(Task t, String planUnit, Set<String> partnerUnits, LocalDate today) {
        Map<String, List<CoolDownSource.PriorVisit>> visits = coolDown.counting(t, today);
        FrameRules.Result frame = frame(t, planUnit, partnerUnits, visits);
        Map<String, Integer> sizes = frame.sizeByStratum();
        List<StratumPreview> strata = new ArrayList<>();
        int total = 0;
        for (String s : Task.STRATA) {
            Task.Ratio r = t.sampling().ratios().getOrDefault(s, new Task.Ratio(0, 0));
            int n = sizes.getOrDefault(s, 0);
            int sample = n == 0 ? 0 : sampling.sampleSize(n, r.ratioBp(), r.min());
            total += sample;
            strata.add(new StratumPreview(s, n, r.ratioBp(), r.min(), sample));
        }
        return new Preview(strata, frame.excluded(), frame.considered(), frame.entries().size(), total,
                coolDown.name(frame.cooledDown(), visits));
    }

    FrameRules.Result frame(Task t, String planUnit, Set<String> partnerUnits, LocalDate date) {
        return frame(t, planUnit, partnerUnits, coolDown.counting(t, date));
    }

    private FrameRules.Result frame(Task t, String planUnit, Set<String> partnerUnits,
                                    Map<String, List<CoolDownSource.PriorVisit>> visits) {
        return frame(t, planUnit, partnerUnits, visits, itemScope.narrowing(t), units -> {
            List<FrameRules.Candidate> candidates = new ArrayList<>();
            entities.forEach(units, candidates::add);
            return candidates;
        });
    }

    /**
     * The frame rule over its inputs: {@code narrowing} the items' fields, {@code candidates} the
     * entities of a set of units in USCC order (what {@link EntitySource} streams).
     */
    private FrameRules.Result frame(Task t, String planUnit, Set<String> partnerUnits,
                                    Map<String, List<CoolDownSource.PriorVisit>> visits, Set<String> narrowing,
                                    Function<Set<String>, List<FrameRules.Candidate>> candidates) {
        // Issue 17 item 1: what the task names, narrowed to what its plan may use today; an empty
        // set would mean "every unit" to FrameRules, so nothing allowed means an empty frame.
        Set<String> units = scope.effectiveUnits(t.frame().units(), planUnit, partnerUnits);
        if (units.isEmpty()) {
            return FrameRules.apply(new FrameRules.Scope(Set.of(planUnit), Set.of(), Set.of(), Set.of(), Set.of()),
                    List.of(), Set.of());
        }
        // 避免重复抽查、多头执法 (issue 19 item 2): any visit of the entity in the window counts, whatever its unit and items.
        Set<String> cooling = visits.keySet();
        Task.Frame f = t.frame();
        FrameRules.Scope scope = new FrameRules.Scope(units, f.fields(), f.entityTypes(), f.statuses(),
                f.requiredFlags(), narrowing);
        return FrameRules.apply(scope, candidates.apply(units), cooling);
    }

    /**
     * The frames of many tasks of a plan unit's year on one date (a plan page's coverage), by task id:
     * the same rule as each task's own {@link #frame(Task, String, Set, LocalDate)}, with its inputs
     * read once for all the tasks — partners, item versions, the entities of every unit they name,
     * each cool-down window's visits — so the page's statements do not grow with its tasks (issue 23 item 4).
     */
    Map<Long, FrameRules.Result> frames(List<Task> all, String planUnit, LocalDate date) {
        Map<Long, Set<String>> partnersOf = confirmedPartners(all.stream().map(Task::id).toList());
        Map<Long, ItemCatalog.ItemRef> versions = catalog.versions(
                all.stream().flatMap(t -> t.itemVersionIds().stream()).collect(Collectors.toSet()));
        Set<String> named = new HashSet<>();
        for (Task t : all) {
            named.addAll(scope.effectiveUnits(t.frame().units(), planUnit, partnersOf.getOrDefault(t.id(), Set.of())));
        }
        List<FrameRules.Candidate> everyone = new ArrayList<>();
        if (!named.isEmpty()) {
            entities.forEach(named, everyone::add);
        }
        Map<LocalDate, List<CoolDownSource.PriorVisit>> windows = new HashMap<>();
        Map<Long, FrameRules.Result> out = new HashMap<>();
        for (Task t : all) {
            Set<String> partnerUnits = partnersOf.getOrDefault(t.id(), Set.of());
            out.put(t.id(), frame(t, planUnit, partnerUnits, coolDown.counting(t, date, windows),
                    itemScope.narrowing(t, v -> Optional.ofNullable(versions.get(v))),
                    units -> units.equals(named) ? everyone
                            : everyone.stream().filter(c -> units.contains(c.unitCode())).toList()));
        }
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<TaskView> task(long taskId) {
        return tasks.find(taskId).map(this::view);
    }

    @Override
    @Transactional(readOnly = true)
    public FrameRules.Result frame(long taskId, LocalDate date) {
        Task t = tasks.find(taskId).orElseThrow(() -> new OutOfScopeException("task:" + taskId, false));
        if (tasks.cancelled(taskId)) {
            throw new PlanRuleException("plan.amendment.task_cancelled");   // issue 19 item 6: no new draw
        }
        AnnualPlan p = plans.find(t.planId()).orElseThrow();
        return frame(t, p.unitCode(), confirmedPartners(taskId), date);
    }

    /** {@link #confirmedPartners(long)} of each of these tasks, in one query; tasks without partners are absent. */
    Map<Long, Set<String>> confirmedPartners(Collection<Long> taskIds) {
        Map<Long, Set<String>> out = new HashMap<>();
        partners.forTasks(taskIds).forEach((task, list) -> list.stream()
                .filter(x -> x.status() == Partner.Status.CONFIRMED)
                .forEach(x -> out.computeIfAbsent(task, k -> new LinkedHashSet<>()).add(x.unitCode())));
        return out;
    }

    /** The units that confirmed a joint task (联合抽查): their entities and inspectors take part. */
    @Transactional(readOnly = true)
    public Set<String> confirmedPartners(long taskId) {
        Set<String> out = new LinkedHashSet<>();
        partners.forTask(taskId).stream().filter(x -> x.status() == Partner.Status.CONFIRMED)
                .forEach(x -> out.add(x.unitCode()));
        return out;
    }

    private TaskView view(Task t) {
        AnnualPlan p = plans.find(t.planId()).orElseThrow();
        Map<String, TaskView.Ratio> ratios = new java.util.LinkedHashMap<>();
        t.sampling().ratios().forEach((s, r) -> ratios.put(s, new TaskView.Ratio(r.ratioBp(), r.min())));
        List<TaskView.Item> items = new ArrayList<>();
        for (Long v : t.itemVersionIds()) {
            catalog.version(v).ifPresent(i -> items.add(new TaskView.Item(v, i.code(), i.name(), i.legalBasis(),
                    i.unitCode())));
        }
        Set<String> roster = new LinkedHashSet<>();
        roster.add(p.unitCode());
        roster.addAll(confirmedPartners(t.id()));
        TaskTypes.Declared declared = types.of(t.id());
        return new TaskView(t.id(),
                new TaskView.Plan(p.id(), p.unitCode(), p.year(), p.status(), p.kind()),
                t.code(), t.name(),
                new TaskView.Typing(declared.type(), declared.reason()),
                t.team(), t.period(),
                new TaskView.Sampling(ratios, t.frame().coolDownMonths(), t.sampling().beaconSource()),
                new TaskView.Reach(items, new TaskView.ItemScope(t.frame().widened(), itemScope.itemFields(t)), roster));
    }
}
