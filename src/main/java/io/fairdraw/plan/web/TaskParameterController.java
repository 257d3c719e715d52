package io.fairdraw.plan.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.plan.domain.TaskParameterService;
import io.fairdraw.plan.domain.TaskService;
import io.fairdraw.shared.UserError;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Issue 17 item 4: the REVIEWER changes a published task's draw parameters with a published reason. */
@Controller
class TaskParameterController {

    private final TaskParameterService parameters;
    private final MessageSource messages;

    TaskParameterController(TaskParameterService parameters, MessageSource messages) {
        this.parameters = parameters;
        this.messages = messages;
    }

    @PostMapping("/tasks/{id}/parameters")
    String change(@PathVariable long id, @RequestParam(required = false) Integer teamSize,
                  @RequestParam(required = false) Integer capSlack, @RequestParam(required = false) Boolean crossOrg,
                  @RequestParam(required = false) String reason, @AuthenticationPrincipal FairdrawUser user,
                  RedirectAttributes redirect, Locale locale) {
        try {
            parameters.change(id, new TaskParameterService.ParameterForm(teamSize, capSlack, crossOrg, reason), user);
            redirect.addFlashAttribute("flash", "task.params.changed");
        } catch (TaskService.InvalidTask e) {
            UserError first = e.errors().get(0);
            redirect.addFlashAttribute("error", messages.getMessage(first.messageKey(), first.args(), locale));
            redirect.addFlashAttribute("typedReason", reason);
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
            redirect.addFlashAttribute("typedReason", reason);
        }
        return "redirect:/tasks/" + id;
    }
}
