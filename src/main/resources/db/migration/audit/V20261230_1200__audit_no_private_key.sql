-- Issue 18 §7: a private key is never stored in the database. Whoever could read this table could
-- sign checkpoints. Demo keys now live in an owner-only file of the key directory (shared/KeyFile),
-- production's in FAIRDRAW_CHECKPOINT_KEY. Keys generated here before are forgotten: their
-- checkpoints stay verifiable with the public half kept in this table, and the next checkpoint is
-- signed with a new key (docs/transparency-log.md, "Keys").
UPDATE audit_log_key SET private_key = NULL WHERE private_key IS NOT NULL;
ALTER TABLE audit_log_key ADD CONSTRAINT audit_log_key_public_only CHECK (private_key IS NULL);
COMMENT ON COLUMN audit_log_key.private_key IS 'always NULL (issue 18 §7); kept so old dumps restore';
