-- Issue 21 item 2: a class moved by the credit rules (after a result approval, or the two-year
-- clean rule) is its own source, CREDIT, not MANUAL (手工): the history says what really caused it.
ALTER TABLE registry_entity_change DROP CONSTRAINT registry_entity_change_source_check;
ALTER TABLE registry_entity_change ADD CONSTRAINT registry_entity_change_source_check
    CHECK (source IN ('MANUAL', 'IMPORT', 'CREDIT'));

-- Rows written before: the credit module's reason always starts with its zh-CN text
-- (credit.change.reason, rendered in Locale.SIMPLIFIED_CHINESE) and changes only the risk class.
UPDATE registry_entity_change SET source = 'CREDIT'
WHERE source = 'MANUAL' AND reason LIKE '信用规则“%' AND changes -> 'risk_class' IS NOT NULL;
