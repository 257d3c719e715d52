package io.fairdraw.plan.domain;

import io.fairdraw.catalog.Catalog;
import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.plan.FrameRules;
import io.fairdraw.plan.PlanStatus;
import io.fairdraw.plan.SamplingPolicy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 19 item 1: for each of the unit's items (and every item its tasks use), the published
 * ratio and frequency against what the year's tasks plan — this plan's tasks and those of the
 * unit's other approved or published plans of that year (专项 campaigns count too) — on today's
 * frames. The plan page shows it; approval of an annual plan below a floor needs a reason.
 */
@Service
public class PlanCoverage {

    /** One row of the plan's coverage table. */
    public record Row(String code, String name, java.math.BigDecimal requiredPercent, int requiredFrequency,
                      java.math.BigDecimal plannedPercent, int plannedFrequency, int sample, int frameSize,
                      boolean shareShort, boolean frequencyShort) {

        public boolean belowFloor() {
            return shareShort || frequencyShort;
        }

        public String label() {
            return code + " " + name;
        }
    }

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final Catalog catalog;
    private final TaskFrames frames;
    private final SamplingPolicy sampling;

    PlanCoverage(PlanRepository plans, TaskRepository tasks, Catalog catalog, TaskFrames frames,
                 SamplingPolicy sampling) {
        this.plans = plans;
        this.tasks = tasks;
        this.catalog = catalog;
        this.frames = frames;
        this.sampling = sampling;
    }

    @Transactional(readOnly = true)
    public List<Row> of(AnnualPlan plan, LocalDate today) {
        List<Task> year = new ArrayList<>(tasks.forPlan(plan.id()));
        // issue 23 item 4: the year's other plans' tasks in one query, not one per plan
        year.addAll(tasks.forPlans(plans.list(new String[] {plan.unitCode()}, plan.year(), null).stream()
                .filter(p -> p.id() != plan.id())
                .filter(p -> p.status() == PlanStatus.APPROVED || p.status() == PlanStatus.PUBLISHED)
                .map(AnnualPlan::id).toList()));
        Map<String, CoverageCalculator.Floor> floors = new LinkedHashMap<>();
        for (ItemVersion v : catalog.inForce(today, Set.of(plan.unitCode()))) {
            if (v.unitCode().equals(plan.unitCode())) {
                floors.put(v.code(), floor(v));
            }
        }
        // issue 23 item 4: every task's items and frame from reads shared by all the tasks, not per task
        Map<Long, ItemVersion> versions = catalog.versions(
                year.stream().flatMap(t -> t.itemVersionIds().stream()).collect(Collectors.toSet()));
        Map<Long, FrameRules.Result> frameOf = frames.frames(year, plan.unitCode(), today);
        List<CoverageCalculator.TaskFact> facts = new ArrayList<>();
        for (Task t : year) {
            Set<String> codes = new HashSet<>();
            for (Long id : t.itemVersionIds()) {
                ItemVersion v = versions.get(id);
                if (v != null) {
                    codes.add(v.code());
                    floors.putIfAbsent(v.code(), floor(v));
                }
            }
            facts.add(fact(t, frameOf.get(t.id()), codes));
        }
        return CoverageCalculator.coverage(List.copyOf(floors.values()), facts).stream()
                .map(c -> new Row(c.code(), c.name(), c.requiredPercent(), c.requiredFrequency(), c.plannedPercent(),
                        c.plannedFrequency(), c.sample(), c.frameSize(), c.shareShort(), c.frequencyShort()))
                .toList();
    }

    /** The items below their floor, as "code name", for the approval rule and its message. */
    @Transactional(readOnly = true)
    public List<String> belowFloor(AnnualPlan plan, LocalDate today) {
        return of(plan, today).stream().filter(Row::belowFloor).map(Row::label).toList();
    }

    private CoverageCalculator.TaskFact fact(Task t, FrameRules.Result frame, Set<String> codes) {
        // The same frame and sample sizes as the task's preview and its draw (TaskFrames, FD-DRAW-1).
        Map<String, Integer> sizes = frame.sizeByStratum();
        int sample = 0;
        for (String s : Task.STRATA) {
            Task.Ratio r = t.sampling().ratios().getOrDefault(s, new Task.Ratio(0, 0));
            int n = sizes.getOrDefault(s, 0);
            sample += n == 0 ? 0 : sampling.sampleSize(n, r.ratioBp(), r.min());
        }
        Set<String> usccs = frame.entries().stream().map(FrameRules.Entry::uscc).collect(Collectors.toSet());
        return new CoverageCalculator.TaskFact(t.code(), codes, sample, usccs);
    }

    private static CoverageCalculator.Floor floor(ItemVersion v) {
        return new CoverageCalculator.Floor(v.code(), v.content().name(), v.content().ratioPercent(),
                v.content().frequencyPerYear());
    }
}
