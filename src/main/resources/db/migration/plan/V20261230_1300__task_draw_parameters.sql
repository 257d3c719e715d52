-- Issue 17 item 4: a REVIEWER may change a published task's draw parameters, with a published
-- reason, until the task has an executed draw. The draw tells the plan (TaskDrawLog) in its own
-- transaction; executed_draw_id is that flag.
ALTER TABLE plan_task ADD COLUMN executed_draw_id TEXT;

-- Draws executed before this migration (a database started by an earlier version).
UPDATE plan_task t SET executed_draw_id = d.draw_id
  FROM draw_announcement d WHERE d.task_id = t.id AND d.status = 'EXECUTED';

CREATE TABLE plan_task_param_change (
    id               BIGSERIAL PRIMARY KEY,
    task_id          BIGINT NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    changed_by       TEXT NOT NULL,
    changed_at       TIMESTAMPTZ NOT NULL DEFAULT now(),
    reason           TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    team_size_before INT NOT NULL,
    team_size_after  INT NOT NULL CHECK (team_size_after >= 2),
    cap_slack_before INT NOT NULL,
    cap_slack_after  INT NOT NULL CHECK (cap_slack_after BETWEEN 0 AND 100),
    cross_org_before BOOLEAN NOT NULL,
    cross_org_after  BOOLEAN NOT NULL
);
CREATE INDEX plan_task_param_change_task ON plan_task_param_change (task_id, id);
