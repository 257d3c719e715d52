package io.fairdraw.plan.web;

import io.fairdraw.organization.Organization;
import io.fairdraw.plan.domain.AnnualPlan;
import io.fairdraw.plan.domain.ItemCatalog;
import io.fairdraw.plan.domain.PlanService;
import io.fairdraw.plan.domain.Task;
import io.fairdraw.plan.domain.TaskService;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** Plan documents: the .xlsx export and the print-ready view in the official layout. */
@Controller
class PlanDocumentController {

    private final PlanService plans;
    private final TaskService tasks;
    private final ItemCatalog catalog;
    private final Organization organization;
    private final MessageSource messages;

    PlanDocumentController(PlanService plans, TaskService tasks, ItemCatalog catalog, Organization organization,
                           MessageSource messages) {
        this.plans = plans;
        this.tasks = tasks;
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/plans/{id}/print")
    String print(@PathVariable long id, Model model) {
        AnnualPlan plan = plans.visible(id);
        model.addAttribute("plan", plan);
        model.addAttribute("unit", organization.unit(plan.unitCode()).orElseThrow());
        model.addAttribute("tasks", tasks.tasks(id));
        model.addAttribute("catalog", catalog);
        return "plan/print";
    }

    @GetMapping("/plans/{id}/export")
    void export(@PathVariable long id, HttpServletResponse response, Locale locale) throws IOException {
        AnnualPlan plan = plans.visible(id);
        List<Task> list = tasks.tasks(id);
        XlsxTable.attachment(response, "plan-" + plan.unitCode() + "-" + plan.year() + ".xlsx");
        List<String> headers = List.of("code", "name", "items", "legal_basis", "ratios", "team", "cross_org", "period",
                "beacon").stream().map(h -> messages.getMessage("plan.export." + h, null, locale)).toList();
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), "plan", headers)) {
            for (Task task : list) {
                List<ItemCatalog.ItemRef> items = new ArrayList<>();
                task.itemVersionIds().forEach(v -> catalog.version(v).ifPresent(items::add));
                t.add(List.of(task.code(), task.name(),
                        items.stream().map(i -> i.code() + " " + i.name()).collect(Collectors.joining("\n")),
                        items.stream().map(ItemCatalog.ItemRef::legalBasis).collect(Collectors.joining("\n")),
                        task.sampling().ratios().entrySet().stream().map(e -> e.getKey() + " " + e.getValue().ratioBp() / 100.0
                                + "% min " + e.getValue().min()).collect(Collectors.joining("; ")),
                        task.team().size(), messages.getMessage(task.team().crossOrg() ? "common.yes" : "common.no", null, locale),
                        task.period().start() + " ~ " + task.period().end(), task.sampling().beaconSource()));
            }
        }
    }
}
