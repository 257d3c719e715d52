-- issue 20 item 3: a class raised by an external credit change (外部信用) is its own source in the
-- entity's history, beside the internal credit rules (CREDIT).
ALTER TABLE registry_entity_change DROP CONSTRAINT registry_entity_change_source_check;
ALTER TABLE registry_entity_change ADD CONSTRAINT registry_entity_change_source_check
    CHECK (source IN ('MANUAL', 'IMPORT', 'CREDIT', 'EXTERNAL'));
