-- Issue 19 item 5 (deadlines from the check): 国发〔2019〕5号's 20 working days for publishing a result run
-- from the day the team submits the record (检查完成), not from the review. The date is fixed at the first
-- submission (a return for correction does not restart it) and carried on InspectionEvents.ResultApproved.
ALTER TABLE inspection_record
    ADD COLUMN submitted_on    DATE,   -- business date (Asia/Shanghai) of the first submission
    ADD COLUMN publication_due DATE;   -- the 20th working day after submitted_on (calendar module's rule)

-- Records already submitted: their clock starts on the day of their (last known) submission. Same rule as
-- WorkingDayCalendar.addWorkingDays: day 1 is the first working day after the date; a day is a working
-- day when it is a make-up WORKDAY, or a Monday to Friday that is not a HOLIDAY (calendar_day).
UPDATE inspection_record r
   SET submitted_on = (r.submitted_at AT TIME ZONE 'Asia/Shanghai')::date
 WHERE r.submitted_at IS NOT NULL;

UPDATE inspection_record r
   SET publication_due = (
       SELECT d.day
         FROM (SELECT (r.submitted_on + g.n) AS day FROM generate_series(1, 400) AS g(n)) d
         LEFT JOIN calendar_day c ON c.day = d.day
        WHERE COALESCE(c.kind = 'WORKDAY', extract(isodow FROM d.day) < 6)
        ORDER BY d.day
       OFFSET 19 LIMIT 1)
 WHERE r.submitted_on IS NOT NULL;

CREATE INDEX inspection_record_review_due_idx ON inspection_record (publication_due) WHERE status = 'SUBMITTED';
