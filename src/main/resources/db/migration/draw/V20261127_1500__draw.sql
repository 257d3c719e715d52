-- FD-DRAW-1 draws (双随机抽取). An announcement freezes every input before any randomness exists
-- (DRAW-PROTOCOL.md §1); execution adds the beacon, seed, secret and selection (§2); substitutions
-- are published events (§3). Frozen snapshots: later edits of the directories never change a row.
CREATE TABLE draw_announcement (
    draw_id        TEXT PRIMARY KEY CHECK (draw_id ~ '^[0-9A-Za-z._-]+$'),
    task_id        BIGINT NOT NULL,
    task_ref       TEXT NOT NULL,              -- public task id: year-unit-code, e.g. 2026-D01-T01
    task_name      TEXT NOT NULL,
    unit_code      TEXT NOT NULL,              -- the lead unit: its PLANNER executes (scope)
    attempt        INT NOT NULL CHECK (attempt >= 1),
    status         TEXT NOT NULL CHECK (status IN ('ANNOUNCED', 'EXECUTED', 'SUPERSEDED')),
    announced_at   TIMESTAMPTZ NOT NULL,
    announced_by   TEXT NOT NULL,
    frame          BYTEA NOT NULL,             -- canonical frame text, byte for byte (frame.csv)
    orgs           BYTEA NOT NULL,             -- canonical USCC,ORG_CODE text (orgs.csv, Fairdraw extension)
    frame_hash     TEXT NOT NULL,
    orgs_hash      TEXT NOT NULL,
    frame_size     INT NOT NULL,
    params         TEXT NOT NULL,
    params_hash    TEXT NOT NULL,
    team_size      INT NOT NULL CHECK (team_size >= 2),
    cap_slack      INT NOT NULL CHECK (cap_slack >= 0),
    cross_org      BOOLEAN NOT NULL,
    roster         TEXT NOT NULL,
    roster_hash    TEXT NOT NULL,
    roster_size    INT NOT NULL,
    conflicts      TEXT NOT NULL,
    conflicts_hash TEXT NOT NULL,
    commitment     TEXT NOT NULL,
    beacon_source  TEXT NOT NULL,
    beacon         TEXT,
    seed           TEXT,
    secret         TEXT,                       -- copied from draw_secret at execution, when it is published
    load_cap       INT,
    executed_at    TIMESTAMPTZ,
    executed_by    TEXT,
    superseded_at  TIMESTAMPTZ,
    CHECK ((status = 'EXECUTED') = (seed IS NOT NULL AND secret IS NOT NULL AND beacon IS NOT NULL))
);
-- The frame texts are stored as is: hashed text does not compress well and a million-line frame
-- (21 MB) is written and read back much faster without pglz (measured in bench/draw).
ALTER TABLE draw_announcement ALTER COLUMN frame SET STORAGE EXTERNAL;
ALTER TABLE draw_announcement ALTER COLUMN orgs SET STORAGE EXTERNAL;

-- One live draw per task: a new attempt supersedes an announced one, never an executed one.
CREATE UNIQUE INDEX draw_announcement_live_idx ON draw_announcement (task_id) WHERE status <> 'SUPERSEDED';
CREATE INDEX draw_announcement_time_idx ON draw_announcement (announced_at DESC);

-- §1: the secret stays here, read only by execution, until the draw is executed.
CREATE TABLE draw_secret (
    draw_id TEXT PRIMARY KEY REFERENCES draw_announcement (draw_id),
    secret  TEXT NOT NULL CHECK (secret ~ '^[0-9a-f]{64}$')
);

CREATE TABLE draw_stratum (
    draw_id   TEXT NOT NULL REFERENCES draw_announcement (draw_id),
    stratum   TEXT NOT NULL,
    size      INT NOT NULL,
    ratio_bp  INT NOT NULL,
    min_count INT NOT NULL,
    sample    INT NOT NULL,
    PRIMARY KEY (draw_id, stratum)
);

-- The task's items as announced (抽查事项 with 依据), so the publication never changes.
CREATE TABLE draw_item (
    draw_id     TEXT NOT NULL REFERENCES draw_announcement (draw_id),
    position    INT NOT NULL,
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    legal_basis TEXT NOT NULL,
    PRIMARY KEY (draw_id, position)
);

CREATE TABLE draw_selection (
    draw_id    TEXT NOT NULL REFERENCES draw_announcement (draw_id),
    order_no   INT NOT NULL,
    uscc       TEXT NOT NULL,
    stratum    TEXT NOT NULL,
    ticket     TEXT NOT NULL,
    org_code   TEXT NOT NULL,
    inspectors TEXT[] NOT NULL,
    PRIMARY KEY (draw_id, order_no),
    UNIQUE (draw_id, uscc)
);

CREATE TABLE draw_substitution (
    draw_id       TEXT NOT NULL REFERENCES draw_announcement (draw_id),
    seq           INT NOT NULL,
    uscc          TEXT NOT NULL,
    out_inspector TEXT NOT NULL,
    in_inspector  TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 500),
    at            TIMESTAMPTZ NOT NULL,
    by_user       TEXT NOT NULL,
    PRIMARY KEY (draw_id, seq)
);
