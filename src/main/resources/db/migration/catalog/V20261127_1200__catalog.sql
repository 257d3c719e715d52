-- 随机抽查事项清单 (兵自然资发〔2020〕47号 二(一)): 抽查依据、主体、内容、方式、比例和频次,
-- adjusted when laws change. An item is a stable code owned by a unit; its content lives in
-- immutable versions. Tasks reference catalog_item_version.id, so a version once used never changes.
CREATE TABLE catalog_item (
    id                 BIGSERIAL PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE CHECK (code ~ '^[0-9A-Za-z._-]{1,40}$'),
    unit_code          TEXT NOT NULL REFERENCES org_unit (code),
    status             TEXT NOT NULL CHECK (status IN ('ACTIVE', 'RETIRED')),
    sample             BOOLEAN NOT NULL DEFAULT FALSE,
    retired_on         DATE,
    retire_reason      TEXT,
    created_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK ((status = 'RETIRED') = (retired_on IS NOT NULL AND retire_reason IS NOT NULL))
);
CREATE INDEX catalog_item_unit_idx ON catalog_item (unit_code);

-- True when no element is NULL or blank (CHECK constraints cannot hold sub-queries).
CREATE FUNCTION catalog_no_blank(a TEXT[]) RETURNS BOOLEAN IMMUTABLE LANGUAGE sql AS $$
    SELECT NOT EXISTS (SELECT 1 FROM unnest(a) x WHERE x IS NULL OR btrim(x) = '')
$$;

-- A version is in force on [effective_from, effective_to): effective_to is the day it ceased to
-- apply (set once, when the next version starts or the item is retired), NULL while open.
CREATE TABLE catalog_item_version (
    id                   BIGSERIAL PRIMARY KEY,
    item_id              BIGINT NOT NULL REFERENCES catalog_item (id),
    version_no           INT NOT NULL CHECK (version_no >= 1),
    effective_from       DATE NOT NULL,
    effective_to         DATE CHECK (effective_to IS NULL OR effective_to >= effective_from),
    reason               TEXT NOT NULL CHECK (length(btrim(reason)) BETWEEN 1 AND 200),
    name                 TEXT NOT NULL CHECK (length(btrim(name)) BETWEEN 1 AND 100),
    field                TEXT NOT NULL CHECK (field IN ('LAND', 'PLANNING', 'FOREST_GRASS', 'MINERAL', 'SURVEYING', 'OTHER')),
    -- 法律法规规章没有规定的，一律不得擅自开展检查: at least one non-blank article.
    legal_basis          TEXT[] NOT NULL CHECK (cardinality(legal_basis) >= 1
                             AND catalog_no_blank(legal_basis)),
    inspecting_unit_code TEXT NOT NULL REFERENCES org_unit (code),
    target_type          TEXT NOT NULL CHECK (length(btrim(target_type)) BETWEEN 1 AND 200),
    content              TEXT NOT NULL CHECK (length(btrim(content)) BETWEEN 1 AND 2000),
    methods              TEXT[] NOT NULL CHECK (cardinality(methods) >= 1
                             AND methods <@ ARRAY['WRITTEN', 'ON_SITE', 'ONLINE', 'EXPERT']),
    ratio_percent        NUMERIC(5, 2) NOT NULL CHECK (ratio_percent > 0 AND ratio_percent <= 100),
    frequency_per_year   INT NOT NULL CHECK (frequency_per_year BETWEEN 1 AND 12),
    created_by           TEXT NOT NULL,
    created_at           TIMESTAMPTZ NOT NULL DEFAULT now(),
    UNIQUE (item_id, version_no)
);
CREATE INDEX catalog_item_version_item_idx ON catalog_item_version (item_id, version_no);

-- Versions are immutable: the only change allowed is closing an open version (effective_to
-- NULL -> a date) when it is superseded or the item is retired; nothing is ever deleted.
CREATE FUNCTION catalog_item_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.effective_to IS NULL AND NEW.effective_to IS NOT NULL
       AND (to_jsonb(NEW) - 'effective_to') = (to_jsonb(OLD) - 'effective_to') THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'catalog_item_version is immutable: % rejected', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER catalog_item_version_no_change BEFORE UPDATE OR DELETE ON catalog_item_version
    FOR EACH ROW EXECUTE FUNCTION catalog_item_version_immutable();
