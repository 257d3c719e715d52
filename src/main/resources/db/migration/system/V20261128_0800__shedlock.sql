-- ShedLock's table: a scheduled job takes its row before running, so with several app nodes on
-- one database each job runs once per trigger (DESIGN.md §4 scale-out).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMPTZ  NOT NULL,
    locked_at  TIMESTAMPTZ  NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
