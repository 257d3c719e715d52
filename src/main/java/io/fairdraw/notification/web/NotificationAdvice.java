package io.fairdraw.notification.web;

import io.fairdraw.notification.Reminders;
import io.fairdraw.organization.FairdrawUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count for the bell in the top bar of every page (null: no bell). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class NotificationAdvice {

    private final Reminders reminders;

    NotificationAdvice(Reminders reminders) {
        this.reminders = reminders;
    }

    /** The user from the security context, not {@code @AuthenticationPrincipal}: see LayoutAdvice (every page). */
    @ModelAttribute("unreadReminders")
    Long unreadReminders() {
        FairdrawUser user = FairdrawUser.current().orElse(null);
        // No bell for those no reminder concerns (ADMIN, AUDITOR, INSPECTOR).
        if (user == null || java.util.Arrays.stream(io.fairdraw.notification.ReminderKind.values())
                .noneMatch(k -> k.concerns(user))) {
            return null;
        }
        return reminders.unread(user);
    }
}
