package io.fairdraw.system.web;

import io.fairdraw.audit.AuditLog;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.Role;
import io.fairdraw.plan.PlanOverview;
import io.fairdraw.plan.PlanStatus;
import io.fairdraw.shared.BusinessClock;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page (工作台): each role's to-dos, the person's unread reminders and the warnings the regime asks for. */
@Controller
class DashboardController {

    static final String VIEW = "system/dashboard";
    static final int DIGEST_SIZE = 5;

    private final Organization organization;
    private final AuditLog audit;
    private final PlanOverview plans;
    private final InspectorDirectory inspectors;
    private final java.time.Clock clock;
    private final io.fairdraw.notification.Reminders reminders;
    private final Workbench workbench;

    DashboardController(Organization organization, AuditLog audit, PlanOverview plans, InspectorDirectory inspectors,
                        java.time.Clock clock, io.fairdraw.notification.Reminders reminders, Workbench workbench) {
        this.workbench = workbench;
        this.reminders = reminders;
        this.organization = organization;
        this.audit = audit;
        this.plans = plans;
        this.inspectors = inspectors;
        this.clock = clock;
    }

    @GetMapping("/")
    String dashboard(@AuthenticationPrincipal FairdrawUser user, Model model, java.util.Locale locale) {
        // Issue 21 item 1: the 工作台, one block of to-dos per role the person holds.
        model.addAttribute("blocks", workbench.of(user, locale));
        model.addAttribute("systemCounts", user.has(Role.ADMIN) || user.has(Role.AUDITOR));
        model.addAttribute("unitCount", organization.units().size());
        model.addAttribute("accountCount", organization.activeAccounts());
        model.addAttribute("auditCount", audit.size());
        boolean overseer = user.has(Role.ADMIN) || user.has(Role.AUDITOR) || user.unitKind().isBureauOffice();
        // 兵自然资发〔2020〕47号 三(三): every unit names one IT liaison (联络员).
        model.addAttribute("unitsWithoutLiaison", overseer ? organization.unitsWithoutLiaison() : java.util.List.of());
        // 三(三): plans are due by the end of March; count down for the unit, flag late ones for overseers.
        java.time.LocalDate today = BusinessClock.today(clock);
        int year = today.getYear();
        model.addAttribute("planYear", year);
        if (user.has(Role.PLANNER) || user.has(Role.REVIEWER)) {
            boolean submitted = plans.status(user.unitCode(), year).filter(s -> s != PlanStatus.DRAFT).isPresent();
            long days = java.time.temporal.ChronoUnit.DAYS.between(today, plans.dueDate(year));
            model.addAttribute("planDaysLeft", !submitted && days >= 0 ? days : null);
        }
        model.addAttribute("latePlans", overseer ? plans.lateOrMissing(year, today) : java.util.List.of());
        // 三(三): ≥ 3 inspectors per division, one joint-pool inspector per department; 持证上岗 expiry ahead.
        model.addAttribute("staffing", inspectors.warnings(overseer ? null : java.util.List.of(user.unitCode()),
                today));
        model.addAttribute("unitNames", organization.units().stream().collect(java.util.stream.Collectors.toMap(
                Organization.UnitView::code, Organization.UnitView::name)));
        // Digest of the person's unread reminders (plans due, results to publish, certificates, staffing, invitations).
        model.addAttribute("reminderDigest", reminders.of(user, true, DIGEST_SIZE));
        return VIEW;
    }
}
