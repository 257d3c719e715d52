-- Issue 17 item 5: a REVIEWER may override the staffing condition's refusal with a published reason;
-- a PLANNER requests, a different account approves. An approved override is used by the task's next
-- announcement (draw_id) and is shown on that draw's page and counted in 抽取监督.
CREATE TABLE draw_staffing_override (
    id           BIGSERIAL PRIMARY KEY,
    task_id      BIGINT NOT NULL,
    unit_code    TEXT NOT NULL,
    reason       TEXT NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 500),
    status       TEXT NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED')),
    requested_at TIMESTAMPTZ NOT NULL,
    requested_by TEXT NOT NULL,
    decided_at   TIMESTAMPTZ,
    decided_by   TEXT,
    draw_id      TEXT UNIQUE REFERENCES draw_announcement (draw_id) DEFERRABLE INITIALLY DEFERRED,
    staffing     TEXT NOT NULL DEFAULT '', -- the failed condition it let through, as published
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
-- One override in play per task: open, or approved and not yet used by an announcement.
CREATE UNIQUE INDEX draw_staffing_override_one_open ON draw_staffing_override (task_id)
    WHERE status = 'REQUESTED' OR (status = 'APPROVED' AND draw_id IS NULL);
