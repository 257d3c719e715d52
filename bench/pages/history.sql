-- One past year of a division's supervision, cloned from the demo's current year (the plan, its
-- tasks, their executed draws) and filled with ${perDraw} selections per executed draw drawn from
-- the bench entities, each with its visit, an approved record, its published results and the
-- statistics rows. Run by PagesData.java once per year, ${shift} years back, with ${unit}
-- substituted. The cloned draws keep the demo draw's frozen frame and hashes: they are load for
-- the pages, not evidence (their protocol records do not verify). Statements end with ";" at the
-- end of a line.
CREATE TEMP TABLE IF NOT EXISTS bench_src (plan_id BIGINT, year INT);
TRUNCATE bench_src;
INSERT INTO bench_src SELECT id, year FROM plan_annual WHERE unit_code = '${unit}' AND kind = 'ANNUAL'
    AND year = (SELECT min(year) FROM plan_annual WHERE unit_code = '${unit}' AND created_by <> 'bench');

INSERT INTO plan_annual (unit_code, year, title, status, submitted_by, submitted_at, approved_by, approved_at,
    published_by, published_at, created_by, created_at, kind, coverage_reason)
SELECT p.unit_code, p.year - ${shift}, replace(p.title, p.year::text, (p.year - ${shift})::text), 'PUBLISHED',
    coalesce(p.submitted_by, 'planner.d01'), make_timestamptz(p.year - ${shift}, 3, 10, 10, 0, 0),
    coalesce(p.approved_by, 'reviewer.d01'), make_timestamptz(p.year - ${shift}, 3, 20, 10, 0, 0),
    coalesce(p.published_by, 'reviewer.d01'), make_timestamptz(p.year - ${shift}, 3, 25, 10, 0, 0),
    'bench', make_timestamptz(p.year - ${shift}, 2, 1, 10, 0, 0), p.kind, p.coverage_reason
FROM plan_annual p JOIN bench_src s ON s.plan_id = p.id;

CREATE TEMP TABLE IF NOT EXISTS bench_task_map (old_id BIGINT, new_id BIGINT);
TRUNCATE bench_task_map;
INSERT INTO bench_task_map SELECT t.id, nextval('plan_task_id_seq') FROM plan_task t JOIN bench_src s ON s.plan_id = t.plan_id;

INSERT INTO plan_task
SELECT (jsonb_populate_record(NULL::plan_task, to_jsonb(t) || jsonb_build_object(
    'id', m.new_id,
    'plan_id', (SELECT id FROM plan_annual WHERE unit_code = '${unit}' AND year = s.year - ${shift} AND kind = 'ANNUAL'),
    'period_start', t.period_start - make_interval(years => ${shift}),
    'period_end', t.period_end - make_interval(years => ${shift}),
    'executed_draw_id', CASE WHEN t.executed_draw_id IS NULL THEN NULL
                             ELSE regexp_replace(t.executed_draw_id, '^[0-9]{4}', (s.year - ${shift})::text) END,
    'cancelled_by', NULL))).*
FROM plan_task t JOIN bench_src s ON s.plan_id = t.plan_id JOIN bench_task_map m ON m.old_id = t.id;

INSERT INTO plan_task_item SELECT m.new_id, i.item_version_id, i.contributed_by
FROM plan_task_item i JOIN bench_task_map m ON m.old_id = i.task_id;
INSERT INTO plan_task_ratio SELECT m.new_id, r.stratum, r.ratio_bp, r.min_count
FROM plan_task_ratio r JOIN bench_task_map m ON m.old_id = r.task_id;
INSERT INTO plan_task_partner SELECT m.new_id, p.unit_code, p.status, p.invited_by,
    p.invited_at - make_interval(years => ${shift}), p.answered_by, p.answered_at - make_interval(years => ${shift})
FROM plan_task_partner p JOIN bench_task_map m ON m.old_id = p.task_id;

CREATE TEMP TABLE IF NOT EXISTS bench_draw_map (old_id TEXT, new_id TEXT, new_task BIGINT, year INT);
TRUNCATE bench_draw_map;
INSERT INTO bench_draw_map
SELECT d.draw_id, regexp_replace(d.draw_id, '^[0-9]{4}', (s.year - ${shift})::text), m.new_id, s.year - ${shift}
FROM draw_announcement d JOIN bench_task_map m ON m.old_id = d.task_id CROSS JOIN bench_src s
WHERE d.status = 'EXECUTED';

