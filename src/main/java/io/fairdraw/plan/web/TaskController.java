package io.fairdraw.plan.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.plan.ExclusionRule;
import io.fairdraw.plan.domain.AnnualPlan;
import io.fairdraw.plan.domain.ItemCatalog;
import io.fairdraw.plan.domain.OverlapService;
import io.fairdraw.plan.domain.PlanService;
import io.fairdraw.plan.domain.TaskFrames;
import io.fairdraw.plan.domain.Task;
import io.fairdraw.plan.domain.TaskForm;
import io.fairdraw.plan.domain.TaskOutOfScope;
import io.fairdraw.plan.domain.TaskParameterService;
import io.fairdraw.plan.domain.TaskService;
import io.fairdraw.shared.FormErrors;
import io.fairdraw.shared.UserError;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.MessageSource;
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

/** Tasks of a plan: form with live preview, joint-task partners, overlap report. */
@Controller
class TaskController {

    static final String FORM = "plan/task-form";
    static final String PREVIEW = "plan/task-preview :: preview";
    static final String DETAIL = "plan/task";

    private final PlanService plans;
    private final TaskService tasks;
    private final TaskFrames frames;
    private final OverlapService overlaps;
    private final ItemCatalog catalog;
    private final Organization organization;
    private final MessageSource messages;
    private final TaskParameterService parameters;
    private final io.fairdraw.plan.domain.TaskTypes types;

