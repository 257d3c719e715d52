-- 信息归集, daily file drop (issue 20 item 2): one row per business day dropped, rewritten by every
-- run of that day (a re-run replaces the day's files, so it replaces the day's row too).
CREATE TABLE exchange_file_drop (
    day          DATE PRIMARY KEY,
    status       TEXT NOT NULL CHECK (status IN ('WRITTEN', 'FAILED')),
    files        TEXT NOT NULL DEFAULT '',
    row_count    INT NOT NULL DEFAULT 0,
    error        TEXT,
    attempts     INT NOT NULL DEFAULT 1,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ NOT NULL,
    run_by       TEXT NOT NULL
);
