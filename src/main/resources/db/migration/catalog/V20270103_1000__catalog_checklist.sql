-- 检查细则 / 检查表 (一单两库一细则; issue 19 item 3): each catalog item version has its list of
-- points, so results are recorded point by point and compare across divisions (口径一致). The
-- checklist is versioned with its item: a new version carries (or changes) the points, an old
-- version keeps its own. Like the versions, points are never changed nor deleted.
CREATE TABLE catalog_checklist_point (
    version_id  BIGINT NOT NULL REFERENCES catalog_item_version (id),
    point_no    INT NOT NULL CHECK (point_no BETWEEN 1 AND 200),
    text        TEXT NOT NULL CHECK (length(btrim(text)) BETWEEN 1 AND 500),
    clause      TEXT NOT NULL CHECK (length(btrim(clause)) BETWEEN 1 AND 300),
    method      TEXT NOT NULL CHECK (length(btrim(method)) BETWEEN 1 AND 500),
    PRIMARY KEY (version_id, point_no)
);

CREATE FUNCTION catalog_checklist_point_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'catalog_checklist_point is immutable: % rejected', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER catalog_checklist_point_no_change BEFORE UPDATE OR DELETE ON catalog_checklist_point
    FOR EACH ROW EXECUTE FUNCTION catalog_checklist_point_immutable();
