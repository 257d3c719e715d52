package io.fairdraw.catalog.web;

import io.fairdraw.catalog.InspectionMethod;
import io.fairdraw.catalog.domain.CatalogItem;
import io.fairdraw.catalog.domain.CatalogService;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.FormErrors;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.shared.UserError;
import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.time.Clock;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A unit's LIAISON adds items, revises them (new version with date and reason) and retires them. */
@Controller
@RequestMapping("/catalog")
class CatalogEditController {

    static final String FORM = "catalog/form";

    private final CatalogService catalog;
    private final Organization organization;
    private final MessageSource messages;
    private final Clock clock;

    CatalogEditController(CatalogService catalog, Organization organization, MessageSource messages, Clock clock) {
        this.catalog = catalog;
        this.organization = organization;
        this.messages = messages;
        this.clock = clock;
    }

    @ModelAttribute("fields")
    SupervisionField[] fields() {
        return SupervisionField.values();
    }

    @ModelAttribute("allMethods")
    InspectionMethod[] methods() {
        return InspectionMethod.values();
    }

    @ModelAttribute("units")
    List<Organization.UnitView> units() {
        return organization.units();
    }

    @GetMapping("/new")
    String newForm(@AuthenticationPrincipal FairdrawUser user, Model model, Locale locale) {
        requireMaintainer(user.unitCode());
        model.addAttribute("form", new CatalogForm("", "", null, "", user.unitCode(), "", "",
                Set.of(InspectionMethod.WRITTEN), BigDecimal.valueOf(5), 1, BusinessClock.today(clock),
                messages.getMessage("catalog.reason.initial", null, locale)));
        model.addAttribute("editing", false);
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") CatalogForm form, BindingResult result,
                  @AuthenticationPrincipal FairdrawUser user, Model model, RedirectAttributes redirect) {
        requireMaintainer(user.unitCode());
        if (!result.hasErrors()) {
            try {
                CatalogItem item = catalog.create(form.code(), form.toContent(), form.effectiveFrom(), form.reason());
                redirect.addFlashAttribute("flash", "catalog.created");
                return "redirect:/catalog/items/" + item.code();
            } catch (UserError e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("editing", false);
        return FORM;
    }

    @GetMapping("/items/{code}/revise")
    String reviseForm(@PathVariable String code, Model model) {
        CatalogItem item = catalog.get(code);
        requireMaintainer(item.unitCode());
        model.addAttribute("form", CatalogForm.of(item.latest(), BusinessClock.today(clock)));
        model.addAttribute("item", item);
        model.addAttribute("editing", true);
        return FORM;
    }

    @PostMapping("/items/{code}/revise")
    String revise(@PathVariable String code, @Valid @ModelAttribute("form") CatalogForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        CatalogItem item = catalog.get(code);
        requireMaintainer(item.unitCode());
        if (!result.hasErrors()) {
            try {
                catalog.revise(code, form.toContent(), form.effectiveFrom(), form.reason());
                redirect.addFlashAttribute("flash", "catalog.revised");
                return "redirect:/catalog/items/" + code;
            } catch (UserError e) {
                FormErrors.reject(result, e);
            }
        }
        model.addAttribute("item", item);
        model.addAttribute("editing", true);
        return FORM;
    }

    @PostMapping("/items/{code}/retire")
    String retire(@PathVariable String code, @RequestParam(required = false) String reason,
                  RedirectAttributes redirect, Locale locale) {
        try {
            catalog.retire(code, reason);
            redirect.addFlashAttribute("flash", "catalog.retired_ok");
        } catch (UserError e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.args(), locale));
        }
        return "redirect:/catalog/items/" + code;
    }

    private void requireMaintainer(String unit) {
        if (!catalog.maintains(unit)) {
            throw new OutOfScopeException(unit, true);
        }
    }
}
