package io.fairdraw.draw.web;

import io.fairdraw.draw.domain.StaffingOverrides;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.shared.UserError;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Overrides of the staffing check (issue 17 item 5), on the task draw page and over HTTP Basic:
 * the PLANNER requests with a public reason, a REVIEWER of the unit (not the requester) decides.
 */
@Controller
class StaffingOverrideController {

    record Body(String reason) {
    }

    private final StaffingOverrides overrides;
    private final MessageSource messages;

    StaffingOverrideController(StaffingOverrides overrides, MessageSource messages) {
        this.overrides = overrides;
        this.messages = messages;
    }

    @PostMapping("/tasks/{taskId}/staffing-overrides")
    String request(@PathVariable long taskId, @RequestParam(required = false) String reason,
                   @AuthenticationPrincipal FairdrawUser user, RedirectAttributes redirect, Locale locale) {
        try {
            long id = overrides.request(taskId, reason, user);
            redirect.addFlashAttribute("flash", messages.getMessage("draw.staffing.override.requested",
                    new Object[] {id}, locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return "redirect:/tasks/" + taskId + "/draws";
    }

    @PostMapping("/staffing-overrides/{overrideId}/approve")
    String approve(@PathVariable long overrideId, @AuthenticationPrincipal FairdrawUser user,
                   RedirectAttributes redirect, Locale locale) {
        return decide(overrideId, "approve", user, redirect, locale);
    }

    @PostMapping("/staffing-overrides/{overrideId}/refuse")
    String refuse(@PathVariable long overrideId, @AuthenticationPrincipal FairdrawUser user,
                  RedirectAttributes redirect, Locale locale) {
        return decide(overrideId, "refuse", user, redirect, locale);
    }

    private String decide(long overrideId, String decision, FairdrawUser user, RedirectAttributes redirect,
                          Locale locale) {
        long taskId;
        try {
            taskId = (decision.equals("approve") ? overrides.approve(overrideId, user)
                    : overrides.refuse(overrideId, user)).taskId();
            redirect.addFlashAttribute("flash", messages.getMessage("draw.staffing.override.decided_flash",
                    new Object[] {overrideId}, locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
            return "redirect:/";
        }
        return "redirect:/tasks/" + taskId + "/draws";
    }

    @PostMapping("/api/v1/tasks/{taskId}/staffing-overrides")
    @ResponseBody
    ResponseEntity<Map<String, Object>> requestApi(@PathVariable long taskId, @RequestBody Body body,
                                                   @AuthenticationPrincipal FairdrawUser user) {
        long id = overrides.request(taskId, body.reason(), user);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("overrideId", id);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(json);
    }

    @PostMapping("/api/v1/staffing-overrides/{overrideId}/approve")
    @ResponseBody
    Map<String, Object> approveApi(@PathVariable long overrideId, @AuthenticationPrincipal FairdrawUser user) {
        return decideApi(overrideId, "approve", user);
    }

    @PostMapping("/api/v1/staffing-overrides/{overrideId}/refuse")
    @ResponseBody
    Map<String, Object> refuseApi(@PathVariable long overrideId, @AuthenticationPrincipal FairdrawUser user) {
        return decideApi(overrideId, "refuse", user);
    }

    private Map<String, Object> decideApi(long overrideId, String decision, FairdrawUser user) {
        var o = decision.equals("approve") ? overrides.approve(overrideId, user) : overrides.refuse(overrideId, user);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("overrideId", o.id());
        json.put("status", o.status());
        return json;
    }
}
