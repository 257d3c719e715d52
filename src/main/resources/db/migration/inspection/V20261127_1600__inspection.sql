-- 检查任务 (visits): one per drawn entity, created in the draw's own transaction. The next issue
-- adds results, evidence and review; status APPROVED is the cool-down input (避免重复抽查).
CREATE TABLE inspection_visit (
    id          BIGSERIAL PRIMARY KEY,
    draw_id     TEXT NOT NULL,
    task_id     BIGINT NOT NULL,
    uscc        TEXT NOT NULL,
    org_code    TEXT NOT NULL,
    inspectors  TEXT[] NOT NULL,
    item_codes  TEXT[] NOT NULL,
    status      TEXT NOT NULL DEFAULT 'PLANNED' CHECK (status IN ('PLANNED', 'APPROVED')),
    approved_at TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (draw_id, uscc)
);
CREATE INDEX inspection_visit_uscc_idx ON inspection_visit (uscc, status);
