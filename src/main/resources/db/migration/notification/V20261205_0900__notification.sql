-- In-app reminders (提醒). One row per reminder: the daily job inserts ON CONFLICT (reopening only a resolved one) on
-- (kind, unit_code, subject), so the same reminder is never created twice, even by two nodes.
CREATE TABLE notification_reminder (
    id         BIGSERIAL PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('PLAN_DUE', 'RESULT_DUE', 'CERTIFICATE_EXPIRING', 'UNDERSTAFFED',
                                             'JOINT_INVITATION')),
    unit_code  TEXT NOT NULL,                 -- the unit whose staff (by role, see ReminderKind) are told
    subject    TEXT NOT NULL,                 -- what it is about: year, record id, inspector+expiry, month, task id
    args       TEXT[] NOT NULL,               -- message arguments of notification.kind.<KIND>
    due_on     DATE,
    link       TEXT,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    resolved_at TIMESTAMPTZ,                  -- the condition no longer holds (plan submitted, result published …)
    UNIQUE (kind, unit_code, subject)
);
CREATE INDEX notification_reminder_unit_idx ON notification_reminder (unit_code, created_at DESC);

-- Read state per person: a reminder goes to every account of the unit with the role.
CREATE TABLE notification_read (
    reminder_id BIGINT NOT NULL REFERENCES notification_reminder (id),
    username    TEXT NOT NULL,
    read_at     TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (reminder_id, username)
);
