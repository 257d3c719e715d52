-- FD-DRAW-1 §2b (issue 17): a draw the rules cannot staff becomes FAILED, for good and in public,
-- with its beacon, seed and secret and the entity and rule that ran out; no selection, no visits.
-- A FAILED draw is never live: a new attempt is a new announcement with a new commitment.
ALTER TABLE draw_announcement DROP CONSTRAINT draw_announcement_status_check;
ALTER TABLE draw_announcement DROP CONSTRAINT draw_announcement_check;
ALTER TABLE draw_announcement ADD COLUMN failure_uscc TEXT;
ALTER TABLE draw_announcement ADD COLUMN failure_rule TEXT;
ALTER TABLE draw_announcement ADD CONSTRAINT draw_announcement_status_check
    CHECK (status IN ('ANNOUNCED', 'EXECUTED', 'FAILED', 'SUPERSEDED'));
ALTER TABLE draw_announcement ADD CONSTRAINT draw_announcement_opened_check
    CHECK ((status IN ('EXECUTED', 'FAILED')) = (seed IS NOT NULL AND secret IS NOT NULL AND beacon IS NOT NULL));
ALTER TABLE draw_announcement ADD CONSTRAINT draw_announcement_failure_check
    CHECK ((status = 'FAILED') = (failure_uscc IS NOT NULL AND failure_rule IS NOT NULL));

DROP INDEX draw_announcement_live_idx;
CREATE UNIQUE INDEX draw_announcement_live_idx ON draw_announcement (task_id) WHERE status IN ('ANNOUNCED', 'EXECUTED');
