-- The bigrams of every published result's name, one row each, in publication order: a search by a
-- two-character fragment (one bigram) counts and orders its matches from this B-tree alone (an
-- index-only scan over a few leaf pages), where the GIN index on name_grams finds them but must then
-- visit each match's row for its publication date (bench/portal: ~300 rows per fragment, most of the
-- database's time per name search). Kept by the triggers below, in the same statement as the change.
CREATE TABLE disclosure_name_gram (
    gram         TEXT COLLATE "C" NOT NULL,
    published_on DATE NOT NULL,
    result_id    BIGINT NOT NULL
);

INSERT INTO disclosure_name_gram (gram, published_on, result_id)
SELECT g, r.published_on, r.id FROM disclosure_result r, unnest(r.name_grams) g WHERE r.published_on IS NOT NULL;

-- built after the rows are in: one sort instead of an index insertion per row
ALTER TABLE disclosure_name_gram ADD PRIMARY KEY (gram, published_on, result_id);

-- One function for the three triggers: an update takes out the bigrams of its old rows and puts in
-- those of its new ones. The two transition tables are not joined: they have no statistics, and a
-- nested loop over 20,000 updated rows ran for minutes.
CREATE FUNCTION disclosure_name_gram_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM disclosure_name_gram d
         USING (SELECT o.id, o.published_on, g FROM old_rows o, unnest(o.name_grams) g WHERE o.published_on IS NOT NULL) x
         WHERE d.gram = x.g AND d.published_on = x.published_on AND d.result_id = x.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO disclosure_name_gram (gram, published_on, result_id)
        SELECT g, n.published_on, n.id FROM new_rows n, unnest(n.name_grams) g WHERE n.published_on IS NOT NULL;
    END IF;
    RETURN NULL;
END $$;

-- statement triggers with transition tables: one INSERT ... SELECT per statement, also for a bulk load
CREATE TRIGGER disclosure_name_gram_insert AFTER INSERT ON disclosure_result
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION disclosure_name_gram_sync();
CREATE TRIGGER disclosure_name_gram_update AFTER UPDATE ON disclosure_result
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION disclosure_name_gram_sync();
CREATE TRIGGER disclosure_name_gram_delete AFTER DELETE ON disclosure_result
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION disclosure_name_gram_sync();
