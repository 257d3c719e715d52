package io.fairdraw.system.web;

import io.fairdraw.audit.AuditLog;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: real counts of what exists and the warnings the regime asks for. */
@Controller
class DashboardController {

    static final String VIEW = "system/dashboard";

    private final Organization organization;
    private final AuditLog audit;

    DashboardController(Organization organization, AuditLog audit) {
        this.organization = organization;
        this.audit = audit;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal FairdrawUser user, Model model) {
        model.addAttribute("unitCount", organization.units().size());
        model.addAttribute("accountCount", organization.activeAccounts());
        model.addAttribute("auditCount", audit.size());
        boolean overseer = user.has(Role.ADMIN) || user.has(Role.AUDITOR) || user.unitKind().isBureauOffice();
        // 兵自然资发〔2020〕47号 三(三): every unit names one IT liaison (联络员).
        model.addAttribute("unitsWithoutLiaison", overseer ? organization.unitsWithoutLiaison() : java.util.List.of());
        return VIEW;
    }
}
