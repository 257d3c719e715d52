package io.fairdraw.credit.web;

import io.fairdraw.credit.domain.CreditService;
import io.fairdraw.organization.OutOfScopeException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The rules page (ADMIN, AUDITOR) and the credit panel that the registry's entity page and the
 * inspection visit page load with htmx — served here so the registry does not depend on credit
 * (credit depends on the registry to reclassify; the page link keeps the modules acyclic).
 */
@Controller
class CreditController {

    static final String RULES = "credit/rules";
    static final String PANEL = "credit/panel :: panel";

    private final CreditService service;

    CreditController(CreditService service) {
        this.service = service;
    }

    @GetMapping("/credit/rules")
    String rules(@org.springframework.security.core.annotation.AuthenticationPrincipal io.fairdraw.organization.FairdrawUser user,
                 Model model) {
        if (!user.has(io.fairdraw.organization.Role.ADMIN) && !user.has(io.fairdraw.organization.Role.AUDITOR)) {
            throw new OutOfScopeException("credit_rule", true);
        }
        model.addAttribute("rules", service.rules());
        model.addAttribute("admin", user.has(io.fairdraw.organization.Role.ADMIN));
        return RULES;
    }

    /** Every signed-in unit sees every unit's records of an entity (一处违规、处处受限). */
    @GetMapping("/credit/entities/{uscc}/panel")
    String panel(@PathVariable String uscc, Model model) {
        model.addAttribute("credit", service.of(uscc).orElseThrow(() -> new OutOfScopeException(uscc, false)));
        return PANEL;
    }
}
