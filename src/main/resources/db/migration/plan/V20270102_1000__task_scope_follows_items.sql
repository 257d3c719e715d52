-- Issue 19 item 8: an item's 监管领域 narrows a task's frame to the entities of that field unless
-- the planner widens it explicitly. Tasks stored before keep the frame they were previewed and
-- drawn with (widened); new tasks follow their items by default.
ALTER TABLE plan_task ADD COLUMN scope_widened BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE plan_task ALTER COLUMN scope_widened SET DEFAULT FALSE;
