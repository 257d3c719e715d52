-- Issue 21 item 1: reminders written when their event happens (plan submitted/returned/approved, draw executed,
-- record submitted/returned, substitution requested). A personal one names its recipient, a directory inspector id
-- (the drawn team, the team of a returned record); a unit one (recipient NULL) goes to the unit's accounts by role.
ALTER TABLE notification_reminder ADD COLUMN recipient TEXT;
ALTER TABLE notification_reminder DROP CONSTRAINT notification_reminder_kind_check;
ALTER TABLE notification_reminder ADD CONSTRAINT notification_reminder_kind_check
    CHECK (kind IN ('PLAN_DUE', 'RESULT_DUE', 'CERTIFICATE_EXPIRING', 'UNDERSTAFFED', 'JOINT_INVITATION',
                    'FOLLOW_UP_DUE', 'FOLLOW_UP_OVERDUE', 'PLAN_SUBMITTED', 'PLAN_RETURNED', 'PLAN_APPROVED',
                    'VISITS_DRAWN', 'RECORD_SUBMITTED', 'RECORD_RETURNED', 'SUBSTITUTION_REQUESTED'));
CREATE INDEX notification_reminder_recipient_idx ON notification_reminder (recipient, created_at DESC)
    WHERE recipient IS NOT NULL;
