-- 1,000,000 published results (500,000 inspection records x 2 items) straight into the
-- disclosure tables of a fresh database, shaped like real ones: 16 places x 3,600 trade names x
-- 10 trades x 5 legal forms, 14 divisions, 5 years, 6 fields, 9 result categories (mostly
-- "no problem"). Codes are 91659 + the record number on 13 digits (bench Lua scripts rely on it).
\set ON_ERROR_STOP on
SELECT setseed(0.20261203) \gset
CREATE TEMP TABLE words AS SELECT
  ARRAY['乌鲁木齐','石河子','五家渠','阿拉尔','图木舒克','北屯','铁门关','双河','可克达拉','昆玉','胡杨河','新星','白杨','库尔勒','哈密','伊宁'] AS places,
  '恒达鑫源泰丰盛华宏发兴隆金瑞祥和永顺昌汇通天成佳诚信安康博远东方广利德润中泽嘉豪凯旋星辰锦绣腾飞聚宝鼎新宇' AS chars,
  ARRAY['矿业','建材','砂石','测绘','林业','地产','规划设计','农业开发','能源','物流'] AS trades,
  ARRAY['有限公司','有限责任公司','专业合作社','工作室','股份有限公司'] AS forms,
  ARRAY['LAND','PLANNING','FOREST_GRASS','MINERAL','SURVEYING','OTHER'] AS fields,
  ARRAY['NO_PROBLEM','NO_PROBLEM','NO_PROBLEM','NO_PROBLEM','NO_PROBLEM','NO_PROBLEM','CORRECTED','PENDING_FOLLOW_UP',
        'NOT_DISCLOSED','FALSE_DISCLOSURE','OBSTRUCTION','NO_ACTIVITY','UNREACHABLE','DEREGISTERED'] AS categories;

INSERT INTO disclosure_record (record_id, visit_id, task_id, task_name, year, unit_code, draw_id, uscc, entity_name,
    field, inspection_date, approved_at, approved_on, due_on, status, published_on, published_at, published_by)
SELECT i, i, t.task, t.year || '年度第' || (t.task % 20 + 1) || '批双随机抽查', t.year, t.unit,
       t.year || '-' || t.unit || '-T01-1', '91659' || lpad(i::text, 13, '0'),
       w.places[1 + (random() * 15)::int] || substr(w.chars, 1 + (random() * (length(w.chars) - 1))::int, 1)
         || substr(w.chars, 1 + (random() * (length(w.chars) - 1))::int, 1) || w.trades[1 + (random() * 9)::int]
         || w.forms[1 + (random() * 4)::int],
       w.fields[1 + (random() * 5)::int], t.day, t.day + 5 + time '10:00', t.day + 5, t.day + 30, 'PUBLISHED',
       t.day + 20, t.day + 20 + time '10:00', 'bench'
FROM generate_series(1, 500000) i, words w,
     LATERAL (SELECT 2022 + (i % 5) AS year, 'D' || lpad((1 + i % 14)::text, 2, '0') AS unit, i / 1000 AS task,
                     make_date(2022 + (i % 5), 1, 1) + (i / 5 % 330) AS day) t;

INSERT INTO disclosure_result (record_id, task_id, task_name, year, unit_code, item_code, item_version, item_name,
    uscc, entity_name, field, category, inspection_date, published_on)
SELECT r.record_id, r.task_id, r.task_name, r.year, r.unit_code, r.unit_code || '-TD-00' || k, 1,
       CASE k WHEN 1 THEN '土地利用情况检查' ELSE '规划许可执行情况检查' END, r.uscc, r.entity_name, r.field,
       w.categories[1 + (random() * 13)::int], r.inspection_date, r.published_on
FROM disclosure_record r, words w, generate_series(1, 2) k
WHERE r.published_by = 'bench'
ORDER BY r.published_on, r.record_id, k;

VACUUM ANALYZE disclosure_record;
VACUUM ANALYZE disclosure_result;
VACUUM ANALYZE disclosure_name_gram;
SELECT count(*) AS published_results FROM disclosure_result WHERE published_on IS NOT NULL;
