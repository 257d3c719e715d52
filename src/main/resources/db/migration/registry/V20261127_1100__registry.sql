-- 市场主体名录库 (兵自然资发〔2020〕47号 二(二)): market entities keyed by 统一社会信用代码.
-- Rows are never deleted: 注销 is a status, so every entity keeps its history (全程留痕).
-- unit_code has no foreign key on purpose: units are never deleted (only deactivated), every
-- write path checks the code against the organisation and the caller's scope, and the RI
-- trigger would cost ~30 % of a 1,000,000-row import (DESIGN.md §4 import anchors).
CREATE TABLE registry_entity (
    uscc               TEXT PRIMARY KEY CHECK (uscc ~ '^[0-9A-HJ-NP-RTUWXY]{2}[0-9]{6}[0-9A-HJ-NP-RTUWXY]{10}$'),
    name               TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    entity_type        TEXT NOT NULL CHECK (length(entity_type) BETWEEN 1 AND 50),
    field              TEXT NOT NULL CHECK (field IN ('LAND', 'PLANNING', 'FOREST_GRASS', 'MINERAL', 'SURVEYING', 'OTHER')),
    unit_code          TEXT NOT NULL,
    address            TEXT NOT NULL DEFAULT '' CHECK (length(address) <= 200),
    legal_rep          TEXT NOT NULL DEFAULT '' CHECK (length(legal_rep) <= 50),
    license_no         TEXT NOT NULL DEFAULT '' CHECK (length(license_no) <= 100),
    status             TEXT NOT NULL CHECK (status IN ('ACTIVE', 'CANCELLED', 'REVOKED')),
    risk_class         TEXT CHECK (risk_class IN ('A', 'B', 'C', 'D')),
    -- Flags that raise the sampling weight (差异化监管): kept by hand, not by the import template.
    many_complaints    BOOLEAN NOT NULL DEFAULT FALSE,
    abnormal_operation BOOLEAN NOT NULL DEFAULT FALSE,
    serious_dishonesty BOOLEAN NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by         TEXT NOT NULL,
    created_import     BIGINT,
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by         TEXT NOT NULL,
    version            INT NOT NULL DEFAULT 0
);
-- No secondary index: lists page in code order on the primary key and filter by unit; every
-- extra index roughly doubles the cost of loading a million rows. Name search is a substring
-- search (LIKE '%…%') that a b-tree cannot serve anyway.

-- Who changed what, when: one row per manual edit, deregistration, or entity changed by an import.
-- changes = {"field": [old, new], ...}; creation is on the entity row (created_*), so an import of
-- a million new entities writes no million history rows.
CREATE TABLE registry_entity_change (
    id        BIGSERIAL PRIMARY KEY,
    uscc      TEXT NOT NULL REFERENCES registry_entity (uscc),
    at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    actor     TEXT NOT NULL,
    source    TEXT NOT NULL CHECK (source IN ('MANUAL', 'IMPORT')),
    import_id BIGINT,
    reason    TEXT NOT NULL DEFAULT '',
    changes   JSONB NOT NULL
);
CREATE INDEX registry_entity_change_uscc_idx ON registry_entity_change (uscc, at);

-- One row per import (DESIGN.md §5); its rejected rows below, capped, with the original values.
CREATE TABLE registry_import (
    id          BIGSERIAL PRIMARY KEY,
    file_name   TEXT NOT NULL,
    unit_code   TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    finished_at TIMESTAMPTZ,
    status      TEXT NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    total       INT NOT NULL DEFAULT 0,
    inserted    INT NOT NULL DEFAULT 0,
    updated     INT NOT NULL DEFAULT 0,
    unchanged   INT NOT NULL DEFAULT 0,
    rejected    INT NOT NULL DEFAULT 0,
    message     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX registry_import_unit_idx ON registry_import (unit_code, id);

CREATE TABLE registry_import_error (
    import_id BIGINT NOT NULL REFERENCES registry_import (id),
    row_no    INT NOT NULL,
    columns   TEXT[] NOT NULL,
    messages  TEXT[] NOT NULL,
    original  TEXT[] NOT NULL,
    PRIMARY KEY (import_id, row_no)
);
