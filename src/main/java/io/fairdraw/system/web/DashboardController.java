package io.fairdraw.system.web;

import io.fairdraw.audit.AuditLog;
import io.fairdraw.inspector.InspectorDirectory;
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
    private final InspectorDirectory inspectors;
    private final java.time.Clock clock;

    DashboardController(Organization organization, AuditLog audit, InspectorDirectory inspectors, java.time.Clock clock) {
        this.organization = organization;
        this.audit = audit;
        this.inspectors = inspectors;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal FairdrawUser user, Model model) {
        model.addAttribute("unitCount", organization.units().size());
        model.addAttribute("accountCount", organization.activeAccounts());
        model.addAttribute("auditCount", audit.size());
        boolean overseer = user.has(Role.ADMIN) || user.has(Role.AUDITOR) || user.unitKind().isBureauOffice();
        // 兵自然资发〔2020〕47号 三(三): every unit names one IT liaison (联络员).
        model.addAttribute("unitsWithoutLiaison", overseer ? organization.unitsWithoutLiaison() : java.util.List.of());
        // 三(三): ≥ 3 inspectors per division, one joint-pool inspector per department; 持证上岗 expiry ahead.
        model.addAttribute("staffing", inspectors.warnings(overseer ? null : java.util.List.of(user.unitCode()),
                java.time.LocalDate.now(clock)));
        model.addAttribute("unitNames", organization.units().stream().collect(java.util.stream.Collectors.toMap(
                Organization.UnitView::code, Organization.UnitView::name)));
        return VIEW;
    }
}
