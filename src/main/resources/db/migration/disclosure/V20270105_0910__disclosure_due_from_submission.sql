-- Issue 19 item 5: a pending publication is due 20 working days after the record's submission (检查完成),
-- the date the inspection module now carries on ResultApproved. Results not yet public take that date;
-- published ones keep the due date they were judged against (their on-time flag is history).
UPDATE disclosure_record d
   SET due_on = r.publication_due
  FROM inspection_record r
 WHERE r.id = d.record_id
   AND r.publication_due IS NOT NULL
   AND d.status = 'PENDING';
