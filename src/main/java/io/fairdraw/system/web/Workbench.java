package io.fairdraw.system.web;

import io.fairdraw.calendar.WorkingDays;
import io.fairdraw.draw.DrawWorkload;
import io.fairdraw.inspection.InspectionWorkload;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.StaffingWarnings;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.Role;
import io.fairdraw.plan.PlanStatus;
import io.fairdraw.plan.PlanWorkload;
import io.fairdraw.registry.ImportWorkload;
import io.fairdraw.report.Publications;
import io.fairdraw.shared.BusinessClock;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * 工作台 (issue 21 item 1): each role's to-dos with counts and links, one block per role the person holds.
 * Every count is the length of the list it links to, read from the module that owns it through its API and
 * with the same scope as the page the link opens: the unit's own plans, tasks, review queue and publications
 * (what its staff may act on, DESIGN.md §2), the person's own visits, every unit for ADMIN and AUDITOR.
 */
@Component
class Workbench {

    /** At most this many lines under a to-do; the link opens the whole list. */
    static final int LINES = 5;
    /** Import problems of the last 30 days (older ones are history, not a to-do). */
    static final int IMPORT_DAYS = 30;

    /** One line under a to-do; {@code href} null when there is no page for it. */
    record Line(String text, String href, boolean urgent) {
    }

    /**
     * A to-do: {@code id} names it in the page (todo-&lt;id&gt;), {@code count} is the number of its lines in full,
     * {@code href} the page that lists them (null: each line links to its own page).
     */
    record Todo(String id, String label, int count, String href, List<Line> lines) {
    }

    record Block(Role role, List<Todo> todos) {
    }

    private final PlanWorkload plans;
    private final DrawWorkload draws;
    private final InspectionWorkload inspection;
    private final Publications publications;
    private final ImportWorkload imports;
    private final InspectorDirectory inspectors;
    private final Organization organization;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final Clock clock;

    Workbench(PlanWorkload plans, DrawWorkload draws, InspectionWorkload inspection, Publications publications,
              ImportWorkload imports, InspectorDirectory inspectors, Organization organization,
              WorkingDays workingDays, MessageSource messages, Clock clock) {
        this.plans = plans;
        this.draws = draws;
        this.inspection = inspection;
        this.publications = publications;
        this.imports = imports;
        this.inspectors = inspectors;
        this.organization = organization;
        this.workingDays = workingDays;
        this.messages = messages;
        this.clock = clock;
    }

    private io.fairdraw.disclosure.Objections objections;

    /** issue 20 item 4: 异议 awaiting the unit's answer (a setter: the constructor stays as it was). */
    @org.springframework.beans.factory.annotation.Autowired
    void setObjections(io.fairdraw.disclosure.Objections objections) {
        this.objections = objections;
    }

    List<Block> of(FairdrawUser user, Locale locale) {
        Texts t = new Texts(messages, locale);
        LocalDate today = BusinessClock.today(clock);
        List<Block> blocks = new ArrayList<>();
        boolean unit = user.unitCode() != null;
        if (user.has(Role.PLANNER) && unit) {
            blocks.add(new Block(Role.PLANNER, planner(user, t)));
        }
        if (user.has(Role.REVIEWER) && unit) {
            blocks.add(new Block(Role.REVIEWER, reviewer(user, t, today)));
        }
        if (user.has(Role.INSPECTOR)) {
            blocks.add(new Block(Role.INSPECTOR, List.of(todo(t, "visits", "/inspection/visits",
                    inspection.openVisits(user), v -> new Line(t.text("workbench.line.visit", v.entityName(),
                            v.taskName(), v.dueBy() == null ? "" : v.dueBy().toString(),
                            t.text(v.recordStatus() == null ? "workbench.visit.planned" : v.recordStatus().messageKey())),
                            "/inspection/visits/" + v.visitId(), v.overdue())))));
        }
        if (user.has(Role.LIAISON) && unit) {
            blocks.add(new Block(Role.LIAISON, liaison(user, t, today)));
        }
        if (user.has(Role.ADMIN)) {
            blocks.add(new Block(Role.ADMIN, admin(t, today)));
        }
        if (user.has(Role.AUDITOR)) {
            blocks.add(new Block(Role.AUDITOR, auditor(t, today)));
        }
        return blocks;
    }

    private List<Todo> planner(FairdrawUser user, Texts t) {
        List<PlanWorkload.PlanItem> open = plans.openPlans(user.unitCode());
        Function<PlanWorkload.PlanItem, Line> plan = p -> new Line(t.text("workbench.line.plan", String.valueOf(p.year()),
                p.title(), p.returned() ? p.returnReason() : ""), "/plans/" + p.planId(), p.returned());
        return List.of(
                todo(t, "plan-drafts", "/plans?status=DRAFT",
                        open.stream().filter(p -> p.status() == PlanStatus.DRAFT && !p.returned()).toList(), plan),
                todo(t, "plan-returned", "/plans?status=DRAFT", open.stream().filter(PlanWorkload.PlanItem::returned).toList(), plan),
                todo(t, "tasks-to-draw", null, plans.tasksToDraw(user.unitCode()),
                        k -> new Line(t.text("workbench.line.task", k.code(), k.name(), k.periodStart().toString(),
                                k.periodEnd().toString()), "/tasks/" + k.taskId() + "/draws", false)));
    }

