-- Entries written but not yet chained (docs/transparency-log.md, "Appending"). A change inserts its
-- entry here in its own transaction, so the entry commits or rolls back with the change, without
-- waiting for the chain's lock; right after the commit the integrator moves every committed row,
-- in batches under the append lock, into audit_entry (sequence number, chain hash, tree nodes).
-- No sequence number is assigned before commit, so the chain stays gap-free.
CREATE TABLE audit_pending (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT NOT NULL,
    unit_code   TEXT NOT NULL,
    action      TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id   TEXT NOT NULL,
    summary     TEXT NOT NULL,
    client_addr TEXT NOT NULL,
    disclosed   BOOLEAN NOT NULL
);