INSERT INTO draw_announcement
SELECT (jsonb_populate_record(NULL::draw_announcement, to_jsonb(d) || jsonb_build_object(
    'draw_id', x.new_id, 'task_id', x.new_task,
    'task_ref', regexp_replace(d.task_ref, '^[0-9]{4}', x.year::text),
    'task_name', d.task_name,
    'announced_at', make_timestamptz(x.year, 4, 10, 10, 0, 0),
    'executed_at', make_timestamptz(x.year, 4, 15, 10, 0, 0)))).*
FROM draw_announcement d JOIN bench_draw_map x ON x.old_id = d.draw_id;
INSERT INTO draw_secret SELECT x.new_id, s.secret FROM draw_secret s JOIN bench_draw_map x ON x.old_id = s.draw_id;
INSERT INTO draw_item SELECT x.new_id, i.position, i.code, i.name, i.legal_basis
FROM draw_item i JOIN bench_draw_map x ON x.old_id = i.draw_id;
INSERT INTO draw_beacon_declaration SELECT x.new_id, b.position, b.source_code, b.source_name, b.location, b.format,
    left(b.event || ' (' || x.year || ')', 100), make_timestamptz(x.year, 4, 15, 9, 0, 0)
FROM draw_beacon_declaration b JOIN bench_draw_map x ON x.old_id = b.draw_id;
INSERT INTO draw_frozen_chunk SELECT x.new_id, c.part, c.ordinal, c.bytes
FROM draw_frozen_chunk c JOIN bench_draw_map x ON x.old_id = c.draw_id;

-- The selections: ${perDraw} bench entities per draw, two of the division's inspectors each.
CREATE TEMP TABLE IF NOT EXISTS bench_roster (n INT, id TEXT);
TRUNCATE bench_roster;
INSERT INTO bench_roster SELECT row_number() OVER (ORDER BY id) - 1, id FROM inspector
WHERE unit_code = '${unit}' AND status = 'ON_DUTY';
INSERT INTO draw_selection (draw_id, order_no, uscc, stratum, ticket, org_code, inspectors)
SELECT x.new_id, row_number() OVER (PARTITION BY x.new_id ORDER BY e.k), e.uscc, coalesce(e.risk_class, 'X'),
    encode(sha256(convert_to(x.new_id || e.uscc, 'UTF8')), 'hex'), '${unit}',
    ARRAY[(SELECT id FROM bench_roster WHERE n = e.k % (SELECT count(*) FROM bench_roster)),
          (SELECT id FROM bench_roster WHERE n = (e.k + 1) % (SELECT count(*) FROM bench_roster))]
FROM bench_draw_map x CROSS JOIN LATERAL (
    SELECT r.uscc, r.risk_class, abs(hashtext(x.new_id || r.uscc)) AS k FROM registry_entity r
    WHERE r.unit_code = '${unit}' AND r.created_by = 'bench'
    ORDER BY hashtext(x.new_id || r.uscc) LIMIT ${perDraw}) e;
INSERT INTO draw_stratum SELECT x.new_id, s.stratum, s.size, s.ratio_bp, s.min_count,
    (SELECT count(*) FROM draw_selection WHERE draw_id = x.new_id AND stratum = s.stratum)
FROM draw_stratum s JOIN bench_draw_map x ON x.old_id = s.draw_id;

INSERT INTO inspection_visit (draw_id, task_id, uscc, org_code, inspectors, item_codes, status, approved_at, created_at)
SELECT s.draw_id, x.new_task, s.uscc, s.org_code, s.inspectors,
    (SELECT coalesce(array_agg(code ORDER BY position), '{}') FROM draw_item WHERE draw_id = x.new_id),
    'APPROVED', make_timestamptz(x.year, 9, 1, 10, 0, 0) + (s.order_no % 60) * interval '1 day',
    make_timestamptz(x.year, 4, 15, 10, 0, 0)
FROM draw_selection s JOIN bench_draw_map x ON x.new_id = s.draw_id;

INSERT INTO inspection_record (visit_id, status, inspection_date, created_by, created_at, updated_by, updated_at,
    submitted_by, submitted_at, approved_by, approved_at, approved_on, submitted_on, publication_due, confirmed_by)
