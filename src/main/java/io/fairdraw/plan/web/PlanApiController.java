package io.fairdraw.plan.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.plan.domain.AnnualPlan;
import io.fairdraw.plan.domain.PlanService;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Plans for integrations: read within scope, and the same transitions as the UI (403/409 as JSON). */
@RestController
class PlanApiController {

    record ReturnRequest(String reason) {
    }

    private final PlanService plans;

    PlanApiController(PlanService plans) {
        this.plans = plans;
    }

    @GetMapping("/api/v1/plans/{id}")
    Map<String, Object> get(@PathVariable long id) {
        return view(plans.visible(id));
    }

    @PostMapping("/api/v1/plans/{id}/submit")
    Map<String, Object> submit(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user) {
        plans.submit(id, user);
        return view(plans.visible(id));
    }

    @PostMapping("/api/v1/plans/{id}/approve")
    Map<String, Object> approve(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user) {
        plans.approve(id, user);
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

    private static Map<String, Object> view(AnnualPlan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("unitCode", p.unitCode());
        m.put("year", p.year());
        m.put("title", p.title());
        m.put("status", p.status().name());
        m.put("returnReason", p.returnReason().orElse(null));
        return m;
    }
}
