package io.fairdraw.notification.domain;

import io.fairdraw.draw.DrawEvents;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.notification.ReminderKind;
import io.fairdraw.plan.PlanEvents;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import io.fairdraw.registry.EntityView;
import io.fairdraw.registry.Registry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Issue 21 item 1: a reminder is written when its event happens, not the next morning. Plain
 * {@code @EventListener}s run in the publisher's transaction (like the report's and credit's listeners), so
 * the reminder commits with the plan, draw or record that caused it, or not at all. The daily job keeps what
 * time alone makes due; these kinds are not {@link ReminderKind#timed()}, so it never creates or resolves them.
 * Each occurrence has its own subject ({@code <id>@<millis>}): a plan returned twice is told twice.
 */
@Component
class EventReminders {

    private final ReminderRepository reminders;
    private final Tasks tasks;
    private final Registry registry;
    private final Clock clock;

    EventReminders(ReminderRepository reminders, Tasks tasks, Registry registry, Clock clock) {
        this.reminders = reminders;
        this.tasks = tasks;
        this.registry = registry;
        this.clock = clock;
    }

    @EventListener
    void on(PlanEvents.PlanSubmitted e) {
        reminders.resolve(ReminderKind.PLAN_RETURNED, e.unitCode(), e.planId() + "@");
        insert(ReminderKind.PLAN_SUBMITTED, e.unitCode(), null, e.planId(), List.of(String.valueOf(e.year())),
                "/plans/" + e.planId());
    }

    @EventListener
    void on(PlanEvents.PlanReturned e) {
        reminders.resolve(ReminderKind.PLAN_SUBMITTED, e.unitCode(), e.planId() + "@");
        insert(ReminderKind.PLAN_RETURNED, e.unitCode(), null, e.planId(),
                List.of(String.valueOf(e.year()), e.reason() == null ? "" : e.reason()), "/plans/" + e.planId());
    }

    @EventListener
    void on(PlanEvents.PlanApproved e) {
        reminders.resolve(ReminderKind.PLAN_SUBMITTED, e.unitCode(), e.planId() + "@");
        insert(ReminderKind.PLAN_APPROVED, e.unitCode(), null, e.planId(), List.of(String.valueOf(e.year())),
                "/plans/" + e.planId());
    }

    /** Each drawn inspector is told, once per draw, how many visits it has in the task. */
    @EventListener
    void on(DrawEvents.DrawExecuted e) {
        TaskView task = tasks.task(e.taskId()).orElse(null);
        if (task == null) {
            return;
        }
        Map<String, Integer> perInspector = new LinkedHashMap<>();
        e.visits().forEach(v -> v.inspectors().forEach(i -> perInspector.merge(i, 1, Integer::sum)));
        perInspector.forEach((inspector, n) -> reminders.insertFor(ReminderKind.VISITS_DRAWN, task.planUnit(),
                inspector, e.drawId() + ":" + inspector, List.of(task.name(), String.valueOf(n)), "/inspection/visits"));
    }

    @EventListener
    void on(DrawEvents.SubstitutionRequested e) {
        insert(ReminderKind.SUBSTITUTION_REQUESTED, e.unitCode(), null, e.requestId(),
                List.of(name(e.uscc()), e.uscc(), e.out()), "/tasks/" + e.taskId() + "/draws");
    }

    @EventListener
    void on(DrawEvents.SubstitutionDecided e) {
        reminders.resolve(ReminderKind.SUBSTITUTION_REQUESTED, e.unitCode(), e.requestId() + "@");
    }

    @EventListener
    void on(InspectionEvents.RecordSubmitted e) {
        reminders.resolve(ReminderKind.RECORD_RETURNED, e.unitCode(), e.recordId() + "@");
        insert(ReminderKind.RECORD_SUBMITTED, e.unitCode(), null, e.recordId(), List.of(name(e.uscc()), e.uscc()),
                "/inspection/visits/" + e.visitId());
    }

    /** Every member of the team is told; the unit's reviewer queue no longer holds the record. */
    @EventListener
    void on(InspectionEvents.RecordReturned e) {
        reminders.resolve(ReminderKind.RECORD_SUBMITTED, e.unitCode(), e.recordId() + "@");
        String at = "@" + clock.millis();
        for (String inspector : e.inspectors()) {
            reminders.insertFor(ReminderKind.RECORD_RETURNED, e.unitCode(), inspector,
                    e.recordId() + at + ":" + inspector,
                    List.of(name(e.uscc()), e.uscc(), e.reason() == null ? "" : e.reason()),
                    "/inspection/visits/" + e.visitId());
        }
    }

    @EventListener
    void on(InspectionEvents.ResultApproved e) {
        reminders.resolve(ReminderKind.RECORD_SUBMITTED, e.unitCode(), e.recordId() + "@");
    }

    private void insert(ReminderKind kind, String unit, String recipient, long id, List<String> args, String link) {
        reminders.insertFor(kind, unit, recipient, id + "@" + clock.millis(), args, link);
    }

    private String name(String uscc) {
        return registry.lookup(uscc).map(EntityView::name).orElse(uscc);
    }
}
