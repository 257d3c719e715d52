package io.fairdraw.notification.domain;

import io.fairdraw.notification.ReminderKind;
import io.fairdraw.notification.Reminders;
import io.fairdraw.shared.BusinessClock;
import java.sql.Date;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReminderRepository {

    private final JdbcClient jdbc;

    ReminderRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * True when created now (or reopened: its condition holds again after it was resolved); false
     * when the same (kind, unit, subject) is already open.
     */
    /** {@link #insert}, counting a reminder that is new (or open again) under its kind in {@code created}: the daily run's tally. */
    void insertCounting(java.util.Map<ReminderKind, Integer> created, ReminderKind kind, String unitCode, String subject,
                        List<String> args, LocalDate dueOn, String link) {
        if (insert(kind, unitCode, subject, args, dueOn, link)) {
            created.merge(kind, 1, Integer::sum);
        }
    }

    boolean insert(ReminderKind kind, String unitCode, String subject, List<String> args, LocalDate dueOn, String link) {
        return jdbc.sql("INSERT INTO notification_reminder (kind, unit_code, subject, args, due_on, link) "
                        + "VALUES (?,?,?,?,?,?) ON CONFLICT (kind, unit_code, subject) DO UPDATE SET resolved_at = NULL "
                        + "WHERE notification_reminder.resolved_at IS NOT NULL")
                .params(kind.name(), unitCode, subject, args.toArray(String[]::new),
                        dueOn == null ? null : Date.valueOf(dueOn), link).update() > 0;
    }

    /**
     * An event's reminder (issue 21 item 1): {@code recipient} a directory inspector id for a personal one, or
     * null for the unit's accounts with the kind's roles. True when created now.
     */
    boolean insertFor(ReminderKind kind, String unitCode, String recipient, String subject, List<String> args,
                      String link) {
        return jdbc.sql("INSERT INTO notification_reminder (kind, unit_code, recipient, subject, args, link) "
                        + "VALUES (?,?,?,?,?,?) ON CONFLICT (kind, unit_code, subject) DO NOTHING")
                .params(kind.name(), unitCode, recipient, subject, args.toArray(String[]::new), link).update() > 0;
    }

    /** Resolves the open reminders of a kind and unit whose subject starts with {@code subjectPrefix}. */
    int resolve(ReminderKind kind, String unitCode, String subjectPrefix) {
        return jdbc.sql("UPDATE notification_reminder SET resolved_at = now() WHERE kind = ? AND unit_code = ? "
                        + "AND resolved_at IS NULL AND starts_with(subject, ?)")
                .params(kind.name(), unitCode, subjectPrefix).update();
    }

    /**
     * Resolves the open reminders of a kind whose {@code unit|subject} is not among those still
     * due, e.g. a result that has been published; they leave the unread count and the digest.
     */
    int resolveExcept(ReminderKind kind, java.util.Collection<String> stillDue) {
        return jdbc.sql("UPDATE notification_reminder SET resolved_at = now() WHERE kind = ? AND resolved_at IS NULL "
                        + "AND NOT (unit_code || '|' || subject = ANY(?))")
                .params(kind.name(), stillDue.toArray(String[]::new)).update();
    }

    /**
     * Who reads: the unit's reminders of the person's kinds and (issue 21 item 1) the personal ones addressed to
     * the directory inspector the account acts as ({@code inspectorId}, null when unlinked).
     */
    record Reader(String unitCode, String inspectorId, String[] kinds, String username) {
    }

    private static final String MINE = "((r.recipient IS NULL AND r.unit_code = ?) OR r.recipient = ?) AND r.kind = ANY(?)";

    long unread(Reader who) {
        return jdbc.sql("SELECT count(*) FROM notification_reminder r WHERE " + MINE + " AND r.resolved_at IS NULL "
                        + "AND NOT EXISTS (SELECT 1 FROM notification_read x WHERE x.reminder_id = r.id AND x.username = ?)")
                .params(who.unitCode(), who.inspectorId(), who.kinds(), who.username()).query(Long.class).single();
    }

    List<Reminders.Reminder> list(Reader who, boolean unreadOnly, int limit) {
        return jdbc.sql("SELECT r.id, r.kind, r.unit_code, r.args, r.due_on, r.link, r.created_at, x.read_at IS NOT NULL, "
                        + "r.resolved_at IS NOT NULL FROM notification_reminder r LEFT JOIN notification_read x ON x.reminder_id = r.id AND x.username = ? "
                        + "WHERE " + MINE + (unreadOnly ? " AND x.read_at IS NULL AND r.resolved_at IS NULL" : "")
                        + " ORDER BY r.created_at DESC, r.id DESC LIMIT ?")
                .params(who.username(), who.unitCode(), who.inspectorId(), who.kinds(), limit)
                .query((rs, n) -> new Reminders.Reminder(rs.getLong(1), ReminderKind.valueOf(rs.getString(2)),
                        rs.getString(3), Arrays.asList((String[]) rs.getArray(4).getArray()),
                        rs.getDate(5) == null ? null : rs.getDate(5).toLocalDate(), rs.getString(6),
                        java.time.LocalDateTime.ofInstant(rs.getTimestamp(7).toInstant(), BusinessClock.ZONE), rs.getBoolean(8),
                        rs.getBoolean(9))).list();
    }

    /** Whether the person may see the reminder at all (same unit and kinds as {@link #list}). */
    boolean visible(long id, Reader who) {
        return jdbc.sql("SELECT count(*) FROM notification_reminder r WHERE r.id = ? AND " + MINE)
                .params(id, who.unitCode(), who.inspectorId(), who.kinds()).query(Long.class).single() > 0;
    }

    /** Marks read only reminders the person may see (same unit and kinds). */
    int markRead(long id, Reader who) {
        return jdbc.sql("INSERT INTO notification_read (reminder_id, username) SELECT r.id, ? FROM notification_reminder r "
                        + "WHERE r.id = ? AND " + MINE + " ON CONFLICT DO NOTHING")
                .params(who.username(), id, who.unitCode(), who.inspectorId(), who.kinds()).update();
    }

    int markAllRead(Reader who) {
        return jdbc.sql("INSERT INTO notification_read (reminder_id, username) SELECT r.id, ? FROM notification_reminder r "
                        + "WHERE " + MINE + " ON CONFLICT DO NOTHING")
                .params(who.username(), who.unitCode(), who.inspectorId(), who.kinds()).update();
    }
}
