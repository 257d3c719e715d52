package io.fairdraw.draw.web;

import io.fairdraw.draw.domain.SubstitutionEvent;
import io.fairdraw.draw.domain.SubstitutionService;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.shared.UserError;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The task draw page's substitution forms (issue 17 item 6): the planner requests, a reviewer of
 * the unit who did not request approves or refuses. Errors come back as the page's flash message.
 */
@Controller
class SubstitutionController {

    private final SubstitutionService service;
    private final MessageSource messages;

    SubstitutionController(SubstitutionService service, MessageSource messages) {
        this.service = service;
        this.messages = messages;
    }

    // taskId only chooses the page to return to; target is "USCC/INSPECTOR_ID" (one select lists
    // every team member of every entity). All optional so that a caller who may not act gets 403/404.
    @PostMapping("/draws/{drawId}/substitutions")
    String request(@PathVariable String drawId, @RequestParam(required = false) Long taskId,
                   @RequestParam(required = false) String target, @RequestParam(required = false) String reason,
                   @RequestParam(required = false) String text, @AuthenticationPrincipal FairdrawUser user,
                   RedirectAttributes redirect, Locale locale) {
        String[] parts = target == null ? new String[] {""} : target.split("/", 2);
        return act(taskId, redirect, locale, () -> {
            long id = service.request(drawId, parts[0], parts.length > 1 ? parts[1] : "", reason, text, user);
            redirect.addFlashAttribute("flash", messages.getMessage("draw.substitution.requested",
                    new Object[] {id, parts[0], parts.length > 1 ? parts[1] : ""}, locale));
        });
    }

    @PostMapping("/substitution-requests/{requestId}/approve")
    String approve(@PathVariable("requestId") long id, @RequestParam(required = false) Long taskId,
                   @AuthenticationPrincipal FairdrawUser user, RedirectAttributes redirect, Locale locale) {
        return act(taskId, redirect, locale, () -> {
            SubstitutionEvent s = service.approve(id, user);
            redirect.addFlashAttribute("flash", messages.getMessage("draw.substituted",
                    new Object[] {s.uscc(), s.out(), s.in()}, locale));
        });
    }

    @PostMapping("/substitution-requests/{requestId}/refuse")
    String refuse(@PathVariable("requestId") long id, @RequestParam(required = false) Long taskId,
                  @AuthenticationPrincipal FairdrawUser user, RedirectAttributes redirect, Locale locale) {
        return act(taskId, redirect, locale, () -> {
            service.refuse(id, user);
            redirect.addFlashAttribute("flash", messages.getMessage("draw.substitution.refused_flash",
                    new Object[] {id}, locale));
        });
    }

    private String act(Long taskId, RedirectAttributes redirect, Locale locale, Runnable action) {
        try {
            action.run();
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(), locale));
        }
        return taskId == null ? "redirect:/" : "redirect:/tasks/" + taskId + "/draws";
    }
}
