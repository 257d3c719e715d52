-- 后续处置 (issue 19 item 4): a result with a problem whose disposal needs a follow-up opens one per
-- visit and item — 整改 (deadline, then a 复查 with its own record and evidence), 移送 (receiving
-- body and case number) or 抄告 (department and date). The team records the outcome as a correction
-- of the first result (a new inspection record, never an edit); its approval by the task unit's
-- REVIEWER closes the follow-up, and disclosure publishes it linked to the first result.
CREATE TABLE inspection_follow_up (
    id                BIGSERIAL PRIMARY KEY,
    visit_id          BIGINT NOT NULL REFERENCES inspection_visit (id),
    record_id         BIGINT NOT NULL REFERENCES inspection_record (id),   -- the first result
    item_code         TEXT NOT NULL,
    item_name         TEXT NOT NULL,
    kind              TEXT NOT NULL CHECK (kind IN ('RECTIFY', 'TRANSFER', 'NOTIFY')),
    unit_code         TEXT NOT NULL,                                      -- the task's unit (谁抽查、谁公示)
    uscc              TEXT NOT NULL,
    entity_name       TEXT NOT NULL,
    first_date        DATE NOT NULL,                                      -- the first record's inspection date
    deadline          DATE NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('OPEN', 'REVIEW', 'CLOSED')),
    action_date       DATE,                                               -- 复查 / 移送 / 抄告 date
    rectified         BOOLEAN,
    receiving_body    TEXT,
    case_no           TEXT,
    department        TEXT,
    note              TEXT NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    outcome           TEXT,
    outcome_record_id BIGINT REFERENCES inspection_record (id),
    opened_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    recorded_by       TEXT,
    recorded_at       TIMESTAMPTZ,
    closed_by         TEXT,
    closed_at         TIMESTAMPTZ,
    UNIQUE (visit_id, item_code)
);
CREATE INDEX inspection_follow_up_open_idx ON inspection_follow_up (unit_code, deadline) WHERE status <> 'CLOSED';
CREATE INDEX inspection_follow_up_outcome_idx ON inspection_follow_up (outcome_record_id) WHERE outcome_record_id IS NOT NULL;
