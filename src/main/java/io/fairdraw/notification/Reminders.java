package io.fairdraw.notification;

import io.fairdraw.organization.FairdrawUser;
import java.time.LocalDateTime;
import java.time.LocalDate;
import java.util.List;

/** The reminders of the signed-in person (their unit, their roles), for the dashboard digest. */
public interface Reminders {

    /** {@code createdAt} in the business zone ({@code shared.BusinessClock}); {@code resolved}: its condition no longer holds. */
    record Reminder(long id, ReminderKind kind, String unitCode, List<String> args, LocalDate dueOn, String link,
                    LocalDateTime createdAt, boolean read, boolean resolved) {
    }

    /** Unread and unresolved. */
    long unread(FairdrawUser user);

    /** Newest first; {@code unreadOnly} (unread and unresolved) for the digest. */
    List<Reminder> of(FairdrawUser user, boolean unreadOnly, int limit);
}
