-- issue 20 item 3 (外部信用): credit class changes from outside — the 国家企业信用信息公示系统, 税务,
-- 市场监管 … — received at a signed HTTP endpoint or imported by ADMIN from .xlsx. Each source an ADMIN
-- configures has the shared secret of its HMAC signature (kept as given: verifying an HMAC needs it).
CREATE TABLE credit_source (
    code       TEXT PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9_-]{2,40}$'),
    name       TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    secret     TEXT NOT NULL CHECK (length(secret) BETWEEN 32 AND 200),
    created_by TEXT NOT NULL,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One change per (source, change id): the change id makes a resent change idempotent and a
-- replayed request harmless. applied_at is null until effective_on has come (the daily job).
CREATE TABLE credit_external_change (
    id           BIGSERIAL PRIMARY KEY,
    source_code  TEXT NOT NULL REFERENCES credit_source (code),
    change_id    TEXT NOT NULL CHECK (length(change_id) BETWEEN 1 AND 100),
    uscc         TEXT NOT NULL,
    risk_class   TEXT NOT NULL CHECK (risk_class IN ('A', 'B', 'C', 'D')),
    effective_on DATE NOT NULL,
    reason       TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    reference    TEXT CHECK (length(reference) <= 200),
    channel      TEXT NOT NULL CHECK (channel IN ('HTTP', 'IMPORT')),
    received_by  TEXT NOT NULL,
    received_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    applied_at   TIMESTAMPTZ,
    UNIQUE (source_code, change_id)
);
CREATE INDEX credit_external_change_uscc_idx ON credit_external_change (uscc, source_code, effective_on);
CREATE INDEX credit_external_change_due_idx ON credit_external_change (effective_on) WHERE applied_at IS NULL;

-- A class change is caused either by a credit rule or by an external change.
ALTER TABLE credit_class_change ALTER COLUMN rule_code DROP NOT NULL;
ALTER TABLE credit_class_change ADD COLUMN external_change_id BIGINT REFERENCES credit_external_change (id);
ALTER TABLE credit_class_change ADD CONSTRAINT credit_class_change_cause_check
    CHECK ((rule_code IS NULL) <> (external_change_id IS NULL));
