-- 所所交叉 (issue 17 item 2): a division's sub-offices (团场/片区自然资源所). An office is the org
-- of the inspectors and entities assigned to it, so its code is an FD-DRAW-1 org code
-- ([0-9A-Za-z._-]) and starts with its unit's code and a hyphen (e.g. D01-S01): it never equals
-- another unit's code. Offices are never deleted (drawn rosters and frames name them): they are
-- deactivated, which stops new assignments.
CREATE TABLE org_office (
    code       TEXT PRIMARY KEY CHECK (code ~ '^[0-9A-Za-z._-]{1,40}$'),
    unit_code  TEXT NOT NULL REFERENCES org_unit (code),
    name       TEXT NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    active     BOOLEAN NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (starts_with(code, unit_code || '-')),
    UNIQUE (unit_code, name)
);
