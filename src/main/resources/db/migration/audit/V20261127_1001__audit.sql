-- 全程留痕，责任可追溯 (兵自然资发〔2020〕47号 二(五)): an append-only, hash-chained log.
-- hash = SHA-256(prev_hash || canonical entry); seq has no gaps (assigned under a lock).
CREATE TABLE audit_entry (
    seq         BIGINT PRIMARY KEY CHECK (seq >= 1),
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT NOT NULL,
    unit_code   TEXT NOT NULL,
    action      TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    summary     TEXT NOT NULL,
    client_addr TEXT NOT NULL,
    prev_hash   TEXT NOT NULL,
    hash        TEXT NOT NULL
);
CREATE INDEX audit_entry_at_idx ON audit_entry (at);
CREATE INDEX audit_entry_actor_idx ON audit_entry (actor);
CREATE INDEX audit_entry_target_idx ON audit_entry (target_type, target_id);

-- Nobody, not even the application, rewrites history: UPDATE, DELETE and TRUNCATE fail.
-- (An attacker with superuser rights can drop the trigger; the hash chain then shows the edit.)
CREATE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % rejected', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only();
CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only();