    TaskController(PlanService plans, TaskService tasks, TaskFrames frames, OverlapService overlaps,
                   ItemCatalog catalog, Organization organization, MessageSource messages,
                   TaskParameterService parameters, io.fairdraw.plan.domain.TaskTypes types) {
        this.types = types;
        this.parameters = parameters;
        this.plans = plans;
        this.tasks = tasks;
        this.frames = frames;
        this.overlaps = overlaps;
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/plans/{planId}/tasks/new")
    String newTask(@PathVariable long planId, @AuthenticationPrincipal FairdrawUser user, Model model) {
        AnnualPlan plan = plans.visible(planId);
        plan.requirePlanner(user);
        return form(plan, tasks.blankForm(plan), null, model);
    }

    @PostMapping("/plans/{planId}/tasks")
    String create(@PathVariable long planId, @ModelAttribute("form") TaskForm form, BindingResult binding,
                  @AuthenticationPrincipal FairdrawUser user, Model model, RedirectAttributes redirect) {
        AnnualPlan plan = plans.visible(planId);
        if (!binding.hasErrors()) {
            try {
                long id = tasks.create(planId, form, user);
                redirect.addFlashAttribute("flash", "task.created");
                return "redirect:/tasks/" + id;
            } catch (TaskService.InvalidTask e) {
                e.errors().forEach(err -> FormErrors.reject(binding, err));
            } catch (TaskOutOfScope e) {
                e.errors().forEach(err -> FormErrors.reject(binding, err));
            }
        }
        return form(plan, form, null, model);
    }

    @GetMapping("/tasks/{id}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, Model model) {
        Task t = tasks.task(id);
        AnnualPlan plan = plans.visible(t.planId());
        plan.requirePlanner(user);
        return form(plan, TaskForm.of(t, types.of(id)), t, model);
    }

    @PostMapping("/tasks/{id}")
    String update(@PathVariable long id, @ModelAttribute("form") TaskForm form, BindingResult binding,
                  @AuthenticationPrincipal FairdrawUser user, Model model, RedirectAttributes redirect) {
        Task t = tasks.task(id);
        if (!binding.hasErrors()) {
            try {
                tasks.update(id, form, user);
                redirect.addFlashAttribute("flash", "task.updated");
                return "redirect:/tasks/" + id;
            } catch (TaskService.InvalidTask e) {
                e.errors().forEach(err -> FormErrors.reject(binding, err));
            } catch (TaskOutOfScope e) {
                e.errors().forEach(err -> FormErrors.reject(binding, err));
            }
        }
        return form(plans.visible(t.planId()), form, t, model);
    }

    /** htmx: the live preview of the form as typed. */
    @PostMapping("/plans/{planId}/tasks/preview")
    String preview(@PathVariable long planId, @ModelAttribute("form") TaskForm form, BindingResult binding,
                   @RequestParam(required = false) Long taskId, Model model) {
        AnnualPlan plan = plans.visible(planId);
        if (plans.readsAsPartnerOnly(plan)) {
            // Issue 20 item 1: a preview counts the lead unit's entities for any form; a partner reads only the joint task.
            throw new io.fairdraw.organization.OutOfScopeException(plan.unitCode(), false);
        }
        if (binding.hasErrors() || form.teamSize() == null) {
            model.addAttribute("previewError", true);
            return PREVIEW;
        }
        model.addAttribute("preview", frames.preview(form, plan, taskId, plans.today()));
        model.addAttribute("rules", ExclusionRule.values());
        return PREVIEW;
    }

    @GetMapping("/tasks/{id}")
    String detail(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, Model model) {
        Task t = tasks.task(id);
        AnnualPlan plan = plans.visible(t.planId());
        model.addAttribute("task", t);
        model.addAttribute("plan", plan);
        model.addAttribute("catalog", catalog);
        model.addAttribute("contributors", tasks.itemContributors(id));
        model.addAttribute("partners", tasks.partners(id));
        model.addAttribute("units", organization.units());
        // Issue 20 item 1: a partner (a 协作部门 above all) is named, not only coded.
        model.addAttribute("unitNames", organization.units().stream().collect(java.util.stream.Collectors.toMap(
                io.fairdraw.organization.Organization.UnitView::code, io.fairdraw.organization.Organization.UnitView::name)));
        model.addAttribute("preview", frames.preview(t, plan.unitCode(), frames.confirmedPartners(id), plans.today()));
        model.addAttribute("rules", ExclusionRule.values());
        model.addAttribute("itemScope", frames.task(id).map(io.fairdraw.plan.TaskView::itemScope).orElse(null));
        model.addAttribute("partnerItems", catalog.current(Set.of(user.unitCode())));
        model.addAttribute("paramChanges", parameters.changes(id));
        model.addAttribute("executedDraw", parameters.executedDraw(id).orElse(null));
        return DETAIL;
    }

    @GetMapping("/tasks/{id}/overlaps")
    String overlaps(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, Model model) {
        Task t = tasks.task(id);
        if (plans.readsAsPartnerOnly(plans.visible(t.planId()))) {
            // Issue 20 item 1: the report names other units' tasks; a partner reads only the joint task itself.
            throw new io.fairdraw.organization.OutOfScopeException("task:" + id, false);
        }
        model.addAttribute("task", t);
        List<OverlapService.Overlap> found = overlaps.overlaps(id, plans.today());
        model.addAttribute("overlaps", found);
        // Issue 19 item 2: propose a joint task to the other units (the partner invitation), before approval.
        model.addAttribute("others", OverlapService.byTask(found));
        model.addAttribute("proposal", JointProposal.of(plans.visible(t.planId()), user, tasks.partners(id)));
        return "plan/overlaps";
    }

    @PostMapping("/tasks/{id}/delete")
    String delete(@PathVariable long id, @AuthenticationPrincipal FairdrawUser user, RedirectAttributes redirect,
                  Locale locale) {
        Task t = tasks.task(id);
        try {
            tasks.delete(id, user);
            redirect.addFlashAttribute("flash", "task.deleted");
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
        }
        return "redirect:/plans/" + t.planId();
    }

    @PostMapping("/tasks/{id}/partners")
    String invite(@PathVariable long id, @RequestParam(required = false) String partner,
                  @AuthenticationPrincipal FairdrawUser user, RedirectAttributes redirect, Locale locale) {
        return act(id, redirect, locale, "task.partner.invited", () -> tasks.invite(id, partner, user));
    }

    @PostMapping("/tasks/{id}/answer")
    String answer(@PathVariable long id, @RequestParam(required = false) Boolean confirm,
                  @AuthenticationPrincipal FairdrawUser user, RedirectAttributes redirect, Locale locale) {
        // confirm is optional here so that the service refuses a caller who may not answer before it
        // looks at the request (403/404, not 400; docs/security.md).
        return act(id, redirect, locale, Boolean.TRUE.equals(confirm) ? "task.partner.confirmed" : "task.partner.declined",
                () -> tasks.answer(id, confirm, user));
    }

    @PostMapping("/tasks/{id}/items")
    String contribute(@PathVariable long id, @RequestParam(required = false) List<Long> itemVersionIds,
                      @AuthenticationPrincipal FairdrawUser user, RedirectAttributes redirect, Locale locale) {
        try {
            tasks.contributeItems(id, itemVersionIds == null ? List.of() : itemVersionIds, user);
            redirect.addFlashAttribute("flash", "task.items.contributed");
        } catch (TaskService.InvalidTask e) {
            UserError first = e.errors().get(0);
            redirect.addFlashAttribute("error", messages.getMessage(first.messageKey(), first.args(), locale));
        } catch (TaskOutOfScope e) {
            UserError first = e.errors().get(0);
            redirect.addFlashAttribute("error", messages.getMessage(first.messageKey(), first.args(), locale));
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
        }
        return "redirect:/tasks/" + id;
    }

    private String act(long id, RedirectAttributes redirect, Locale locale, String flash, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", flash);
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
        }
        return "redirect:/tasks/" + id;
    }


    private String form(AnnualPlan plan, TaskForm form, Task task, Model model) {
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("task", task);
        // Issue 17 item 1: the form offers only the units and items the plan may use (TaskScope).
        Long taskId = task == null ? null : task.id();
        Set<String> allowed = tasks.allowedUnits(plan, taskId);
        model.addAttribute("items", tasks.allowedItems(plan, taskId));
        model.addAttribute("units", organization.units().stream().filter(u -> allowed.contains(u.code())).toList());
        Set<String> orgs = tasks.rosterOrgs(plan, taskId);
        model.addAttribute("rosterOrgs", orgs);
        model.addAttribute("rosterOrgsText", orgs.isEmpty() ? "-" : String.join(", ", orgs));
        model.addAttribute("strata", Task.STRATA);
        return FORM;
    }

}
