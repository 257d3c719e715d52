-- 执法检查人员名录库 (兵自然资发〔2020〕47号 二(二)、三(三)): 持证上岗; each 业务处室 names one
-- inspector for joint checks; each 师市局 keeps at least three.
CREATE TABLE inspector (
    id                 TEXT PRIMARY KEY CHECK (id ~ '^[0-9A-Za-z._-]{1,40}$'),
    name               TEXT NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 50),
    unit_code          TEXT NOT NULL REFERENCES org_unit (code),
    certificate_no     TEXT NOT NULL DEFAULT '',
    certificate_expiry DATE,
    specialties        TEXT[] NOT NULL DEFAULT '{}'
                           CHECK (specialties <@ ARRAY['LAND', 'PLANNING', 'FOREST_GRASS', 'MINERAL', 'SURVEYING', 'OTHER']),
    status             TEXT NOT NULL CHECK (status IN ('ON_DUTY', 'OFF_DUTY', 'RETIRED')),
    joint_pool         BOOLEAN NOT NULL DEFAULT FALSE,
    phone              TEXT NOT NULL DEFAULT '',
    id_number          TEXT NOT NULL DEFAULT '',
    sample             BOOLEAN NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX inspector_unit_idx ON inspector (unit_code);
-- One joint-pool inspector per department (三(三): 各业务处室分别抽选一名).
CREATE UNIQUE INDEX inspector_one_joint_pool_per_unit ON inspector (unit_code) WHERE joint_pool;

-- Leave periods, both days inclusive.
CREATE TABLE inspector_leave (
    id           BIGSERIAL PRIMARY KEY,
    inspector_id TEXT NOT NULL REFERENCES inspector (id),
    start_date   DATE NOT NULL,
    end_date     DATE NOT NULL CHECK (end_date >= start_date),
    reason       TEXT NOT NULL DEFAULT '' CHECK (length(reason) <= 200),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX inspector_leave_inspector_idx ON inspector_leave (inspector_id);

-- Declared conflicts (回避): this inspector is never drawn for this entity (FD-DRAW-1 §2b).
-- The USCC is stored as text: the entity registry is a separate module.
CREATE TABLE inspector_conflict (
    id           BIGSERIAL PRIMARY KEY,
    inspector_id TEXT NOT NULL REFERENCES inspector (id),
    uscc         TEXT NOT NULL CHECK (uscc ~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$'),
    reason       TEXT NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 200),
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (inspector_id, uscc)
);
