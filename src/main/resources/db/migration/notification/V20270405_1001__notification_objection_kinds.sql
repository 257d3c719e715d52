-- Issue 20 item 4: 异议 reminders (OBJECTION_DUE before the answer is due, OBJECTION_OVERDUE after).
-- The constraint lists every ReminderKind; a branch adding kinds of its own must list these too.
ALTER TABLE notification_reminder DROP CONSTRAINT notification_reminder_kind_check;
ALTER TABLE notification_reminder ADD CONSTRAINT notification_reminder_kind_check
    CHECK (kind IN ('PLAN_DUE', 'RESULT_DUE', 'CERTIFICATE_EXPIRING', 'UNDERSTAFFED', 'JOINT_INVITATION',
                    'FOLLOW_UP_DUE', 'FOLLOW_UP_OVERDUE', 'PLAN_SUBMITTED', 'PLAN_RETURNED', 'PLAN_APPROVED',
                    'VISITS_DRAWN', 'RECORD_SUBMITTED', 'RECORD_RETURNED', 'SUBSTITUTION_REQUESTED',
                    'OBJECTION_DUE', 'OBJECTION_OVERDUE'));
