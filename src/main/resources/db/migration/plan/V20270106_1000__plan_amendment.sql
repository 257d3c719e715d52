-- Issue 19 item 6 (计划调整): a published plan is amended only by a reviewed change, proposed by the
-- unit's PLANNER with a reason and decided by a REVIEWER who did not propose it (DESIGN.md §2).
-- An approved amendment is applied and published at once; its number is the plan's next version
-- (version 1 is the plan as first published).
CREATE TABLE plan_amendment (
    id               BIGSERIAL PRIMARY KEY,
    plan_id          BIGINT NOT NULL REFERENCES plan_annual (id) ON DELETE CASCADE,
    kind             TEXT NOT NULL CHECK (kind IN ('ADD_TASK', 'CANCEL_TASK', 'CHANGE_PERIOD')),
    -- CANCEL_TASK/CHANGE_PERIOD: the task named; ADD_TASK: the task created on approval
    task_id          BIGINT REFERENCES plan_task (id) ON DELETE CASCADE,
    task_code        TEXT,
    task_name        TEXT,
    -- ADD_TASK: the task form as proposed (validated like the task form, again on approval)
    task_form        JSONB,
    period_start     DATE,
    period_end       DATE,
    before_start     DATE,
    before_end       DATE,
    reason           TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    status           TEXT NOT NULL CHECK (status IN ('PROPOSED', 'APPROVED', 'RETURNED')),
    proposed_by      TEXT NOT NULL,
    proposed_at      TIMESTAMPTZ NOT NULL,
    decided_by       TEXT,
    decided_at       TIMESTAMPTZ,
    return_reason    TEXT,
    version          INT,
    -- CANCEL_TASK of a task with an executed draw: that draw (counted in 抽取监督)
    executed_draw_id TEXT,
    UNIQUE (plan_id, version),
    CHECK (kind <> 'CHANGE_PERIOD' OR (period_start IS NOT NULL AND period_end >= period_start))
);
CREATE INDEX plan_amendment_plan ON plan_amendment (plan_id, id);

-- A task cancelled by an approved amendment stays on the public plan, marked, and is never drawn again.
ALTER TABLE plan_task ADD COLUMN cancelled_by BIGINT REFERENCES plan_amendment (id);
