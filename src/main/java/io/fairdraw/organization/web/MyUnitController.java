package io.fairdraw.organization.web;

import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.domain.AccountService;
import io.fairdraw.organization.domain.Unit;
import io.fairdraw.organization.domain.UnitService;
import io.fairdraw.organization.domain.UnitService.ContactForm;
import jakarta.validation.Valid;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A unit's own page: its details, its accounts, and (for its LIAISON) its contact details. */
@Controller
class MyUnitController {

    static final String VIEW = "organization/unit";

    private final UnitService units;
    private final AccountService accounts;

    MyUnitController(UnitService units, AccountService accounts) {
        this.units = units;
        this.accounts = accounts;
    }

    @GetMapping("/units/mine")
    String mine(@AuthenticationPrincipal FairdrawUser user) {
        return "redirect:/units/" + user.unitCode();
    }

    @GetMapping("/units/{code}")
    String show(@PathVariable String code, Model model) {
        Unit unit = units.visible(code).orElseThrow(() -> new OutOfScopeException(code, false));
        model.addAttribute("unit", unit);
        model.addAttribute("form", new ContactForm(unit.contactPhone(), unit.address()));
        model.addAttribute("members", accounts.search(null, code, 0, 200).rows());
        return VIEW;
    }

    @PostMapping("/units/{code}/contact")
    String updateContact(@PathVariable String code, @Valid @ModelAttribute("form") ContactForm form,
                         BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            Unit unit = units.visible(code).orElseThrow(() -> new OutOfScopeException(code, false));
            model.addAttribute("unit", unit);
            model.addAttribute("members", accounts.search(null, code, 0, 200).rows());
            return VIEW;
        }
        units.updateContact(code, form);
        redirect.addFlashAttribute("flash", "unit.contact_updated");
        return "redirect:/units/" + code;
    }
}
