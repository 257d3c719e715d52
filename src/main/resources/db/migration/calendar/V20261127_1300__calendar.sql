-- Official holidays and make-up working days (调休上班), one row a date; weekends are implied.
CREATE TABLE calendar_day (
    day        DATE PRIMARY KEY,
    kind       TEXT NOT NULL CHECK (kind IN ('HOLIDAY', 'WORKDAY')),
    name       TEXT NOT NULL DEFAULT '' CHECK (length(name) <= 50),
    updated_by TEXT NOT NULL DEFAULT 'system',
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
