package io.fairdraw.notification.domain;

import io.fairdraw.calendar.WorkingDays;
import io.fairdraw.disclosure.Objections;
import io.fairdraw.notification.ReminderKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 异议 reminders (issue 20 item 4), part of the daily run: the publishing unit's REVIEWER is told when an
 * objection's answer is due within {@link #LEAD_WORKDAYS} working days, and once more when the day has
 * passed with no answer. Both resolve when the objection is answered (it is no longer awaiting).
 */
@Component
class ObjectionReminders {

    /** Remind when the answer is due this many working days from today, or sooner. */
    static final int LEAD_WORKDAYS = 3;

    private final Objections objections;
    private final WorkingDays workingDays;
    private final ReminderRepository reminders;

    ObjectionReminders(Objections objections, WorkingDays workingDays, ReminderRepository reminders) {
        this.objections = objections;
        this.workingDays = workingDays;
        this.reminders = reminders;
    }

    void add(LocalDate today, Map<ReminderKind, Integer> created, Map<ReminderKind, Set<String>> due) {
        LocalDate horizon = workingDays.deadline(today, LEAD_WORKDAYS);
        for (Objections.Awaiting o : objections.awaitingAnswer()) {
            String subject = String.valueOf(o.objectionId());
            // The reminder list shows three arguments: entity, USCC, answer due date.
            List<String> args = List.of(o.entityName(), o.uscc(), o.answerDue().toString());
            String link = "/disclosure/objections/" + o.objectionId();
            due.get(ReminderKind.OBJECTION_DUE).add(o.unitCode() + "|" + subject);
            if (!o.answerDue().isAfter(horizon)) {
                reminders.insertCounting(created, ReminderKind.OBJECTION_DUE, o.unitCode(), subject, args, o.answerDue(), link);
            }
            if (today.isAfter(o.answerDue())) {
                due.get(ReminderKind.OBJECTION_OVERDUE).add(o.unitCode() + "|" + subject);
                reminders.insertCounting(created, ReminderKind.OBJECTION_OVERDUE, o.unitCode(), subject, args, o.answerDue(), link);
            }
        }
    }
}
