-- 信息归集 (issue 20 item 2): the transactional outbox. A message is written by a plain listener inside
-- the transaction of the change it reports, so the change and its message commit together or not at all;
-- a scheduled sender delivers it afterwards (at least once; receivers dedup by the message id).
CREATE TABLE exchange_message (
    id          UUID PRIMARY KEY,                 -- the idempotency key sent with every delivery
    seq         BIGSERIAL NOT NULL UNIQUE,        -- write order, for the ADMIN list
    type        TEXT NOT NULL,                    -- io.fairdraw.exchange.MessageType
    subject     TEXT NOT NULL,                    -- what it is about: item code, plan id, draw id, record id, USCC
    occurred_at TIMESTAMPTZ NOT NULL,
    payload     TEXT NOT NULL                     -- the exact JSON bytes sent (and signed)
);
CREATE INDEX exchange_message_type_idx ON exchange_message (type, seq DESC);

-- Receivers ADMIN configures: an HTTP endpoint, its HMAC secret, which message types it takes.
CREATE TABLE exchange_receiver (
    id          BIGSERIAL PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    url         TEXT NOT NULL,
    secret      TEXT NOT NULL,
    enabled     BOOLEAN NOT NULL DEFAULT TRUE,
    types       TEXT[] NOT NULL,
    timeout_ms  INT NOT NULL DEFAULT 10000 CHECK (timeout_ms BETWEEN 100 AND 120000),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One delivery per (message, receiver), created with the message for every enabled receiver of its type.
CREATE TABLE exchange_delivery (
    message_id      UUID NOT NULL REFERENCES exchange_message (id),
    receiver_id     BIGINT NOT NULL REFERENCES exchange_receiver (id),
    status          TEXT NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'DELIVERED', 'FAILED')),
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ,
    last_error      TEXT,
    last_attempt_at TIMESTAMPTZ,
    delivered_at    TIMESTAMPTZ,
    PRIMARY KEY (message_id, receiver_id)
);
CREATE INDEX exchange_delivery_due_idx ON exchange_delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX exchange_delivery_receiver_idx ON exchange_delivery (receiver_id, status);

-- An approved inspection record as the outbox will report it once published (the publication event
-- carries only ids): written at approval, in the approving transaction; read when the result is published.
CREATE TABLE exchange_result_stash (
    record_id          BIGINT PRIMARY KEY,
    corrects_record_id BIGINT,
    body               TEXT NOT NULL
);
