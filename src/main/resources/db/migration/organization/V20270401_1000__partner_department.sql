-- Issue 20 item 1: 协作部门 — a department outside the bureau (e.g. 师市市场监督管理局, 生态环境局)
-- registered for joint tasks (联合抽查, 国发〔2019〕5号). It has no parent unit: outside the bureau's tree.
ALTER TABLE org_unit DROP CONSTRAINT org_unit_kind_check;
ALTER TABLE org_unit ADD CONSTRAINT org_unit_kind_check
    CHECK (kind IN ('BUREAU', 'DATA_CENTER', 'DEPARTMENT', 'DIVISION', 'PARTNER_DEPARTMENT'));
ALTER TABLE org_unit ADD CONSTRAINT org_unit_partner_outside
    CHECK (kind <> 'PARTNER_DEPARTMENT' OR parent_code IS NULL);