SELECT v.id, 'APPROVED', v.approved_at::date - 10, 'inspector.d01a', v.approved_at - interval '10 days', 'reviewer.d01',
    v.approved_at, 'inspector.d01a', v.approved_at - interval '2 days', 'reviewer.d01', v.approved_at,
    v.approved_at::date, v.approved_at::date - 2, v.approved_at::date + 28, v.inspectors
FROM inspection_visit v JOIN bench_draw_map x ON x.new_id = v.draw_id;

INSERT INTO inspection_record_item (record_id, item_code, item_version, item_name, owner_unit, legal_basis, sort, category,
    disposal, findings)
SELECT r.id, i.code, 1, i.name, '${unit}', i.legal_basis, i.position - 1,
    CASE WHEN r.id % 9 = 0 THEN 'CORRECTED' ELSE 'NO_PROBLEM' END, NULL, ''
FROM inspection_record r JOIN inspection_visit v ON v.id = r.visit_id JOIN bench_draw_map x ON x.new_id = v.draw_id
JOIN draw_item i ON i.draw_id = v.draw_id;

INSERT INTO disclosure_record (record_id, visit_id, task_id, task_name, year, unit_code, draw_id, uscc, entity_name, field,
    inspection_date, approved_at, approved_on, due_on, status, published_on, published_at, published_by)
SELECT r.id, v.id, v.task_id, d.task_name, x.year, '${unit}', v.draw_id, v.uscc, e.name, e.field, r.inspection_date,
    r.approved_at, r.approved_on, r.publication_due, 'PUBLISHED', r.approved_on + 7, r.approved_at + interval '7 days',
    'reviewer.d01'
FROM inspection_record r JOIN inspection_visit v ON v.id = r.visit_id JOIN bench_draw_map x ON x.new_id = v.draw_id
JOIN draw_announcement d ON d.draw_id = v.draw_id JOIN registry_entity e ON e.uscc = v.uscc;

INSERT INTO disclosure_result (record_id, task_id, task_name, year, unit_code, item_code, item_version, item_name, uscc,
    entity_name, field, category, inspection_date, published_on)
SELECT d.record_id, d.task_id, d.task_name, d.year, d.unit_code, i.item_code, i.item_version, i.item_name, d.uscc,
    d.entity_name, d.field, i.category, d.inspection_date, d.published_on
FROM disclosure_record d JOIN inspection_record_item i ON i.record_id = d.record_id
JOIN bench_draw_map x ON x.new_id = d.draw_id
ORDER BY d.published_on, d.record_id, i.item_code;

INSERT INTO report_visit (draw_id, task_id, unit_code, year, uscc, entity_unit, field, inspectors)
SELECT v.draw_id, v.task_id, '${unit}', x.year, v.uscc, e.unit_code, e.field, v.inspectors
FROM inspection_visit v JOIN bench_draw_map x ON x.new_id = v.draw_id JOIN registry_entity e ON e.uscc = v.uscc;
INSERT INTO report_result (record_id, task_id, year, unit_code, uscc, entity_name, field, approved_on, due_on)
SELECT d.record_id, d.task_id, d.year, d.unit_code, d.uscc, d.entity_name, d.field, d.approved_on, d.due_on
FROM disclosure_record d JOIN bench_draw_map x ON x.new_id = d.draw_id;
INSERT INTO report_result_item (record_id, item_code, item_name, category, problem)
SELECT i.record_id, i.item_code, i.item_name, i.category, i.category <> 'NO_PROBLEM'
FROM inspection_record_item i JOIN disclosure_record d ON d.record_id = i.record_id
JOIN bench_draw_map x ON x.new_id = d.draw_id;
INSERT INTO report_publication (record_id, task_id, unit_code, approved_on, due_on, published_on, on_time)
SELECT d.record_id, d.task_id, d.unit_code, d.approved_on, d.due_on, d.published_on, d.published_on <= d.due_on
FROM disclosure_record d JOIN bench_draw_map x ON x.new_id = d.draw_id;
INSERT INTO report_item_frame (draw_id, task_id, unit_code, year, item_code, item_name, ratio_percent, frame_size)
SELECT x.new_id, x.new_task, f.unit_code, x.year, f.item_code, f.item_name, f.ratio_percent, f.frame_size
FROM report_item_frame f JOIN bench_draw_map x ON x.old_id = f.draw_id;
