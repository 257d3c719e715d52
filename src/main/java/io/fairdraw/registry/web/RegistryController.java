package io.fairdraw.registry.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.Scopes;
import io.fairdraw.registry.EntityStatus;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.registry.RiskClass;
import io.fairdraw.registry.domain.EntityFilter;
import io.fairdraw.registry.domain.EntityForm;
import io.fairdraw.registry.domain.EntityOfficeService;
import io.fairdraw.registry.domain.MarketEntity;
import io.fairdraw.registry.domain.RegistryService;
import io.fairdraw.shared.FormErrors;
import io.fairdraw.shared.UserError;
import io.fairdraw.shared.XlsxTable;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/** The 名录库 pages: list with filters and export, detail with history, create/edit/deregister. */
@Controller
class RegistryController {

    static final String LIST = "registry/entities";
    static final String DETAIL = "registry/entity";
    static final String FORM = "registry/entity-form";
    private static final int PAGE_SIZE = 50;

    private final RegistryService registry;
    private final Organization organization;
    private final Scopes scopes;
    private final MessageSource messages;
    private final EntityOfficeService entityOffices;

    RegistryController(RegistryService registry, Organization organization, Scopes scopes, MessageSource messages,
                       EntityOfficeService entityOffices) {
        this.entityOffices = entityOffices;
        this.registry = registry;
        this.organization = organization;
        this.scopes = scopes;
        this.messages = messages;
    }

    @ModelAttribute("fields")
    SupervisionField[] fields() {
        return SupervisionField.values();
    }

    @ModelAttribute("statuses")
    EntityStatus[] statuses() {
        return EntityStatus.values();
    }

    @ModelAttribute("risks")
    RiskClass[] risks() {
        return RiskClass.values();
    }

    @ModelAttribute("flags")
    EntityFilter.Flag[] flags() {
        return EntityFilter.Flag.values();
    }

    @GetMapping("/registry")
    String list(@ModelAttribute("filter") EntityFilter filter, @RequestParam(defaultValue = "0") int page,
                @AuthenticationPrincipal FairdrawUser user, Model model) {
        model.addAttribute("page", registry.search(filter, page, PAGE_SIZE));
        model.addAttribute("units", readableUnits());
        model.addAttribute("canMaintain", registry.canMaintain(user.unitCode()));
        return LIST;
    }

    /** The filtered list as .xlsx in the import template's columns, so it can be edited and re-imported. */
    @GetMapping("/registry/entities/export")
    void export(@ModelAttribute("filter") EntityFilter filter, HttpServletResponse response) throws IOException {
        Locale zh = Locale.SIMPLIFIED_CHINESE; // the template's headers and labels are the contract's (DESIGN.md §5)
        List<String> headers = new ArrayList<>();
        for (String c : List.of("uscc", "name", "entity_type", "field", "unit", "address", "legal_rep", "license_no",
                "status", "risk_class", "many_complaints", "abnormal_operation", "serious_dishonesty")) {
            headers.add(messages.getMessage("registry.column." + c, null, zh));
        }
        String yes = messages.getMessage("common.yes", null, zh);
        String no = messages.getMessage("common.no", null, zh);
        XlsxTable.attachment(response, "registry.xlsx");
        try (XlsxTable t = new XlsxTable(response.getOutputStream(), "registry", headers)) {
            registry.forEach(filter, e -> t.add(List.of(e.uscc(), e.name(), e.entityType(),
                    messages.getMessage("field." + e.field(), null, zh), e.unitCode(), e.address(),
                    e.legalRep(), e.licenseNo(), messages.getMessage("registry.status." + e.status(), null, zh),
                    e.riskClass() == null ? "" : e.riskClass().name(), e.manyComplaints() ? yes : no,
                    e.abnormalOperation() ? yes : no, e.seriousDishonesty() ? yes : no)));
        }
    }

    @GetMapping("/registry/entities/{uscc}")
    String detail(@PathVariable String uscc, Model model) {
        MarketEntity e = registry.get(uscc);
        model.addAttribute("entity", e);
        model.addAttribute("history", registry.history(e.uscc()));
        model.addAttribute("canMaintain", registry.canMaintain(e.unitCode()));
        model.addAttribute("zone", BusinessClock.ZONE);
        // 所所交叉: the supervising sub-office and, for the LIAISON, the offices to choose from.
        model.addAttribute("office", entityOffices.officeOf(e.uscc()));
        model.addAttribute("officeChoices", entityOffices.choices(e.unitCode()));
        return DETAIL;
    }

    @GetMapping("/registry/entities/new")
    String newForm(@AuthenticationPrincipal FairdrawUser user, Model model) {
        registry.requireMaintainable(user.unitCode());
        model.addAttribute("form", EntityForm.blank(user.unitCode()));
        return form(model, false, 0);
    }

    @PostMapping("/registry/entities/new")
    String create(@Valid @ModelAttribute("form") EntityForm form, BindingResult result, Model model,
                  @AuthenticationPrincipal FairdrawUser user, RedirectAttributes redirect) {
        registry.requireMaintainable(user.unitCode());
        if (!result.hasErrors()) {
            try {
                MarketEntity e = registry.create(form);
                redirect.addFlashAttribute("flash", "registry.created");
                return "redirect:/registry/entities/" + e.uscc();
            } catch (UserError e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, false, 0);
    }

    @GetMapping("/registry/entities/{uscc}/edit")
    String editForm(@PathVariable String uscc, Model model) {
        MarketEntity e = registry.get(uscc);
        registry.requireMaintainable(e.unitCode());
        model.addAttribute("form", EntityForm.of(e));
        return form(model, true, e.version());
    }

    @PostMapping("/registry/entities/{uscc}/edit")
    String update(@PathVariable String uscc, @RequestParam(required = false) Integer version,
                  @Valid @ModelAttribute("form") EntityForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        // The caller is checked before anything of the request: a version is optional here (none reads as
        // stale, 请刷新) so that a caller who may not edit gets 403/404, not 400 (docs/security.md).
        registry.requireMaintainable(registry.get(uscc).unitCode());
        int expected = version == null ? -1 : version;
        if (!result.hasErrors()) {
            try {
                registry.update(uscc, expected, form);
                redirect.addFlashAttribute("flash", "registry.updated");
                return "redirect:/registry/entities/" + uscc;
            } catch (UserError e) {
                FormErrors.reject(result, e);
            }
        }
        return form(model, true, expected);
    }

    @PostMapping("/registry/entities/{uscc}/deregister")
    String deregister(@PathVariable String uscc, @RequestParam(defaultValue = "") String reason,
                      RedirectAttributes redirect) {
        try {
            registry.deregister(uscc, reason);
            redirect.addFlashAttribute("flash", "registry.deregistered");
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.messageKey(),
                    org.springframework.context.i18n.LocaleContextHolder.getLocale()));
        }
        return "redirect:/registry/entities/" + uscc;
    }

    private String form(Model model, boolean editing, int version) {
        model.addAttribute("editing", editing);
        model.addAttribute("version", version);
        model.addAttribute("units", organization.units().stream().filter(u -> scopes.current().canWrite(u.code())).toList());
        return FORM;
    }

    private List<Organization.UnitView> readableUnits() {
        var scope = scopes.current();
        return organization.units().stream().filter(u -> scope.canRead(u.code())).toList();
    }

}
