package io.fairdraw.notification.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.inspection.InspectionWorkload;
import io.fairdraw.notification.ReminderKind;
import io.fairdraw.notification.Reminders;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A person's reminders: those of their unit whose kind concerns one of their roles. */
@Service
public class ReminderService implements Reminders {

    private final ReminderRepository reminders;
    private final AuditLog audit;
    private final InspectionWorkload inspection;

    ReminderService(ReminderRepository reminders, AuditLog audit, InspectionWorkload inspection) {
        this.reminders = reminders;
        this.audit = audit;
        this.inspection = inspection;
    }

    /** The unit's reminders and, for a linked INSPECTOR, the personal ones of their directory entry (issue 21). */
    private ReminderRepository.Reader reader(FairdrawUser user) {
        String inspectorId = user.has(io.fairdraw.organization.Role.INSPECTOR)
                ? inspection.inspectorOf(user).orElse(null) : null;
        return new ReminderRepository.Reader(user.unitCode(), inspectorId, kindsOf(user), user.username());
    }

    static String[] kindsOf(FairdrawUser user) {
        return Arrays.stream(ReminderKind.values()).filter(k -> k.concerns(user)).map(Enum::name).toArray(String[]::new);
    }

    @Override
    @Transactional(readOnly = true)
    public long unread(FairdrawUser user) {
        String[] kinds = kindsOf(user);
        return kinds.length == 0 || user.unitCode() == null ? 0 : reminders.unread(reader(user));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Reminder> of(FairdrawUser user, boolean unreadOnly, int limit) {
        String[] kinds = kindsOf(user);
        return kinds.length == 0 || user.unitCode() == null ? List.of()
                : reminders.list(reader(user), unreadOnly, limit);
    }

    /** Read state is the person's own; audited like every change (全程留痕). */
    @Transactional
    public void markRead(FairdrawUser user, long id) {
        ReminderRepository.Reader who = reader(user);
        if (reminders.markRead(id, who) > 0) {
            audit.record(AuditEvent.of("REMINDER_READ", "reminder", String.valueOf(id), user.username()));
        } else if (user.unitCode() == null || !reminders.visible(id, who)) {
            // Another unit's (or another role's) reminder: 404 like every out-of-scope id (DESIGN §2),
            // not a redirect that looks like success; already read by this person stays a no-op.
            throw new OutOfScopeException("reminder:" + id, false);
        }
    }

    @Transactional
    public void markAllRead(FairdrawUser user) {
        int n = reminders.markAllRead(reader(user));
        if (n > 0) {
            audit.record(AuditEvent.of("REMINDER_READ_ALL", "reminder", user.username(), String.valueOf(n)));
        }
    }
}
