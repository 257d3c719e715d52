package io.fairdraw.plan.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.plan.domain.AnnualPlan;
import io.fairdraw.plan.domain.PlanCoverage;
import io.fairdraw.plan.domain.PlanService;
import io.fairdraw.plan.domain.SelfApprovalException;
import io.fairdraw.plan.domain.TaskForm;
import io.fairdraw.plan.domain.TaskService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Plans and tasks for integrations (DESIGN.md §5; provincial platforms push their work): the
 * same services, validation and scope as the forms. Errors are JSON; a task's field errors come
 * as {@code errors: [{field, code, message}]}.
 */
@RestController
class PlanApiController {

    record ReturnRequest(String reason) {
    }

    /** {@code POST /api/v1/plans}: the plan of the caller's unit for that year; kind ANNUAL (default) or SPECIAL. */
    record CreatePlan(Integer year, String title, String kind) {
    }

    /** Issue 19 item 1: the reviewer's reason, needed when an item is below its published floor. */
    record ApproveRequest(String coverageReason) {
    }

    private final PlanService plans;
    private final TaskService tasks;
    private final MessageSource messages;
    private final PlanCoverage coverage;

    PlanApiController(PlanService plans, TaskService tasks, MessageSource messages, PlanCoverage coverage) {
        this.coverage = coverage;
        this.plans = plans;
        this.tasks = tasks;
        this.messages = messages;
    }

    @Operation(summary = "Create an annual plan or a special campaign of the caller's unit",
            description = "PLANNER only. Body {\"year\":2026,\"title\":\"…\",\"kind\":\"ANNUAL\"|\"SPECIAL\"}; kind "
                    + "defaults to ANNUAL. One ANNUAL plan per unit and year; SPECIAL plans (special campaigns, outside the annual "
                    + "plan) may be several and go through the same submit, approve and publish steps.")
    @ApiResponse(responseCode = "201", description = "{\"id\": plan id}")
    @ApiResponse(responseCode = "400", description = "plan.year.invalid, plan.title.required, plan.year.exists, "
            + "plan.kind.invalid (field named)")
    @ApiResponse(responseCode = "403", description = "Caller is not a PLANNER")
    @PostMapping("/api/v1/plans")
    ResponseEntity<Map<String, Object>> create(@RequestBody(required = false) CreatePlan body,
                                               @AuthenticationPrincipal FairdrawUser user) {
        long id = plans.create(user, body == null || body.year() == null ? 0 : body.year(),
                body == null ? null : body.title(), PlanKinds.parse(body == null ? null : body.kind()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", id));
    }

    @Operation(summary = "Add a task to a draft plan, with the task form's fields",
            description = "Fields as in the task form: name, itemVersionIds, teamSize (≥ 2), crossOrg, coolDownMonths, "
                    + "capSlack, periodStart/periodEnd (YYYY-MM-DD), beaconSource, fields, units, entityTypes, statuses, "
                    + "requiredFlags, seriousAll, ratioA…ratioX (percent), minA…minX, type (RANDOM, the default, or "
                    + "TARGETED) and typeReason (required for TARGETED, at most 500 characters, published). A RANDOM "
                    + "task whose ratios and minimums are all zero is refused (field ratioA, code task.sample.zero); "
                    + "a TARGETED one may declare a scope such as D-class only. units may hold only the plan's "
                    + "unit, its confirmed joint partners and, for the bureau and its departments, the divisions; items "
                    + "only of the plan's unit, the bureau or a confirmed partner. PLANNER of the plan's unit, draft plan.")
    @ApiResponse(responseCode = "201", description = "{\"id\": task id}")
    @ApiResponse(responseCode = "400", description = "Invalid values: errors [{field, code, message}], nothing stored "
            + "(e.g. task.sample.zero, task.type.reason_required, task.type.invalid)")
    @ApiResponse(responseCode = "403", description = "Not the plan unit's PLANNER, or a unit/item outside the plan's "
            + "scope (errors name them); nothing stored")
    @ApiResponse(responseCode = "404", description = "No such plan in the caller's scope")
    @ApiResponse(responseCode = "409", description = "The plan is not a draft")
    @PostMapping("/api/v1/plans/{id}/tasks")
    ResponseEntity<Map<String, Object>> createTask(@PathVariable long id, @RequestBody(required = false) TaskForm form,
                                                   @AuthenticationPrincipal FairdrawUser user) {
        long taskId = tasks.create(id, form == null ? TaskForm.empty() : form, user);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", taskId));
    }

    @Operation(summary = "A plan in the caller's scope",
            description = "With kind, coverageReason and coverage: per item the published ratio (requiredPercent) and "
                    + "frequency (requiredFrequency) against what the year's tasks plan (plannedPercent = planned "
                    + "sample ÷ the union of their frames, plannedFrequency = tasks covering it), and belowFloor.")
    @GetMapping("/api/v1/plans/{id}")
    Map<String, Object> get(@PathVariable long id) {
        AnnualPlan plan = plans.visible(id);
        Map<String, Object> m = view(plan);
        m.put("coverage", coverage.of(plan, plans.today()).stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("item", c.code());
            row.put("name", c.name());
            row.put("requiredPercent", c.requiredPercent());
            row.put("plannedPercent", c.plannedPercent());
            row.put("sample", c.sample());
            row.put("frameSize", c.frameSize());
            row.put("requiredFrequency", c.requiredFrequency());
            row.put("plannedFrequency", c.plannedFrequency());
            row.put("belowFloor", c.belowFloor());
            return row;
        }).toList());
        return m;
    }

