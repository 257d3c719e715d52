package io.fairdraw.notification.domain;

import io.fairdraw.calendar.WorkingDays;
import io.fairdraw.inspection.FollowUps;
import io.fairdraw.notification.ReminderKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * 后续处置 reminders (issue 19 item 4), part of the daily run: the task's unit is told when a
 * follow-up's deadline is near, and once more when it has passed with nothing recorded. Both resolve
 * when the team records its 复查 / 移送 / 抄告.
 */
@Component
class FollowUpReminders {

    /** Remind when the deadline is this many working days away. */
    static final int LEAD_WORKDAYS = 5;

    private final FollowUps followUps;
    private final WorkingDays workingDays;
    private final ReminderRepository reminders;

    FollowUpReminders(FollowUps followUps, WorkingDays workingDays, ReminderRepository reminders) {
        this.followUps = followUps;
        this.workingDays = workingDays;
        this.reminders = reminders;
    }

    /** Inserts the reminders due today and marks every follow-up still awaiting as due (not to resolve). */
    void add(LocalDate today, Map<ReminderKind, Integer> created, Map<ReminderKind, Set<String>> due) {
        LocalDate horizon = workingDays.deadline(today, LEAD_WORKDAYS);
        for (FollowUps.Awaiting f : followUps.awaiting()) {
            String subject = String.valueOf(f.id());
            // The reminder list shows three arguments: entity, item, deadline.
            List<String> args = List.of(f.entityName(), f.itemName(), f.deadline().toString());
            String link = "/inspection/follow-ups/" + f.id();
            due.get(ReminderKind.FOLLOW_UP_DUE).add(f.unitCode() + "|" + subject);
            if (!f.deadline().isAfter(horizon)) {
                reminders.insertCounting(created, ReminderKind.FOLLOW_UP_DUE, f.unitCode(), subject, args, f.deadline(), link);
            }
            if (today.isAfter(f.deadline())) {
                due.get(ReminderKind.FOLLOW_UP_OVERDUE).add(f.unitCode() + "|" + subject);
                reminders.insertCounting(created, ReminderKind.FOLLOW_UP_OVERDUE, f.unitCode(), subject, args, f.deadline(), link);
            }
        }
    }
}
