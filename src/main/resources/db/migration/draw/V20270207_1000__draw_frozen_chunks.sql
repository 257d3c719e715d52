-- A draw's frozen frame (its canonical text, frame.csv, and the org codes of its lines) is stored
-- in chunks of at most 1 MiB with their ordinal, no longer as one value per text: one value of
-- 25 MB per million entities made the server's backend allocate, copy and free the whole text in
-- every statement that wrote or read it, beyond glibc's largest dynamic mmap threshold at ten
-- million entities, so each statement mapped and faulted its memory in afresh (issue 22 item 7;
-- bench/draw/README.md, "Frozen frame in chunks"). The texts are unchanged byte for byte: the
-- chunks of one part, concatenated in ordinal order, are the text that was hashed (FD-DRAW-1 §1).
CREATE TABLE draw_frozen_chunk (
    draw_id TEXT NOT NULL REFERENCES draw_announcement (draw_id),
    part    TEXT NOT NULL CHECK (part IN ('frame', 'org_codes')),
    ordinal INT  NOT NULL CHECK (ordinal >= 0),
    bytes   BYTEA NOT NULL CHECK (octet_length(bytes) BETWEEN 1 AND 1048576),
    PRIMARY KEY (draw_id, part, ordinal)
);
-- As the single values were: stored as is (hashed text does not compress well).
ALTER TABLE draw_frozen_chunk ALTER COLUMN bytes SET STORAGE EXTERNAL;

INSERT INTO draw_frozen_chunk (draw_id, part, ordinal, bytes)
SELECT a.draw_id, 'frame', g, substring(a.frame FROM g * 1048576 + 1 FOR 1048576)
  FROM draw_announcement a, generate_series(0, (octet_length(a.frame) - 1) / 1048576) g
 WHERE octet_length(a.frame) > 0;
INSERT INTO draw_frozen_chunk (draw_id, part, ordinal, bytes)
SELECT a.draw_id, 'org_codes', g, substring(a.org_codes FROM g * 1048576 + 1 FOR 1048576)
  FROM draw_announcement a, generate_series(0, (octet_length(a.org_codes) - 1) / 1048576) g
 WHERE octet_length(a.org_codes) > 0;

ALTER TABLE draw_announcement DROP COLUMN frame, DROP COLUMN org_codes;

-- Frozen means frozen: a chunk is written once, with its announcement, and never changed.
CREATE FUNCTION draw_frozen_chunk_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a draw''s frozen frame is kept as announced: % is refused', TG_OP;
END;
$$;

CREATE TRIGGER draw_frozen_chunk_frozen BEFORE UPDATE OR DELETE OR TRUNCATE ON draw_frozen_chunk
    FOR EACH STATEMENT EXECUTE FUNCTION draw_frozen_chunk_kept();
