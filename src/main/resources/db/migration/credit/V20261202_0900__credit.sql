-- 信用 (失信者一处违规、处处受限): credit records created from approved inspection results, the
-- risk-class rules as data, and every change of class with the record that caused it.

CREATE TABLE credit_record (
    id                BIGSERIAL PRIMARY KEY,
    uscc              TEXT NOT NULL,
    entity_name       TEXT NOT NULL,
    inspection_record BIGINT NOT NULL,
    unit_code         TEXT NOT NULL,
    item_code         TEXT NOT NULL,
    item_name         TEXT NOT NULL,
    category          TEXT NOT NULL,
    severity          TEXT NOT NULL CHECK (severity IN ('MINOR', 'GENERAL', 'SERIOUS')),
    found_on          DATE NOT NULL,
    approved_on       DATE NOT NULL,
    -- A later approved correction supersedes the records of the record it corrects (kept, shown struck out).
    superseded_by     BIGINT,
    created_at        TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (inspection_record, item_code)
);
CREATE INDEX credit_record_uscc_idx ON credit_record (uscc, approved_on);

-- The rules an ADMIN reads on /credit/rules. CATEGORY rules: a violation of that category has that
-- severity and puts the entity at least in min_class. CLEAN rules: no valid credit record and no
-- class change for `months` moves the entity down `step` classes.
CREATE TABLE credit_rule (
    code      TEXT PRIMARY KEY,
    kind      TEXT NOT NULL CHECK (kind IN ('CATEGORY', 'CLEAN')),
    category  TEXT,
    severity  TEXT CHECK (severity IN ('MINOR', 'GENERAL', 'SERIOUS')),
    min_class TEXT CHECK (min_class IN ('A', 'B', 'C', 'D')),
    months    INT,
    step      INT,
    sort      INT NOT NULL,
    CHECK ((kind = 'CATEGORY' AND category IS NOT NULL AND severity IS NOT NULL AND min_class IS NOT NULL)
        OR (kind = 'CLEAN' AND months > 0 AND step > 0))
);
INSERT INTO credit_rule (code, kind, category, severity, min_class, months, step, sort) VALUES
    ('FALSE_DISCLOSURE', 'CATEGORY', 'FALSE_DISCLOSURE', 'SERIOUS', 'D', NULL, NULL, 10),
    ('OBSTRUCTION', 'CATEGORY', 'OBSTRUCTION', 'SERIOUS', 'D', NULL, NULL, 20),
    ('PENDING_FOLLOW_UP', 'CATEGORY', 'PENDING_FOLLOW_UP', 'GENERAL', 'C', NULL, NULL, 30),
    ('NOT_DISCLOSED', 'CATEGORY', 'NOT_DISCLOSED', 'GENERAL', 'C', NULL, NULL, 40),
    ('UNREACHABLE', 'CATEGORY', 'UNREACHABLE', 'GENERAL', 'C', NULL, NULL, 50),
    ('CORRECTED', 'CATEGORY', 'CORRECTED', 'MINOR', 'B', NULL, NULL, 60),
    ('CLEAN_TWO_YEARS', 'CLEAN', NULL, NULL, NULL, 24, 1, 100);

CREATE TABLE credit_class_change (
    id                BIGSERIAL PRIMARY KEY,
    uscc              TEXT NOT NULL,
    from_class        TEXT,
    to_class          TEXT NOT NULL,
    rule_code         TEXT NOT NULL REFERENCES credit_rule (code),
    credit_record_id  BIGINT REFERENCES credit_record (id),
    inspection_record BIGINT,
    at                TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX credit_class_change_uscc_idx ON credit_class_change (uscc, at);
