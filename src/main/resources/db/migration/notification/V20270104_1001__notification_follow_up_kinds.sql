-- 后续处置 reminders (issue 19 item 4): before a follow-up's deadline, and again once it is overdue.
ALTER TABLE notification_reminder DROP CONSTRAINT notification_reminder_kind_check;
ALTER TABLE notification_reminder ADD CONSTRAINT notification_reminder_kind_check
    CHECK (kind IN ('PLAN_DUE', 'RESULT_DUE', 'CERTIFICATE_EXPIRING', 'UNDERSTAFFED', 'JOINT_INVITATION',
                    'FOLLOW_UP_DUE', 'FOLLOW_UP_OVERDUE'));
