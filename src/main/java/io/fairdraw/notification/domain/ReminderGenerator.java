package io.fairdraw.notification.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.calendar.WorkingDays;
import io.fairdraw.inspection.ReviewDeadlines;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.StaffingWarnings;
import io.fairdraw.notification.ReminderKind;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.UnitKind;
import io.fairdraw.plan.PlanOverview;
import io.fairdraw.plan.PlanStatus;
import io.fairdraw.report.Publications;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the reminders due on a day. Idempotent: each reminder has a natural key
 * (kind, unit, subject) and an open one is never inserted again ({@code ON CONFLICT}), so running twice — or on
 * two nodes at once — creates it once.
 */
@Service
public class ReminderGenerator {

    /** Plans: start reminding this many days before 31 March (三(三)). */
    static final int PLAN_LEAD_DAYS = 30;
    /** Results: remind when the publication deadline is this many working days away, or passed. */
    static final int RESULT_LEAD_WORKDAYS = 5;

    private final ReminderRepository reminders;
    private final Organization organization;
    private final PlanOverview plans;
    private final InspectorDirectory inspectors;
    private final Publications publications;
    private final WorkingDays workingDays;
    private final ReviewDeadlines reviews;
    private final AuditLog audit;
    private final FollowUpReminders followUps;

    ReminderGenerator(ReminderRepository reminders, Organization organization, PlanOverview plans,
                      InspectorDirectory inspectors, Publications publications, WorkingDays workingDays,
                      ReviewDeadlines reviews, AuditLog audit, FollowUpReminders followUps) {
        this.followUps = followUps;
        this.reminders = reminders;
        this.organization = organization;
        this.plans = plans;
        this.inspectors = inspectors;
        this.publications = publications;
        this.workingDays = workingDays;
        this.reviews = reviews;
        this.audit = audit;
    }

    private ObjectionReminders objections;

    /** issue 20 item 4: 异议 reminders (a setter: the constructor stays as it was). */
    @org.springframework.beans.factory.annotation.Autowired
    void setObjections(ObjectionReminders objections) {
        this.objections = objections;
    }

    /**
     * Returns how many reminders of each kind were created now (not those that existed). Reminders
     * whose condition no longer holds are resolved in the same run.
     */
    @Transactional
    public Map<ReminderKind, Integer> generate(LocalDate today) {
        Map<ReminderKind, Integer> created = new EnumMap<>(ReminderKind.class);
        Map<ReminderKind, Set<String>> due = new EnumMap<>(ReminderKind.class);
        for (ReminderKind k : ReminderKind.values()) {
            due.put(k, new HashSet<>());
        }
        plansDue(today, created, due.get(ReminderKind.PLAN_DUE));
        resultsDue(today, created, due.get(ReminderKind.RESULT_DUE));
        StaffingWarnings staffing = inspectors.warnings(null, today);
        for (StaffingWarnings.Expiring e : staffing.expiringCertificates()) {
            add(created, due, ReminderKind.CERTIFICATE_EXPIRING, e.unitCode(), e.id().value() + ":" + e.expiry(),
                    List.of(e.id().value(), e.name(), e.expiry().toString()), e.expiry(), "/inspectors/" + e.id().value());
        }
        // Once a month while a division stays below the minimum.
        String month = today.toString().substring(0, 7);
        for (StaffingWarnings.UnitCount u : staffing.understaffedDivisions()) {
            add(created, due, ReminderKind.UNDERSTAFFED, u.unitCode(), month,
                    List.of(String.valueOf(u.eligible()), String.valueOf(StaffingWarnings.MIN_PER_DIVISION)), null,
                    "/inspectors");
        }
        for (PlanOverview.Invitation i : plans.pendingInvitations()) {
            add(created, due, ReminderKind.JOINT_INVITATION, i.partnerUnit(), String.valueOf(i.taskId()),
                    List.of(i.taskName(), i.leadUnit(), String.valueOf(i.year())), null, "/tasks/" + i.taskId());
        }
        followUps.add(today, created, due);
        objections.add(today, created, due);
        int resolved = 0;
        for (ReminderKind k : ReminderKind.values()) {
            // Event reminders (issue 21 item 1) are resolved by their events, never by the daily run.
            if (k.timed()) {
                resolved += reminders.resolveExcept(k, due.get(k));
            }
        }
        int total = created.values().stream().mapToInt(Integer::intValue).sum();
        if (total > 0 || resolved > 0) {
            audit.record(AuditEvent.of("REMINDERS_GENERATED", "reminder", today.toString(),
                    created + " resolved=" + resolved).by("system", null));
        }
        return created;
    }

    private void plansDue(LocalDate today, Map<ReminderKind, Integer> created, Set<String> due) {
        int year = today.getYear();
        LocalDate deadline = plans.dueDate(year);
        Set<String> submitted = plans.plansOf(year).stream().filter(p -> p.status() != PlanStatus.DRAFT)
                .map(PlanOverview.PlanFact::unitCode).collect(Collectors.toSet());
        for (Organization.UnitView u : organization.units()) {
            if (u.active() && (u.kind() == UnitKind.DIVISION || u.kind() == UnitKind.DEPARTMENT)
                    && !submitted.contains(u.code())) {
                String subject = String.valueOf(year);
                due.add(u.code() + "|" + subject);
                if (!today.isBefore(deadline.minusDays(PLAN_LEAD_DAYS))) {
                    reminders.insertCounting(created, ReminderKind.PLAN_DUE, u.code(), subject,
                            List.of(String.valueOf(year), deadline.toString()), deadline, "/plans");
                }
            }
        }
    }

    /**
     * 国发〔2019〕5号: a result is public within 20 working days of the team's submission (issue 19 item 5), so the
     * REVIEWER is reminded while the record still waits for review, not only once it is approved. Both stages share
     * one reminder per record (same subject): approval does not restart it, publication resolves it.
     */
    private void resultsDue(LocalDate today, Map<ReminderKind, Integer> created, Set<String> due) {
        LocalDate horizon = workingDays.deadline(today, RESULT_LEAD_WORKDAYS);
        for (ReviewDeadlines.AwaitingReview r : reviews.awaitingReview()) {
            String subject = String.valueOf(r.recordId());
            due.add(r.unitCode() + "|" + subject);
            if (!r.publicationDue().isAfter(horizon)) {
                reminders.insertCounting(created, ReminderKind.RESULT_DUE, r.unitCode(), subject,
                        List.of(r.entityName(), r.uscc(), r.publicationDue().toString()), r.publicationDue(),
                        "/inspection/visits/" + r.visitId());
            }
        }
        for (Publications.Pending p : publications.pending()) {
            String subject = String.valueOf(p.recordId());
            due.add(p.unitCode() + "|" + subject);
            if (!p.dueOn().isAfter(horizon)) {
                reminders.insertCounting(created, ReminderKind.RESULT_DUE, p.unitCode(), subject,
                        List.of(p.entityName(), p.uscc(), p.dueOn().toString()), p.dueOn(), null);
            }
        }
    }

    private void add(Map<ReminderKind, Integer> created, Map<ReminderKind, Set<String>> due, ReminderKind kind,
                     String unit, String subject, List<String> args, LocalDate dueOn, String link) {
        due.get(kind).add(unit + "|" + subject);
        reminders.insertCounting(created, kind, unit, subject, args, dueOn, link);
    }
}
