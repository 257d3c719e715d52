package io.fairdraw.plan.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.plan.PlanKind;
import io.fairdraw.plan.PlanStatus;
import io.fairdraw.plan.domain.PlanCoverage;
import java.util.List;
import io.fairdraw.plan.domain.AnnualPlan;
import io.fairdraw.plan.domain.ItemCatalog;
import io.fairdraw.plan.domain.PlanService;
import io.fairdraw.plan.domain.Task;
import io.fairdraw.plan.domain.TaskTypes;
import io.fairdraw.plan.domain.TaskService;
import io.fairdraw.shared.UserError;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Annual plans: list, create, detail, and the reviewed transitions. */
@Controller
class PlanController {

    static final String LIST = "plan/plans";
    static final String DETAIL = "plan/plan";

    private final PlanService plans;
    private final TaskService tasks;
    private final ItemCatalog catalog;
    private final Organization organization;
    private final MessageSource messages;
    private final PlanCoverage coverage;
    private final TaskTypes taskTypes;

    PlanController(PlanService plans, TaskService tasks, ItemCatalog catalog, Organization organization,
                   MessageSource messages, PlanCoverage coverage, TaskTypes taskTypes) {
        this.coverage = coverage;
        this.taskTypes = taskTypes;
        this.plans = plans;
        this.tasks = tasks;
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/plans")
    String list(@RequestParam(required = false) Integer year, @RequestParam(required = false) String status,
                @AuthenticationPrincipal FairdrawUser user, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("status", status);
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("plans", plans.list(year, status));
        model.addAttribute("units", unitNames());
        model.addAttribute("today", plans.today());
        model.addAttribute("nextYear", plans.today().getYear());
        model.addAttribute("invitations", tasks.pendingInvitations(user.unitCode()).stream().map(tasks::task).toList());
        return LIST;
    }

    @PostMapping("/plans")
    String create(@RequestParam(required = false) Integer year, @RequestParam(required = false) String title,
                  @RequestParam(required = false) String kind,
                  @AuthenticationPrincipal FairdrawUser user, RedirectAttributes redirect, Locale locale) {
        try {
            long id = plans.create(user, year == null ? 0 : year, title, PlanKinds.parse(kind));
            return "redirect:/plans/" + id;
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
            redirect.addFlashAttribute("typedYear", year);
            redirect.addFlashAttribute("typedTitle", title);
            redirect.addFlashAttribute("typedKind", kind);
            return "redirect:/plans";
        }
    }

    @GetMapping("/plans/{id}")
    String detail(@PathVariable long id, Model model) {
        AnnualPlan plan = plans.visible(id);
        model.addAttribute("plan", plan);
        model.addAttribute("unit", organization.unit(plan.unitCode()).orElseThrow());
        List<Task> list = tasks.tasks(id);
        model.addAttribute("tasks", list);
        // issue 23 item 4: the rows' types and items in one query each, not per row from the template
        model.addAttribute("types", taskTypes.of(list.stream().map(Task::id).toList()));
        model.addAttribute("items", catalog.versions(list.stream().flatMap(t -> t.itemVersionIds().stream())
                .collect(java.util.stream.Collectors.toSet())));
        model.addAttribute("late", plan.lateOn(plans.today()));
        model.addAttribute("due", AnnualPlan.DUE.atYear(plan.year()));
        List<PlanCoverage.Row> rows = coverage.of(plan, plans.today());
        model.addAttribute("coverage", rows);
        model.addAttribute("coverageShort", plan.kind() == PlanKind.ANNUAL && rows.stream().anyMatch(PlanCoverage.Row::belowFloor));
        return DETAIL;
    }

    @PostMapping("/plans/{id}/{transition:submit|approve|publish|return}")
    String transition(@PathVariable long id, @PathVariable String transition,
                      @RequestParam(required = false) String reason,
                      @RequestParam(required = false) String coverageReason, @AuthenticationPrincipal FairdrawUser user,
                      RedirectAttributes redirect, Locale locale) {
        try {
            switch (transition) {
                case "submit" -> plans.submit(id, user);
                case "approve" -> plans.approve(id, user, coverageReason);
                case "publish" -> plans.publish(id, user);
                default -> plans.returnToDraft(id, user, reason);
            }
            redirect.addFlashAttribute("flash", "plan.done." + transition);
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
            redirect.addFlashAttribute("typedReason", reason);
            redirect.addFlashAttribute("typedCoverageReason", coverageReason);
        }
        return "redirect:/plans/" + id;
    }

    private java.util.Map<String, String> unitNames() {
        java.util.Map<String, String> out = new java.util.HashMap<>();
        organization.units().forEach(u -> out.put(u.code(), u.name()));
        return out;
    }
}
