package io.fairdraw.plan.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.plan.domain.PlanAmendment;
import io.fairdraw.plan.domain.PlanAmendmentService;
import io.fairdraw.plan.domain.SelfApprovalException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * 计划调整 (issue 19 item 6) for integrations: the same service, validation and scope as the plan
 * page. Errors are JSON as in {@code PlanApiController}: {@code errors: [{field, code, message}]}.
 */
@RestController
class PlanAmendmentApiController {

    record ReturnRequest(String reason) {
    }

    private final PlanAmendmentService amendments;
    private final ApiErrors apiErrors;

    PlanAmendmentApiController(PlanAmendmentService amendments, ApiErrors apiErrors) {
        this.amendments = amendments;
        this.apiErrors = apiErrors;
    }

    @Operation(summary = "The amendments of a plan in the caller's scope, oldest first",
            description = "Each with kind, status, task, periods before/after, reason, version (once approved).")
    @GetMapping("/api/v1/plans/{id}/amendments")
    List<Map<String, Object>> list(@PathVariable long id) {
        return amendments.amendments(id).stream().map(PlanAmendmentApiController::view).toList();
    }

    @Operation(summary = "Propose an amendment of a published plan",
            description = "PLANNER of the plan's unit. Body {\"kind\":\"ADD_TASK|CANCEL_TASK|CHANGE_PERIOD\", "
                    + "\"reason\":\"…\" (published), \"taskId\":… (CANCEL_TASK, CHANGE_PERIOD), "
                    + "\"periodStart\"/\"periodEnd\":\"YYYY-MM-DD\" (CHANGE_PERIOD), \"task\":{…} (ADD_TASK: the "
                    + "fields of POST /api/v1/plans/{id}/tasks, with the same validation and scope)}. Takes effect "
                    + "only when another REVIEWER of the unit approves it.")
    @ApiResponse(responseCode = "201", description = "{\"id\": amendment id}")
    @ApiResponse(responseCode = "400", description = "Invalid values: errors [{field, code, message}], nothing stored")
    @ApiResponse(responseCode = "403", description = "Not the plan unit's PLANNER, or the new task names a unit/item "
            + "outside the plan's scope")
    @ApiResponse(responseCode = "404", description = "No such plan in the caller's scope")
    @ApiResponse(responseCode = "409", description = "The plan is not published, or the task has a pending amendment")
    @PostMapping("/api/v1/plans/{id}/amendments")
    ResponseEntity<Map<String, Object>> propose(@PathVariable long id,
                                                @RequestBody(required = false) PlanAmendmentService.AmendmentForm body,
                                                @AuthenticationPrincipal FairdrawUser user) {
        PlanAmendmentService.AmendmentForm form = body == null
                ? new PlanAmendmentService.AmendmentForm(null, null, null, null, null, null) : body;
        long amendmentId = amendments.propose(id, form, user);
        return ResponseEntity.status(HttpStatus.CREATED).body(Map.of("id", amendmentId));
    }

    @Operation(summary = "Approve (apply and publish) or return a proposed amendment",
            description = "REVIEWER of the plan's unit who did not propose it. Return needs {\"reason\":\"…\"}.")
    @ApiResponse(responseCode = "200", description = "The amendment, with its version once approved")
    @ApiResponse(responseCode = "403", description = "Not the unit's REVIEWER, or the caller proposed it "
            + "(code plan.amendment.own_proposal)")
    @ApiResponse(responseCode = "404", description = "No such plan or amendment in the caller's scope")
    @ApiResponse(responseCode = "409", description = "Already decided")
    @PostMapping("/api/v1/plans/{id}/amendments/{amendmentId}/{transition:approve|return}")
    Map<String, Object> decide(@PathVariable long id, @PathVariable long amendmentId, @PathVariable String transition,
                               @RequestBody(required = false) ReturnRequest body,
                               @AuthenticationPrincipal FairdrawUser user) {
        if (transition.equals("approve")) {
            amendments.approve(id, amendmentId, user);
        } else {
            amendments.returnToPlanner(id, amendmentId, body == null ? null : body.reason(), user);
        }
        return amendments.amendments(id).stream().filter(a -> a.id() == amendmentId).findFirst()
                .map(PlanAmendmentApiController::view).orElseThrow();
    }

    /** DESIGN.md §2: deciding one's own proposal is forbidden, not a wrong value. */
    @ExceptionHandler(SelfApprovalException.class)
    ResponseEntity<Map<String, Object>> selfApproval(SelfApprovalException e, Locale locale) {
        return apiErrors.of(HttpStatus.FORBIDDEN, e.messageKey(), List.of(e), locale);
    }

    private static Map<String, Object> view(PlanAmendment a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.id());
        m.put("planId", a.planId());
        m.put("kind", a.kind().name());
        m.put("status", a.status().name());
        m.put("taskId", a.taskId());
        m.put("taskCode", a.taskCode());
        m.put("periodStart", a.periodStart() == null ? null : a.periodStart().toString());
        m.put("periodEnd", a.periodEnd() == null ? null : a.periodEnd().toString());
        m.put("beforeStart", a.beforeStart() == null ? null : a.beforeStart().toString());
        m.put("beforeEnd", a.beforeEnd() == null ? null : a.beforeEnd().toString());
        m.put("reason", a.reason());
        m.put("proposedBy", a.proposedBy());
        m.put("decidedBy", a.decidedBy());
        m.put("returnReason", a.returnReason());
        m.put("version", a.version());
        m.put("executedDrawId", a.executedDrawId());
        return m;
    }
}
