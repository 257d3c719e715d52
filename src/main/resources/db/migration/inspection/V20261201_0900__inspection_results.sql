-- 检查实施与结果: records of a visit (one per visit at a time; a correction of an approved record
-- is a new record linked by corrects_record_id, never an edit — 全程留痕), their per-item results
-- and evidence files. The visit keeps status PLANNED|APPROVED: APPROVED feeds the cool-down.

-- Which login account acts as which directory inspector (the draw assigns directory inspectors,
-- people sign in with accounts). Maintained in this module so the inspector directory stays free
-- of login concerns; one account per inspector and vice versa.
CREATE TABLE inspection_account (
    username     TEXT PRIMARY KEY,
    inspector_id TEXT NOT NULL UNIQUE,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE inspection_record (
    id                 BIGSERIAL PRIMARY KEY,
    visit_id           BIGINT NOT NULL REFERENCES inspection_visit (id),
    corrects_record_id BIGINT REFERENCES inspection_record (id),
    status             TEXT NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED')),
    inspection_date    DATE,
    entity_category    TEXT,
    -- 双人确认: directory ids of the team members who confirmed the current content; any change clears it.
    confirmed_by       TEXT[] NOT NULL DEFAULT '{}',
    return_reason      TEXT NOT NULL DEFAULT '',
    created_by         TEXT NOT NULL,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by         TEXT NOT NULL,
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    submitted_by       TEXT,
    submitted_at       TIMESTAMPTZ,
    approved_by        TEXT,
    approved_at        TIMESTAMPTZ,
    approved_on        DATE,
    version            INT NOT NULL DEFAULT 0
);
-- At most one record in progress per visit; approved ones accumulate (original + corrections).
CREATE UNIQUE INDEX inspection_record_open_idx ON inspection_record (visit_id) WHERE status <> 'APPROVED';
CREATE INDEX inspection_record_visit_idx ON inspection_record (visit_id);

CREATE TABLE inspection_record_item (
    record_id    BIGINT NOT NULL REFERENCES inspection_record (id),
    item_code    TEXT NOT NULL,
    item_version INT NOT NULL,
    item_name    TEXT NOT NULL,
    owner_unit   TEXT NOT NULL,
    legal_basis  TEXT NOT NULL DEFAULT '',
    sort         INT NOT NULL,
    category     TEXT,
    disposal     TEXT,
    findings     TEXT NOT NULL DEFAULT '' CHECK (length(findings) <= 4000),
    PRIMARY KEY (record_id, item_code)
);

-- Evidence is kept in the database (DESIGN.md §4 scale-out: files in the database), with its
-- SHA-256, which is also written into the audit entry of the upload.
CREATE TABLE inspection_evidence (
    id           BIGSERIAL PRIMARY KEY,
    record_id    BIGINT NOT NULL REFERENCES inspection_record (id),
    item_code    TEXT NOT NULL,
    file_name    TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes   BIGINT NOT NULL,
    sha256       TEXT NOT NULL,
    data         BYTEA NOT NULL,
    thumbnail    BYTEA,
    uploaded_by  TEXT NOT NULL,
    uploaded_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX inspection_evidence_record_idx ON inspection_evidence (record_id);
