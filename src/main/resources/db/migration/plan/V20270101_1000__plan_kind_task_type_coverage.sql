-- Issue 19 item 7: 专项 campaigns are plans of kind SPECIAL, outside the annual plan (still
-- reviewed and published); a unit keeps one ANNUAL plan a year but may run several SPECIAL ones.
ALTER TABLE plan_annual ADD COLUMN kind TEXT NOT NULL DEFAULT 'ANNUAL' CHECK (kind IN ('ANNUAL', 'SPECIAL'));
ALTER TABLE plan_annual DROP CONSTRAINT plan_annual_unit_code_year_key;
CREATE UNIQUE INDEX plan_annual_one_annual_per_year ON plan_annual (unit_code, year) WHERE kind = 'ANNUAL';

-- Issue 19 item 1: a plan below an item's published ratio or frequency is approved only with the
-- reviewer's reason, and that reason is published with the plan.
ALTER TABLE plan_annual ADD COLUMN coverage_reason TEXT CHECK (length(coverage_reason) <= 1000);

-- Issue 19 item 7: 不定向 (RANDOM, the default) or 定向 (TARGETED: a declared scope, reason published).
ALTER TABLE plan_task ADD COLUMN task_type TEXT NOT NULL DEFAULT 'RANDOM' CHECK (task_type IN ('RANDOM', 'TARGETED'));
ALTER TABLE plan_task ADD COLUMN type_reason TEXT CHECK (length(type_reason) <= 500);
