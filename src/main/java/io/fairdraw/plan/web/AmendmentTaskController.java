package io.fairdraw.plan.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.plan.domain.AnnualPlan;
import io.fairdraw.plan.domain.PlanAmendmentService;
import io.fairdraw.plan.domain.PlanService;
import io.fairdraw.plan.domain.TaskForm;
import io.fairdraw.plan.domain.TaskOutOfScope;
import io.fairdraw.plan.domain.TaskService;
import io.fairdraw.shared.FormErrors;
import io.fairdraw.shared.UserError;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 计划调整 (issue 19 item 6): the PLANNER proposes adding a task to a published plan with the task's
 * main fields and a reason. The task passes the task form's own checks and scope (TaskService),
 * and exists only once another REVIEWER approves the amendment.
 */
@Controller
class AmendmentTaskController {

    static final String FORM = "plan/amendment-task";

    private final PlanService plans;
    private final TaskService tasks;
    private final PlanAmendmentService amendments;

    AmendmentTaskController(PlanService plans, TaskService tasks, PlanAmendmentService amendments) {
        this.plans = plans;
        this.tasks = tasks;
        this.amendments = amendments;
    }

    @GetMapping("/plans/{id}/amendments/task")
    String form(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, Model model) {
        AnnualPlan plan = plans.visible(id);
        plan.requirePlanner(user);
        return render(plan, tasks.blankForm(plan), null, model);
    }

    @PostMapping("/plans/{id}/amendments/task")
    String propose(@PathVariable long id, @ModelAttribute("form") TaskForm form, BindingResult binding,
                   @RequestParam(required = false) String reason, @AuthenticationPrincipal FairdrawUser user,
                   Model model, RedirectAttributes redirect) {
        AnnualPlan plan = plans.visible(id);
        plan.requirePlanner(user);
        String reasonError = null;
        if (!binding.hasErrors()) {
            try {
                amendments.propose(id, new PlanAmendmentService.AmendmentForm("ADD_TASK", null, null, null, reason,
                        form), user);
                redirect.addFlashAttribute("flash", "plan.amendment.done.propose");
                return "redirect:/plans/" + id + "#amendments";
            } catch (TaskService.InvalidTask e) {
                reasonError = place(e.errors(), binding);
            } catch (TaskOutOfScope e) {
                reasonError = place(e.errors(), binding);
            } catch (UserError e) {
                binding.reject(e.messageKey(), e.args(), e.messageKey());
            }
        }
        model.addAttribute("reason", reason);
        return render(plan, form, reasonError, model);
    }

    /** The reason is not a task field: its error is shown beside it; the others on their fields. */
    private static String place(List<UserError> errors, BindingResult binding) {
        String reasonError = null;
        for (UserError err : errors) {
            if ("reason".equals(err.field())) {
                reasonError = err.messageKey();
            } else {
                FormErrors.reject(binding, err);
            }
        }
        return reasonError;
    }

    private String render(AnnualPlan plan, TaskForm form, String reasonError, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("items", tasks.allowedItems(plan, null));
        model.addAttribute("reasonError", reasonError);
        return FORM;
    }
}
