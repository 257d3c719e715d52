-- Issue 19 item 2 (one visit per entity, 联合检查): when two draws of overlapping periods select the
-- same entity, the team of the draw executed first visits once for both tasks' items; the later
-- draw's visit is MERGED into it (merged_into) and published as 并入联合检查. A merged visit is
-- not a visit of its own: the cool-down counts the visit it joined.
ALTER TABLE inspection_visit DROP CONSTRAINT inspection_visit_status_check;
ALTER TABLE inspection_visit ADD CONSTRAINT inspection_visit_status_check
    CHECK (status IN ('PLANNED', 'APPROVED', 'MERGED'));
ALTER TABLE inspection_visit ADD COLUMN merged_into BIGINT REFERENCES inspection_visit (id);
CREATE INDEX inspection_visit_merged_idx ON inspection_visit (merged_into) WHERE merged_into IS NOT NULL;
