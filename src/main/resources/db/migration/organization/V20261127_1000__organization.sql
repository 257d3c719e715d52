-- Units (局机关, 处室, 数据中心, 师市局) and the accounts that act for them (DESIGN.md §2).
CREATE TABLE org_unit (
    code          TEXT PRIMARY KEY CHECK (code ~ '^[0-9A-Za-z._-]{1,32}$'),
    name          TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    parent_code   TEXT REFERENCES org_unit (code),
    kind          TEXT NOT NULL CHECK (kind IN ('BUREAU', 'DATA_CENTER', 'DEPARTMENT', 'DIVISION')),
    contact_phone TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    active        BOOLEAN NOT NULL DEFAULT TRUE,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (parent_code IS NULL OR parent_code <> code)
);

CREATE TABLE org_account (
    id                  BIGSERIAL PRIMARY KEY,
    username            TEXT NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,40}$'),
    display_name        TEXT NOT NULL CHECK (length(display_name) BETWEEN 1 AND 50),
    unit_code           TEXT NOT NULL REFERENCES org_unit (code),
    password_hash       TEXT NOT NULL,
    enabled             BOOLEAN NOT NULL DEFAULT TRUE,
    failed_attempts     INT NOT NULL DEFAULT 0,
    locked_until        TIMESTAMPTZ,
    password_changed_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at          TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at          TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX org_account_unit_idx ON org_account (unit_code);

CREATE TABLE org_account_role (
    account_id BIGINT NOT NULL REFERENCES org_account (id) ON DELETE CASCADE,
    role       TEXT NOT NULL CHECK (role IN ('ADMIN', 'LIAISON', 'PLANNER', 'REVIEWER', 'INSPECTOR', 'AUDITOR')),
    PRIMARY KEY (account_id, role)
);
