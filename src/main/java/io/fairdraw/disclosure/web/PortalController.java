package io.fairdraw.disclosure.web;

import io.fairdraw.disclosure.domain.Portal;
import io.fairdraw.disclosure.domain.PublicResult;
import io.fairdraw.disclosure.domain.ResultQuery;
import io.fairdraw.draw.TaskDraws;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.plan.PublishedPlans;
import io.fairdraw.plan.TaskView;
import io.fairdraw.shared.SupervisionField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public portal (一公开, no login): what is checked (catalog), the plans and their tasks, the
 * draws, and the published results with search, filters and a page per entity.
 */
@Controller
class PortalController {

    static final String HOME = "disclosure/portal";
    static final String RESULTS = "disclosure/results";
    static final String ENTITY = "disclosure/entity";
    static final String PLANS = "disclosure/plans";
    static final String PLAN = "disclosure/plan";

    private final Portal portal;
    private final PortalLabels labels;
    private final PublishedPlans plans;
    private final TaskDraws taskDraws;

    private io.fairdraw.disclosure.objection.ObjectionService objections;

    PortalController(Portal portal, PortalLabels labels, PublishedPlans plans, TaskDraws taskDraws) {
        this.taskDraws = taskDraws;
        this.portal = portal;
        this.labels = labels;
        this.plans = plans;
    }

    /**
     * The context path for links built per row: a plain concatenation is cheaper than a link
     * expression per row on the busiest public pages (bench/portal/README.md).
     */
    /** issue 20 item 4: each result shows its objections, without personal data (a setter: the constructor stays). */
    @org.springframework.beans.factory.annotation.Autowired
    void setObjections(io.fairdraw.disclosure.objection.ObjectionService objections) {
        this.objections = objections;
    }

    @org.springframework.web.bind.annotation.ModelAttribute("ctx")
    String contextPath(jakarta.servlet.http.HttpServletRequest request) {
        return request.getContextPath();
    }

    @GetMapping({"/public", "/public/"})
    String home() {
        return HOME;
    }

    @GetMapping("/public/results")
    String results(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
                   @RequestParam(required = false) Integer year, @RequestParam(required = false) String field,
                   @RequestParam(required = false) String result, @RequestParam(required = false) String after,
                   Model model) {
        ResultQuery query = new ResultQuery(q, null, unit, year, field,
                result != null && PortalLabels.validCategory(result) ? result : null, after);
        model.addAttribute("query", query);
        model.addAttribute("page", portal.search(query));
        model.addAttribute("unitNames", labels.unitNames());
        model.addAttribute("units", labels.unitNames().keySet().stream().sorted().toList());
        model.addAttribute("years", portal.years());
        model.addAttribute("fields", SupervisionField.values());
        model.addAttribute("categories", ResultCategory.values());
        return RESULTS;
    }

    @GetMapping("/public/entities/{uscc}")
    String entity(@PathVariable String uscc, Model model) {
        if (uscc.length() > 18 || !portal.hasPublished(uscc)) {
            throw new OutOfScopeException("entity:" + uscc, false);
        }
        // An entity has few results; 500 covers years of inspections, the CSV has all.
        Portal.Page page = portal.search(new ResultQuery(null, uscc, null, null, null, null, null), 500, false);
        Map<Long, List<PublicResult>> byRecord = new LinkedHashMap<>();
        page.rows().forEach(r -> byRecord.computeIfAbsent(r.recordId(), k -> new java.util.ArrayList<>()).add(r));
        byRecord.values().forEach(items -> items.sort(java.util.Comparator.comparing(PublicResult::itemCode)));
        model.addAttribute("uscc", uscc);
        model.addAttribute("name", page.rows().get(0).entityName());
        model.addAttribute("records", byRecord);
        model.addAttribute("unitNames", labels.unitNames());
        Map<Long, List<io.fairdraw.disclosure.objection.PublicObjection>> objected = new LinkedHashMap<>();
        objections.publicOf(byRecord.keySet()).forEach(o ->
                objected.computeIfAbsent(o.recordId(), k -> new java.util.ArrayList<>()).add(o));
        model.addAttribute("objections", objected);
        return ENTITY;
    }

    @GetMapping("/public/plans")
    String plans(@RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("plans", plans.published(year));
        model.addAttribute("unitNames", labels.unitNames());
        model.addAttribute("year", year);
        return PLANS;
    }

    @GetMapping("/public/plans/{id}")
    String plan(@PathVariable long id, Model model) {
        PublishedPlans.PlanSummary plan = plans.publishedPlan(id)
                .orElseThrow(() -> new OutOfScopeException("plan:" + id, false));
        List<TaskView> tasks = plans.publishedTasks(id);
        model.addAttribute("plan", plan);
        model.addAttribute("tasks", tasks);
        // issue 17: every draw of each task and its outcome (executed, failed, superseded), linked.
        Map<Long, List<TaskDraws.Outcome>> draws = new LinkedHashMap<>();
        tasks.forEach(t -> draws.put(t.taskId(), taskDraws.ofTask(t.taskId())));
        model.addAttribute("draws", draws);
        model.addAttribute("unitNames", labels.unitNames());
        return PLAN;
    }
}