    private List<Todo> reviewer(FairdrawUser user, Texts t, LocalDate today) {
        String own = user.unitCode();
        List<PlanWorkload.PlanItem> submitted = plans.openPlans(own).stream()
                .filter(p -> p.status() == PlanStatus.SUBMITTED).toList();
        List<Publications.Pending> due = publications.pending().stream().filter(p -> own.equals(p.unitCode())).toList();
        List<io.fairdraw.disclosure.Objections.Awaiting> objected = objections.awaitingAnswer().stream()
                .filter(o -> own.equals(o.unitCode())).toList();
        return List.of(
                todo(t, "plans-to-approve", "/plans?status=SUBMITTED", submitted, p -> new Line(t.text("workbench.line.plan",
                        String.valueOf(p.year()), p.title(), ""), "/plans/" + p.planId(), false)),
                todo(t, "records-to-approve", "/inspection/review", inspection.toReview(user), r -> new Line(
                        t.text("workbench.line.record", r.entityName(), r.taskName(),
                                r.publicationDue() == null ? "" : r.publicationDue().toString()),
                        "/inspection/visits/" + r.visitId(), false)),
                todo(t, "substitutions", null, draws.openRequests(own, user.username()), s -> new Line(
                        t.text("workbench.line.substitution", s.taskName(), s.uscc(), s.out()),
                        "/tasks/" + s.taskId() + "/draws", false)),
                todo(t, "results-to-publish", "/disclosure", due, p -> {
                    int left = workingDaysLeft(today, p.dueOn());
                    return new Line(left < 0 ? t.text("workbench.line.publish.overdue", p.entityName(), p.dueOn().toString())
                            : t.text("workbench.line.publish", p.entityName(), p.dueOn().toString(), String.valueOf(left)),
                            "/disclosure", left <= 5);
                }),
                todo(t, "objections", "/disclosure/objections", objected, o -> new Line(t.text("workbench.line.objection",
                        o.entityName(), o.answerDue().toString()), "/disclosure/objections/" + o.objectionId(),
                        !o.answerDue().isAfter(today))));
    }

    private List<Todo> liaison(FairdrawUser user, Texts t, LocalDate today) {
        StaffingWarnings staffing = inspectors.warnings(List.of(user.unitCode()), today);
        List<String> warnings = new ArrayList<>();
        staffing.understaffedDivisions().forEach(c -> warnings.add(t.text("workbench.line.understaffed",
                String.valueOf(c.eligible()), String.valueOf(StaffingWarnings.MIN_PER_DIVISION))));
        if (!staffing.departmentsWithoutJointPool().isEmpty()) {
            warnings.add(t.text("workbench.line.no_joint_pool"));
        }
        return List.of(
                todo(t, "import-errors", "/registry/imports",
                        imports.problems(user.unitCode(), clock.instant().minus(java.time.Duration.ofDays(IMPORT_DAYS))),
                        i -> new Line(t.text("workbench.line.import", i.fileName(),
                                BusinessClock.dateOf(i.createdAt()).toString(), String.valueOf(i.rejected())),
                                "/registry/imports/" + i.importId(), "FAILED".equals(i.status()))),
                todo(t, "expiring", "/inspectors", staffing.expiringCertificates(), e -> new Line(
                        t.text("workbench.line.expiring", e.name(), e.id().value(), e.expiry().toString()),
                        "/inspectors/" + e.id().value(), false)),
                todo(t, "staffing", "/inspectors", warnings, w -> new Line(w, "/inspectors", true)));
    }

    private List<Todo> admin(Texts t, LocalDate today) {
        int next = today.getYear() + 1;
        List<Integer> missing = workingDays.covers(next) ? List.of() : List.of(next);
        return List.of(
                todo(t, "units-without-liaison", "/admin/units", organization.unitsWithoutLiaison(), u -> new Line(
                        u.code() + " " + u.name(), "/admin/units/" + u.code(), false)),
                todo(t, "calendar-missing", "/admin/calendar", missing, y -> new Line(
                        t.text("workbench.line.calendar", String.valueOf(y)), "/admin/calendar", true)));
    }

    private List<Todo> auditor(Texts t, LocalDate today) {
        Map<String, String> names = organization.units().stream()
                .collect(Collectors.toMap(Organization.UnitView::code, Organization.UnitView::name));
        List<Publications.Pending> overdue = publications.pending().stream().filter(p -> p.dueOn().isBefore(today)).toList();
        return List.of(
                todo(t, "failed-draws", null, draws.failedDraws(null), d -> new Line(t.text("workbench.line.failed",
                        names.getOrDefault(d.unitCode(), d.unitCode()), d.taskName(), d.drawId()),
                        "/tasks/" + d.taskId() + "/draws", true)),
                todo(t, "overdue-publications", "/report", overdue, p -> new Line(t.text("workbench.line.overdue",
                        names.getOrDefault(p.unitCode(), p.unitCode()), p.entityName(), p.dueOn().toString()),
                        null, true)));
    }

    /** Working days from today (exclusive) to {@code due} (inclusive); negative when it has passed. */
    int workingDaysLeft(LocalDate today, LocalDate due) {
        if (due.isBefore(today)) {
            return -1;
        }
        return workingDays.between(today, due);
    }

    private static <T> Todo todo(Texts t, String id, String href, List<T> rows, Function<T, Line> line) {
        return new Todo(id, t.text("workbench.todo." + id), rows.size(), href,
                rows.stream().limit(LINES).map(line).toList());
    }

    private record Texts(MessageSource messages, Locale locale) {
        String text(String key, Object... args) {
            return messages.getMessage(key, args, locale);
        }
    }
}
