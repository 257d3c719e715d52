-- issue 18 §4: a per-account security stamp, raised whenever the account's rights or credentials
-- change (disabled, roles, unit, password); every session-authenticated request compares it.
ALTER TABLE org_account ADD COLUMN security_stamp BIGINT NOT NULL DEFAULT 0;
-- issue 18 §8: TRUE while the account still has the demo password, FALSE once known otherwise,
-- NULL not yet checked (accounts from before this column; checked once with bcrypt at a prod start).
ALTER TABLE org_account ADD COLUMN demo_password BOOLEAN;

-- issue 18 §5: API tokens for integrations. Only the SHA-256 of the token is stored (the token is
-- 256 random bits, so a plain hash suffices and costs no bcrypt per request); shown once.
CREATE TABLE org_api_token (
    id           BIGSERIAL PRIMARY KEY,
    account_id   BIGINT NOT NULL REFERENCES org_account (id) ON DELETE CASCADE,
    name         TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    token_hash   BYTEA NOT NULL UNIQUE CHECK (length(token_hash) = 32),
    hint         TEXT NOT NULL,
    created_by   TEXT NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    expires_at   TIMESTAMPTZ NOT NULL,
    last_used_at TIMESTAMPTZ,
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX org_api_token_account_idx ON org_api_token (account_id);