    @PostMapping("/api/v1/plans/{id}/submit")
    Map<String, Object> submit(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user) {
        plans.submit(id, user);
        return view(plans.visible(id));
    }

    @Operation(summary = "Approve a submitted plan", description = "REVIEWER of the plan's unit who did not submit it. "
            + "Optional body {\"coverageReason\":\"…\"}: required when the year's tasks leave one of the unit's items "
            + "below its published ratio or frequency (annual plans only); the reason is published with the plan.")
    @ApiResponse(responseCode = "400", description = "An item below its floor and no reason: field coverageReason, "
            + "code plan.approve.coverage_reason_required, the message names the items")
    @ApiResponse(responseCode = "403", description = "Not the unit's REVIEWER, or the caller submitted the plan "
            + "(code plan.approve.own_submission)")
    @PostMapping("/api/v1/plans/{id}/approve")
    Map<String, Object> approve(@PathVariable long id, @RequestBody(required = false) ApproveRequest body,
                                @AuthenticationPrincipal FairdrawUser user) {
        plans.approve(id, user, body == null ? null : body.coverageReason());
        return view(plans.visible(id));
    }

    @PostMapping("/api/v1/plans/{id}/return")
    Map<String, Object> returnToDraft(@PathVariable long id, @RequestBody(required = false) ReturnRequest body,
                                      @AuthenticationPrincipal FairdrawUser user) {
        plans.returnToDraft(id, user, body == null ? null : body.reason());
        return view(plans.visible(id));
    }

    @PostMapping("/api/v1/plans/{id}/publish")
    Map<String, Object> publish(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user) {
        plans.publish(id, user);
        return view(plans.visible(id));
    }

    /** DESIGN.md §2: approving one's own submission is forbidden, not a wrong value. */
    @ExceptionHandler(SelfApprovalException.class)
    ResponseEntity<Map<String, Object>> selfApproval(SelfApprovalException e, Locale locale) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 403);
        body.put("error", "forbidden");
        body.put("code", e.messageKey());
        body.put("message", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(body);
    }

    private static Map<String, Object> view(AnnualPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("unitCode", p.unitCode());
        m.put("year", p.year());
        m.put("title", p.title());
        m.put("status", p.status().name());
        m.put("returnReason", p.returnReason().orElse(null));
        m.put("kind", p.kind().name());
        m.put("coverageReason", p.coverageReason().orElse(null));
        return m;
    }
}
