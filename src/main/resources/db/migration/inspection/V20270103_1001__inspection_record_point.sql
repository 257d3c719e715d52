-- 检查表 in the record (issue 19 item 3): the points of each item's catalog version, copied when
-- the record is opened (as the item's name and legal basis are), with the team's answer
-- (COMPLIANT 符合 / NONCOMPLIANT 不符合 / NOT_APPLICABLE 不涉及) and, for 不符合, the finding.
CREATE TABLE inspection_record_point (
    record_id BIGINT NOT NULL REFERENCES inspection_record (id),
    item_code TEXT NOT NULL,
    point_no  INT NOT NULL,
    text      TEXT NOT NULL,
    clause    TEXT NOT NULL,
    method    TEXT NOT NULL,
    answer    TEXT CHECK (answer IN ('COMPLIANT', 'NONCOMPLIANT', 'NOT_APPLICABLE')),
    finding   TEXT NOT NULL DEFAULT '' CHECK (length(finding) <= 2000),
    PRIMARY KEY (record_id, item_code, point_no)
);

-- Evidence of one 不符合 point (NULL: evidence of the item or of the whole visit).
ALTER TABLE inspection_evidence ADD COLUMN point_no INT;
