-- Read model of the report module (统计): facts copied from events in the publishing transaction,
-- so statistics never read another module's tables (DESIGN.md §3).

-- One row per drawn entity (DrawEvents.DrawExecuted); inspectors follow substitutions.
CREATE TABLE report_visit (
    draw_id     TEXT NOT NULL,
    task_id     BIGINT NOT NULL,
    unit_code   TEXT NOT NULL,          -- the task's (lead) unit
    year        INT NOT NULL,
    uscc        TEXT NOT NULL,
    entity_unit TEXT NOT NULL,          -- the entity's unit in the registry (coverage)
    field       TEXT,                   -- the entity's supervision field at draw time
    inspectors  TEXT[] NOT NULL,
    PRIMARY KEY (draw_id, uscc)
);
CREATE INDEX report_visit_year_idx ON report_visit (year, unit_code);

-- One row per approved inspection record (InspectionEvents.ResultApproved).
CREATE TABLE report_result (
    record_id          BIGINT PRIMARY KEY,
    corrects_record_id BIGINT,
    superseded         BOOLEAN NOT NULL DEFAULT FALSE,   -- a later approved correction replaces it
    task_id            BIGINT NOT NULL,
    year               INT NOT NULL,
    unit_code          TEXT NOT NULL,
    uscc               TEXT NOT NULL,
    entity_name        TEXT NOT NULL,
    field              TEXT NOT NULL,
    approved_on        DATE NOT NULL,
    due_on             DATE NOT NULL                     -- 国发〔2019〕5号: 20 working days after approval
);
CREATE INDEX report_result_year_idx ON report_result (year, unit_code);

CREATE TABLE report_result_item (
    record_id BIGINT NOT NULL REFERENCES report_result (record_id),
    item_code TEXT NOT NULL,
    item_name TEXT NOT NULL,
    category  TEXT NOT NULL,
    problem   BOOLEAN NOT NULL,
    PRIMARY KEY (record_id, item_code)
);

-- One row per published record (DisclosureEvents.ResultPublished).
CREATE TABLE report_publication (
    record_id    BIGINT PRIMARY KEY,
    task_id      BIGINT NOT NULL,
    unit_code    TEXT NOT NULL,
    approved_on  DATE NOT NULL,
    due_on       DATE NOT NULL,
    published_on DATE NOT NULL,
    on_time      BOOLEAN NOT NULL
);
