-- FD-DRAW-1 §3 under two people's eyes (issue 17 item 6): a PLANNER requests with a reason from a
-- fixed list, a REVIEWER of the unit (never the requester) approves or refuses; only an approved
-- request becomes a row of draw_substitution (the record's "substitutions"). Every request is public.
CREATE TABLE draw_substitution_request (
    id            BIGSERIAL PRIMARY KEY,
    draw_id       TEXT NOT NULL REFERENCES draw_announcement (draw_id),
    uscc          TEXT NOT NULL,
    out_inspector TEXT NOT NULL,
    reason_code   TEXT NOT NULL CHECK (reason_code IN ('LEAVE', 'CONFLICT', 'ILLNESS', 'DUTY', 'OTHER')),
    reason_text   TEXT NOT NULL DEFAULT '' CHECK (length(reason_text) <= 500),
    status        TEXT NOT NULL CHECK (status IN ('REQUESTED', 'APPROVED', 'REFUSED')),
    requested_at  TIMESTAMPTZ NOT NULL,
    requested_by  TEXT NOT NULL,
    decided_at    TIMESTAMPTZ,
    decided_by    TEXT,
    in_inspector  TEXT,
    CHECK (reason_code <> 'OTHER' OR length(btrim(reason_text)) > 0),
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX draw_substitution_request_draw_idx ON draw_substitution_request (draw_id, id);
-- Each team slot is substituted at most once (no chain A->B->C): one open or approved request per slot.
CREATE UNIQUE INDEX draw_substitution_request_one_per_slot ON draw_substitution_request (draw_id, uscc, out_inspector)
    WHERE status <> 'REFUSED';
