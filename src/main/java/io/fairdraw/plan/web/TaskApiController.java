package io.fairdraw.plan.web;

import io.fairdraw.plan.ExclusionRule;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.domain.AnnualPlan;
import io.fairdraw.plan.domain.PlanService;
import io.fairdraw.plan.domain.TaskFrames;
import io.fairdraw.plan.domain.Task;
import io.fairdraw.plan.domain.TaskService;
import io.swagger.v3.oas.annotations.Operation;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A task as JSON for integrations (issue 19 items 2 and 8): its item scope (follows the items'
 * 监管领域 or widened) and its frame as of today, with the exclusion counts and the visits behind
 * the cool-down — the same numbers as the task page's preview.
 */
@RestController
class TaskApiController {

    private final TaskService tasks;
    private final PlanService plans;
    private final TaskFrames frames;

    TaskApiController(TaskService tasks, PlanService plans, TaskFrames frames) {
        this.tasks = tasks;
        this.plans = plans;
        this.frames = frames;
    }

    @Operation(summary = "A task in the caller's scope, with its item scope and today's frame preview")
    @GetMapping("/api/v1/tasks/{id}")
    Map<String, Object> get(@PathVariable long id) {
        Task t = tasks.task(id);
        AnnualPlan plan = plans.visible(t.planId());
        TaskView view = frames.task(id).orElseThrow();
        TaskFrames.Preview p = frames.preview(t, plan.unitCode(), frames.confirmedPartners(id), plans.today());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", t.id());
        m.put("planId", t.planId());
        m.put("code", t.code());
        m.put("name", t.name());
        m.put("itemCodes", view.items().stream().map(TaskView.Item::code).toList());
        m.put("fields", t.frame().fields());
        m.put("entityTypes", t.frame().entityTypes());
        m.put("widenScope", t.frame().widened());
        m.put("itemFields", view.itemScope().fields());
        m.put("coolDownMonths", t.frame().coolDownMonths());
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("considered", p.considered());
        frame.put("size", p.frameSize());
        frame.put("sample", p.sampleTotal());
        Map<String, Integer> excluded = new LinkedHashMap<>();
        for (ExclusionRule r : ExclusionRule.values()) {
            excluded.put(r.name(), p.excluded().getOrDefault(r, 0));
        }
        frame.put("excluded", excluded);
        frame.put("coolDownVisits", p.coolDownVisits().stream().map(v -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("uscc", v.uscc());
            x.put("unitCode", v.unitCode());
            x.put("year", v.year());
            x.put("taskCode", v.taskCode());
            x.put("itemCodes", v.itemCodes());
            x.put("status", v.approved() ? "APPROVED" : "PLANNED");
            x.put("date", v.date().toString());
            return x;
        }).toList());
        m.put("frame", frame);
        return m;
    }
}
