-- Transparency log (docs/transparency-log.md): an RFC 6962 Merkle tree over the same entries as
-- the hash chain, with leaf data = the canonical entry text (UTF-8), and signed checkpoints.

-- An entry the portal may show in full (e.g. a draw announcement); recorded without client address.
-- Not part of the canonical text: it decides what is shown, not what is proven.
ALTER TABLE audit_entry ADD COLUMN disclosed BOOLEAN NOT NULL DEFAULT false;

-- Perfect subtrees of the tree: (level, idx) covers leaves [idx·2^level, (idx+1)·2^level).
-- Level 0 holds the leaf hashes SHA-256(0x00 ‖ entry); a node is SHA-256(0x01 ‖ left ‖ right).
-- Written with the entry, under the same append lock, so a proof is O(log n) primary-key lookups.
CREATE TABLE audit_tree_node (
    level SMALLINT NOT NULL CHECK (level BETWEEN 0 AND 62),
    idx   BIGINT   NOT NULL CHECK (idx >= 0),
    hash  BYTEA    NOT NULL CHECK (octet_length(hash) = 32),
    PRIMARY KEY (level, idx)
);

-- Checkpoint signing keys (Ed25519). private_key is PKCS#8, unencrypted: kept here only when no
-- key is supplied through FAIRDRAW_CHECKPOINT_KEY (see docs/transparency-log.md, "Keys").
CREATE TABLE audit_log_key (
    key_id      TEXT PRIMARY KEY,          -- hex of the C2SP key hash SHA-256(origin ‖ 0x0A ‖ 0x01 ‖ key)[:4]
    origin      TEXT NOT NULL,
    public_key  BYTEA NOT NULL CHECK (octet_length(public_key) = 32),
    private_key BYTEA,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE audit_checkpoint (
    id        BIGSERIAL PRIMARY KEY,
    tree_size BIGINT NOT NULL CHECK (tree_size >= 0),
    root      TEXT NOT NULL,               -- hex of MTH(first tree_size entries)
    signed_at TIMESTAMPTZ NOT NULL,
    key_id    TEXT NOT NULL REFERENCES audit_log_key (key_id),
    signature TEXT NOT NULL,               -- base64(key hash ‖ Ed25519 signature), as in the note
    note      TEXT NOT NULL                -- the signed note exactly as published
);
CREATE INDEX audit_checkpoint_size_idx ON audit_checkpoint (tree_size);

-- Nodes and checkpoints are as append-only as the entries.
CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only: % rejected', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_tree_node_no_update BEFORE UPDATE OR DELETE ON audit_tree_node
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_tree_node_no_truncate BEFORE TRUNCATE ON audit_tree_node
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_checkpoint_no_update BEFORE UPDATE OR DELETE ON audit_checkpoint
    FOR EACH ROW EXECUTE FUNCTION audit_append_only();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();
