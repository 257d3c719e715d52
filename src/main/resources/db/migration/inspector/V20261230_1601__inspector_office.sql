-- 所所交叉 (issue 17 item 2): the sub-office (团场/片区自然资源所) an inspector belongs to; the
-- draw's roster gives the office's code as the inspector's org code. Null: the unit itself.
ALTER TABLE inspector ADD COLUMN office_code TEXT REFERENCES org_office (code);
