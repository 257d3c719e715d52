-- draw_selection.draw_id loses its foreign key: PostgreSQL checks a foreign key row by row, and for
-- a million-entity draw those 30,000 checks took 0.19 s at the end of the selection's COPY, an
-- eighth of the whole execution (bench/draw, 2026-11-28). Integrity holds without the check:
-- SelectionCopy writes the rows only inside DrawService.execute's transaction, which has just read
-- the announcement row FOR UPDATE, and an announcement is never deleted (the trigger below), so no
-- selection row can name a draw that does not exist.
ALTER TABLE draw_selection DROP CONSTRAINT draw_selection_draw_id_fkey;

CREATE FUNCTION draw_announcement_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'draw announcements are kept for good: % is refused', TG_OP;
END;
$$;

CREATE TRIGGER draw_announcement_no_delete BEFORE DELETE OR TRUNCATE ON draw_announcement
    FOR EACH STATEMENT EXECUTE FUNCTION draw_announcement_kept();
