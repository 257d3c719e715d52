-- Issue 19 item 5: overdue flags in statistics count from submission (检查完成). Results not yet published take
-- the submission-based due date carried by the inspection module; published ones keep theirs (on_time is history).
UPDATE report_result f
   SET due_on = r.publication_due
  FROM inspection_record r
 WHERE r.id = f.record_id
   AND r.publication_due IS NOT NULL
   AND NOT EXISTS (SELECT 1 FROM report_publication p WHERE p.record_id = f.record_id);
