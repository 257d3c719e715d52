package io.fairdraw.inspector.web;

import io.fairdraw.inspector.InspectorStatus;
import io.fairdraw.inspector.domain.InspectorDetails;
import io.fairdraw.inspector.domain.InspectorService;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.SubOffices;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.shared.UserError;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The directory for people: list with search and eligibility today, an inspector's page, add and edit. */
@Controller
@RequestMapping("/inspectors")
class InspectorController {

    static final String LIST = "inspector/list";
    static final String DETAIL = "inspector/detail";
    static final String FORM = "inspector/form";
    private static final int PAGE_SIZE = 20;

    private final InspectorService inspectors;
    private final Organization organization;
    private final Clock clock;
    private final SubOffices subOffices;

    InspectorController(InspectorService inspectors, Organization organization, Clock clock, SubOffices subOffices) {
        this.inspectors = inspectors;
        this.organization = organization;
        this.clock = clock;
        this.subOffices = subOffices;
    }

    @ModelAttribute("fields")
    SupervisionField[] fields() {
        return SupervisionField.values();
    }

    @ModelAttribute("statuses")
    InspectorStatus[] statuses() {
        return InspectorStatus.values();
    }

    /** The sub-offices an inspector of the maintainer's unit may belong to (所所交叉). */
    @ModelAttribute("offices")
    List<SubOffices.Office> offices(@AuthenticationPrincipal FairdrawUser user) {
        return user == null ? List.of() : subOffices.ofUnit(user.unitCode());
    }

    @ModelAttribute("unitNames")
    Map<String, String> unitNames() {
        return organization.units().stream().collect(Collectors.toMap(Organization.UnitView::code,
                Organization.UnitView::name));
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String unit,
                @RequestParam(required = false) InspectorStatus status, @RequestParam(defaultValue = "0") int page,
                @AuthenticationPrincipal FairdrawUser user, Model model) {
        LocalDate today = BusinessClock.today(clock);
        InspectorService.Page p = inspectors.search(q, unit, status, page, PAGE_SIZE);
        model.addAttribute("q", q);
        model.addAttribute("unit", unit);
        model.addAttribute("status", status);
        model.addAttribute("page", p);
        model.addAttribute("rows", p.rows().stream().map(d -> InspectorRow.of(inspectors.forViewer(d), today)).toList());
        model.addAttribute("canEdit", inspectors.maintains(user.unitCode()));
        return LIST;
    }

    @GetMapping("/{id}")
    String detail(@PathVariable String id, Model model) {
        InspectorDetails d = inspectors.get(id);
        String unit = d.inspector().unitCode();
        model.addAttribute("row", InspectorRow.of(inspectors.forViewer(d), BusinessClock.today(clock)));
        model.addAttribute("conflicts", inspectors.conflicts(id));
        model.addAttribute("canEdit", inspectors.maintains(unit));
        model.addAttribute("today", BusinessClock.today(clock));
        return DETAIL;
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal FairdrawUser user, Model model) {
        requireMaintainer(user.unitCode());
        model.addAttribute("form", new InspectorForm("", "", "", null, Set.of(), InspectorStatus.ON_DUTY, false, "", "", ""));
        model.addAttribute("editing", false);
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") InspectorForm form, BindingResult result,
                  @AuthenticationPrincipal FairdrawUser user, Model model, RedirectAttributes redirect) {
        requireMaintainer(user.unitCode());
        if (!result.hasErrors()) {
            try {
                inspectors.create(form.toDraft(user.unitCode()));
                redirect.addFlashAttribute("flash", "inspector.created");
                return "redirect:/inspectors/" + form.id().strip();
            } catch (UserError e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("editing", false);
        return FORM;
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable String id, Model model) {
        InspectorDetails d = inspectors.get(id);
        requireMaintainer(d.inspector().unitCode());
        model.addAttribute("form", InspectorForm.of(d));
        model.addAttribute("editing", true);
        return FORM;
    }

    @PostMapping("/{id}/edit")
    String update(@PathVariable String id, @Valid @ModelAttribute("form") InspectorForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        InspectorDetails d = inspectors.get(id);
        requireMaintainer(d.inspector().unitCode());
        if (!result.hasErrors()) {
            try {
                inspectors.update(id, form.toDraft(d.inspector().unitCode()));
                redirect.addFlashAttribute("flash", "inspector.updated");
                return "redirect:/inspectors/" + id;
            } catch (UserError e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("editing", true);
        return FORM;
    }

    private void requireMaintainer(String unit) {
        if (!inspectors.maintains(unit)) {
            throw new OutOfScopeException(unit, true);
        }
    }
}
