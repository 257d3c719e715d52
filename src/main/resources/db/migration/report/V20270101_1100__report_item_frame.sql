-- Issue 19 item 1: the achieved share per item and unit (inspected ÷ frame) against the ratio the
-- catalog publishes. One row per executed draw and item: the frame it froze and the item's ratio.
CREATE TABLE report_item_frame (
    draw_id       TEXT NOT NULL,
    task_id       BIGINT NOT NULL,
    unit_code     TEXT NOT NULL,
    year          INT NOT NULL,
    item_code     TEXT NOT NULL,
    item_name     TEXT NOT NULL,
    ratio_percent NUMERIC(5, 2) NOT NULL,
    frame_size    INT NOT NULL,
    PRIMARY KEY (draw_id, item_code)
);
CREATE INDEX report_item_frame_year_idx ON report_item_frame (year, unit_code);
