-- 年度抽查计划 (one per unit and year) and its tasks (抽查任务).
CREATE TABLE plan_annual (
    id            BIGSERIAL PRIMARY KEY,
    unit_code     TEXT NOT NULL REFERENCES org_unit (code),
    year          INT NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    title         TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
    status        TEXT NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'PUBLISHED')),
    return_reason TEXT,
    submitted_by  TEXT,
    submitted_at  TIMESTAMPTZ,
    approved_by   TEXT,
    approved_at   TIMESTAMPTZ,
    published_by  TEXT,
    published_at  TIMESTAMPTZ,
    created_by    TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (unit_code, year)
);

CREATE TABLE plan_task (
    id                BIGSERIAL PRIMARY KEY,
    plan_id           BIGINT NOT NULL REFERENCES plan_annual (id) ON DELETE CASCADE,
    code              TEXT NOT NULL,
    name              TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    team_size         INT NOT NULL CHECK (team_size >= 2),
    cross_org         BOOLEAN NOT NULL DEFAULT FALSE,
    cool_down_months  INT NOT NULL DEFAULT 12 CHECK (cool_down_months BETWEEN 0 AND 120),
    cap_slack         INT NOT NULL DEFAULT 1 CHECK (cap_slack BETWEEN 0 AND 100),
    period_start      DATE NOT NULL,
    period_end        DATE NOT NULL,
    beacon_source     TEXT NOT NULL CHECK (length(beacon_source) BETWEEN 1 AND 200),
    scope_fields      TEXT[] NOT NULL DEFAULT '{}',
    scope_units       TEXT[] NOT NULL DEFAULT '{}',
    scope_types       TEXT[] NOT NULL DEFAULT '{}',
    scope_statuses    TEXT[] NOT NULL DEFAULT '{ACTIVE}',
    scope_flags       TEXT[] NOT NULL DEFAULT '{}',
    serious_all       BOOLEAN NOT NULL DEFAULT FALSE,
    UNIQUE (plan_id, code),
    CHECK (period_end >= period_start)
);

-- The catalog item versions a task uses (a joint task has several, from several units).
CREATE TABLE plan_task_item (
    task_id         BIGINT NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    item_version_id BIGINT NOT NULL,
    contributed_by  TEXT NOT NULL,
    PRIMARY KEY (task_id, item_version_id)
);

-- Ratio in basis points and minimum count per credit-risk stratum (A–D, X = none).
CREATE TABLE plan_task_ratio (
    task_id   BIGINT NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    stratum   TEXT NOT NULL CHECK (stratum IN ('A', 'B', 'C', 'D', 'X')),
    ratio_bp  INT NOT NULL CHECK (ratio_bp BETWEEN 0 AND 10000),
    min_count INT NOT NULL DEFAULT 0 CHECK (min_count >= 0),
    PRIMARY KEY (task_id, stratum)
);

-- 联合抽查: partner units invited by the lead unit; they confirm and contribute items/inspectors.
CREATE TABLE plan_task_partner (
    task_id      BIGINT NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    unit_code    TEXT NOT NULL REFERENCES org_unit (code),
    status       TEXT NOT NULL CHECK (status IN ('INVITED', 'CONFIRMED', 'DECLINED')),
    invited_by   TEXT NOT NULL,
    invited_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    answered_by  TEXT,
    answered_at  TIMESTAMPTZ,
    PRIMARY KEY (task_id, unit_code)
);
CREATE INDEX plan_task_partner_unit_idx ON plan_task_partner (unit_code, status);
