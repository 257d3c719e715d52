-- 异议 (issue 20 item 4): an objection to a published result, filed on the portal without login.
-- The objector's name and contact are for the answering unit only: no public page, JSON or CSV reads
-- them (the public sees that an objection was filed, its dates and its outcome). One open objection
-- per record at a time; the answer is the REVIEWER's of the publishing unit, never the approver's.
CREATE TABLE disclosure_objection (
    id                   BIGSERIAL PRIMARY KEY,
    record_id            BIGINT NOT NULL REFERENCES disclosure_record (record_id),
    unit_code            TEXT NOT NULL,
    uscc                 TEXT NOT NULL,
    objector_name        TEXT NOT NULL CHECK (length(objector_name) BETWEEN 1 AND 50),
    contact              TEXT NOT NULL CHECK (length(contact) BETWEEN 1 AND 100),
    legal_rep            TEXT NOT NULL CHECK (length(legal_rep) BETWEEN 1 AND 50),
    reason               TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    file_name            TEXT CHECK (length(file_name) <= 200),
    content_type         TEXT,
    size_bytes           INT,
    sha256               TEXT,
    data                 BYTEA,
    filed_at             TIMESTAMPTZ NOT NULL,
    filed_on             DATE NOT NULL,
    answer_due           DATE NOT NULL,
    status               TEXT NOT NULL CHECK (status IN ('OPEN', 'UPHELD', 'REJECTED')),
    answer               TEXT CHECK (length(answer) <= 2000),
    answered_by          TEXT,
    answered_at          TIMESTAMPTZ,
    answered_on          DATE,
    correction_record_id BIGINT,
    CHECK ((status = 'OPEN') = (answered_at IS NULL)),
    CHECK ((data IS NULL) = (file_name IS NULL))
);
CREATE INDEX disclosure_objection_record_idx ON disclosure_objection (record_id);
CREATE UNIQUE INDEX disclosure_objection_one_open_idx ON disclosure_objection (record_id) WHERE status = 'OPEN';
CREATE INDEX disclosure_objection_open_idx ON disclosure_objection (unit_code, answer_due) WHERE status = 'OPEN';
