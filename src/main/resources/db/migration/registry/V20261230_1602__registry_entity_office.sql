-- 所所交叉 (issue 17 item 2): the sub-office (团场/片区自然资源所) that supervises an entity; the
-- frame gives the office's code as the entity's org code. A table of its own, not a column of
-- registry_entity: the import template (DESIGN.md §5) and the bulk import stay as they are, and
-- only the few entities assigned to an office have a row. unit_code is the unit the office
-- belongs to: the row counts only while the entity still belongs to that unit.
CREATE TABLE registry_entity_office (
    uscc        TEXT PRIMARY KEY REFERENCES registry_entity (uscc),
    unit_code   TEXT NOT NULL,
    office_code TEXT NOT NULL REFERENCES org_office (code),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_by  TEXT NOT NULL
);
CREATE INDEX registry_entity_office_unit_idx ON registry_entity_office (unit_code);
