-- 检查表 answers of approved records (issue 19 item 3): which points are most often found 不符合.
-- Copied when InspectionEvents.ResultApproved is handled; a superseded result (report_result)
-- no longer counts, as for the item statistics.
CREATE TABLE report_result_point (
    record_id BIGINT NOT NULL,
    item_code TEXT NOT NULL,
    item_name TEXT NOT NULL,
    point_no  INT NOT NULL,
    text      TEXT NOT NULL,
    clause    TEXT NOT NULL,
    answer    TEXT,
    PRIMARY KEY (record_id, item_code, point_no)
);
