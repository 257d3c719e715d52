package io.fairdraw.plan.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.plan.domain.PlanAmendmentService;
import io.fairdraw.plan.domain.TaskService;
import io.fairdraw.shared.UserError;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 计划调整 (issue 19 item 6) from the plan page: the PLANNER proposes cancelling a task or changing
 * its period with a reason; a REVIEWER who did not propose it approves (published) or returns it.
 * What was typed comes back with the error.
 */
@Controller
class PlanAmendmentController {

    private final PlanAmendmentService amendments;
    private final MessageSource messages;

    PlanAmendmentController(PlanAmendmentService amendments, MessageSource messages) {
        this.amendments = amendments;
        this.messages = messages;
    }

    @PostMapping("/plans/{id}/amendments")
    String propose(@PathVariable long id, @RequestParam(required = false) String kind,
                   @RequestParam(required = false) Long taskId,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodStart,
                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
                   @RequestParam(required = false) String reason, @AuthenticationPrincipal FairdrawUser user,
                   RedirectAttributes redirect, Locale locale) {
        try {
            amendments.propose(id, new PlanAmendmentService.AmendmentForm(kind, taskId, periodStart, periodEnd, reason,
                    null), user);
            redirect.addFlashAttribute("flash", "plan.amendment.done.propose");
        } catch (TaskService.InvalidTask e) {
            redirect.addFlashAttribute("amendmentError", e.errors().stream()
                    .map(err -> messages.getMessage(err.messageKey(), err.args(), locale)).toList());
            redirect.addFlashAttribute("typedAmendment", new PlanAmendmentService.AmendmentForm(kind, taskId,
                    periodStart, periodEnd, reason, null));
        } catch (UserError e) {
            redirect.addFlashAttribute("amendmentError", java.util.List.of(messages.getMessage(e.messageKey(),
                    e.args(), locale)));
            redirect.addFlashAttribute("typedAmendment", new PlanAmendmentService.AmendmentForm(kind, taskId,
                    periodStart, periodEnd, reason, null));
        }
        return "redirect:/plans/" + id + "#amendments";
    }

    @PostMapping("/plans/{id}/amendments/{amendmentId}/{transition:approve|return}")
    String decide(@PathVariable long id, @PathVariable long amendmentId, @PathVariable String transition,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal FairdrawUser user,
                  RedirectAttributes redirect, Locale locale) {
        try {
            if (transition.equals("approve")) {
                amendments.approve(id, amendmentId, user);
            } else {
                amendments.returnToPlanner(id, amendmentId, reason, user);
            }
            redirect.addFlashAttribute("flash", "plan.amendment.done." + transition);
        } catch (TaskService.InvalidTask e) {
            redirect.addFlashAttribute("amendmentError", e.errors().stream()
                    .map(err -> messages.getMessage(err.messageKey(), err.args(), locale)).toList());
        } catch (UserError e) {
            redirect.addFlashAttribute("amendmentError", java.util.List.of(messages.getMessage(e.messageKey(),
                    e.args(), locale)));
            redirect.addFlashAttribute("typedReturnReason", reason);
        }
        return "redirect:/plans/" + id + "#amendments";
    }
}
