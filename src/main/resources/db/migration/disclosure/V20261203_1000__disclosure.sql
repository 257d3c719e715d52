-- 一公开: approved inspection records waiting for / after publication (one row per record) and
-- their item results (one row per record and item: the unit of the public results list).
-- Filled by the disclosure module from inspection's ResultApproved event; nothing personal
-- (inspectors, certificates, conflicts) and no credit class is ever stored here.

-- Character bigrams of a lower-cased name: the GIN index on them finds a part of a Chinese name
-- (2 characters and up) at any position without pg_trgm, whose trigrams need 3 characters and
-- drop non-ASCII characters under the C locale.
CREATE FUNCTION disclosure_grams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS
$$ SELECT coalesce(array_agg(DISTINCT substr(lower(t), i, 2)), '{}') FROM generate_series(1, length(t) - 1) AS i $$;

CREATE TABLE disclosure_record (
    record_id         BIGINT PRIMARY KEY,
    corrects_record_id BIGINT,
    visit_id          BIGINT NOT NULL,
    task_id           BIGINT NOT NULL,
    task_name         TEXT NOT NULL,
    year              INT NOT NULL,
    unit_code         TEXT NOT NULL,
    draw_id           TEXT,
    uscc              TEXT COLLATE "C" NOT NULL,
    entity_name       TEXT NOT NULL,
    field             TEXT NOT NULL,
    inspection_date   DATE NOT NULL,
    approved_at       TIMESTAMPTZ NOT NULL,
    approved_on       DATE NOT NULL,
    due_on            DATE NOT NULL,
    -- PENDING: approved, not yet public; PUBLISHED; SUPERSEDED: corrected before it was published.
    status            TEXT NOT NULL CHECK (status IN ('PENDING', 'PUBLISHED', 'SUPERSEDED')),
    published_on      DATE,
    published_at      TIMESTAMPTZ,
    published_by      TEXT,
    corrected_by_record_id BIGINT,
    CHECK ((status = 'PUBLISHED') = (published_on IS NOT NULL))
);
CREATE INDEX disclosure_record_pending_idx ON disclosure_record (unit_code, due_on) WHERE status = 'PENDING';
CREATE INDEX disclosure_record_task_idx ON disclosure_record (task_id);
CREATE INDEX disclosure_record_corrects_idx ON disclosure_record (corrects_record_id) WHERE corrects_record_id IS NOT NULL;

-- Denormalised on purpose: the portal reads only this table, through partial indexes over the
-- published rows (the 1,000,000-row benchmark in bench/portal/).
CREATE TABLE disclosure_result (
    id                BIGSERIAL PRIMARY KEY,
    record_id         BIGINT NOT NULL REFERENCES disclosure_record (record_id),
    task_id           BIGINT NOT NULL,
    task_name         TEXT NOT NULL,
    year              INT NOT NULL,
    unit_code         TEXT NOT NULL,
    item_code         TEXT NOT NULL,
    item_version      INT NOT NULL,
    item_name         TEXT NOT NULL,
    uscc              TEXT COLLATE "C" NOT NULL,
    entity_name       TEXT NOT NULL,
    name_grams        TEXT[] GENERATED ALWAYS AS (disclosure_grams(entity_name)) STORED,
    field             TEXT NOT NULL,
    category          TEXT NOT NULL,
    inspection_date   DATE NOT NULL,
    published_on      DATE,
    corrected_by_record_id BIGINT,
    UNIQUE (record_id, item_code)
);
CREATE INDEX disclosure_result_pub_idx ON disclosure_result (published_on DESC, id DESC)
    WHERE published_on IS NOT NULL;
CREATE INDEX disclosure_result_uscc_idx ON disclosure_result (uscc, published_on DESC, id DESC)
    WHERE published_on IS NOT NULL;
CREATE INDEX disclosure_result_unit_idx ON disclosure_result (unit_code, published_on DESC, id DESC)
    WHERE published_on IS NOT NULL;
CREATE INDEX disclosure_result_grams_idx ON disclosure_result USING gin (name_grams)
    WHERE published_on IS NOT NULL;
CREATE INDEX disclosure_result_record_idx ON disclosure_result (record_id);
