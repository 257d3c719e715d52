-- Issue 18 §7: the application's role holds only the grants it needs (system/db/DatabaseRoles).
-- A Flyway callback, run by the owner after every migrate (also when nothing was pending), so it is
-- idempotent and also covers a role set up after the schema. ${appRole} is empty when one role does
-- both (an external server without FAIRDRAW_DB_OWNER_USER): then there is nothing to separate.
DO $grants$
DECLARE
    app   TEXT := '${appRole}';
    t     RECORD;
BEGIN
    IF app = '' THEN
        RETURN;
    END IF;
    -- Data: read and write every table and sequence of the schema; no DDL (the role owns nothing and
    -- has no CREATE on the schema); temporary tables (registry import) through the database's
    -- default TEMPORARY grant to PUBLIC.
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', app);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES ON ALL TABLES IN SCHEMA public TO %I', app);
    EXECUTE format('GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO %I', app);
    -- Tables and sequences later migrations create (by this owner) are granted as they are created.
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE, '
                   'TRUNCATE, REFERENCES ON TABLES TO %I', current_user, app);
    EXECUTE format('ALTER DEFAULT PRIVILEGES FOR ROLE %I IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO %I',
                   current_user, app);
    -- The migration history is the owner's.
    EXECUTE format('REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES ON %I FROM %I', '${flyway:table}', app);
    -- Append-only tables: every table guarded by an append-only trigger (whatever migration added it)
    -- and the checkpoint keys. The role may read and append, nothing else; not being their owner it
    -- cannot ALTER TABLE … DISABLE TRIGGER either.
    FOR t IN
        SELECT DISTINCT c.relname FROM pg_trigger g
            JOIN pg_class c ON c.oid = g.tgrelid
            JOIN pg_namespace n ON n.oid = c.relnamespace
            JOIN pg_proc p ON p.oid = g.tgfoid
        WHERE n.nspname = 'public' AND p.proname IN ('audit_entry_append_only', 'audit_append_only')
        UNION SELECT 'audit_log_key'
    LOOP
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES ON %I FROM %I', t.relname, app);
    END LOOP;
END
$grants$;
