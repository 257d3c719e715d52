package io.fairdraw.system.web;

import java.util.List;
import java.util.Locale;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The rows the list pages of {@link ListPagesQueryCountIT} list, written straight into the tables:
 * row k of every list in [from, to] with one {@code INSERT … SELECT … FROM generate_series} per
 * table (house rule: bulk test rows in one statement each). Row k of each list belongs together
 * (entity k has visit k of task k, its submitted record, follow-up, pending and published result).
 */
final class ListPageRows {

    /** The two directory inspectors of every visit; {@code it.xj-d66-a} acts as the first. */
    static final String TEAM_A = "XJ-D66-A";
    static final String TEAM_B = "XJ-D66-B";

    private final JdbcClient jdbc;
    private final String unit;
    private final int year;
    private long planId;
    private long versionId;
    private List<String> usccs;

    ListPageRows(JdbcClient jdbc, String unit, int year) {
        this.jdbc = jdbc;
        this.unit = unit;
        this.year = year;
    }

    long planId() {
        return planId;
    }

    /** The first task: it also has a superseded draw per row (a task's draw history). */
    long taskId() {
        return jdbc.sql("SELECT id FROM plan_task WHERE plan_id = ? AND code = 'T0001'").param(planId)
                .query(Long.class).single();
    }

    /** The published annual plan, the visits' team and its linked account; {@code usccs} for the entities. */
    void base(List<String> usccs) {
        this.usccs = usccs;
        versionId = jdbc.sql("""
                SELECT v.id FROM catalog_item_version v JOIN catalog_item i ON i.id = v.item_id WHERE i.code = ?""")
                .param(unit + "-IT-001").query(Long.class).single();
        planId = jdbc.sql("""
                INSERT INTO plan_annual (unit_code, year, title, status, submitted_by, submitted_at, approved_by,
                    approved_at, published_by, published_at, created_by)
                VALUES (?, ?, ?, 'PUBLISHED', 'it', now(), 'it.reviewer', now(), 'it.reviewer', now(), 'it')
                RETURNING id""").params(unit, year, "列表测试年度计划 " + year).query(Long.class).single();
        for (String id : List.of(TEAM_A, TEAM_B)) {
            jdbc.sql("INSERT INTO inspector (id, name, unit_code, certificate_no, certificate_expiry, specialties, status) "
                    + "VALUES (?, ?, ?, ?, current_date + 730, ARRAY['LAND'], 'ON_DUTY')")
                    .params(id, "检查员 " + id, unit, "CERT-" + id).update();
        }
        String username = "it." + TEAM_A.toLowerCase(Locale.ROOT);
        long account = jdbc.sql("INSERT INTO org_account (username, display_name, unit_code, password_hash) "
                        + "SELECT ?, ?, ?, password_hash FROM org_account WHERE username = 'planner.d01' RETURNING id")
                .params(username, "IT " + TEAM_A, unit).query(Long.class).single();
        jdbc.sql("INSERT INTO org_account_role (account_id, role) VALUES (?, 'INSPECTOR')").param(account).update();
        jdbc.sql("INSERT INTO inspection_account (username, inspector_id) VALUES (?, ?)").params(username, TEAM_A).update();
    }

    /** Rows {@code from}..{@code to} of every list. */
    void grow(int from, int to) {
        String[] codes = usccs.subList(from - 1, to).toArray(String[]::new);
        // 市场主体名录: entity k
        update("""
                INSERT INTO registry_entity (uscc, name, entity_type, field, unit_code, status, created_by, updated_by)
                SELECT u, '列表测试主体 ' || (k + ? - 1), '企业', 'LAND', ?, 'ACTIVE', 'it', 'it'
                FROM unnest(?::text[]) WITH ORDINALITY AS t(u, k)""", from, unit, codes);
        // 抽查事项清单: item k and its one version
        update("""
                INSERT INTO catalog_item (code, unit_code, status)
                SELECT ? || '-L-' || lpad(k::text, 4, '0'), ?, 'ACTIVE' FROM generate_series(?, ?) k""", unit, unit, from, to);
        update("""
                INSERT INTO catalog_item_version (item_id, version_no, effective_from, effective_to, reason, name, field,
                       legal_basis, inspecting_unit_code, target_type, content, methods, ratio_percent, frequency_per_year,
                       created_by)
                SELECT i.id, 1, v.effective_from, NULL, v.reason, '列表测试事项 ' || i.code, v.field, v.legal_basis,
                       v.inspecting_unit_code, v.target_type, v.content, v.methods, v.ratio_percent, v.frequency_per_year, 'it'
                FROM catalog_item i, catalog_item_version v
                WHERE v.id = ? AND i.unit_code = ? AND i.code LIKE ? || '-L-%'
                  AND NOT EXISTS (SELECT 1 FROM catalog_item_version x WHERE x.item_id = i.id)""", versionId, unit, unit);
        // 检查人员名录: inspector k, and login account k linked to it
        update("""
                INSERT INTO inspector (id, name, unit_code, certificate_no, certificate_expiry, specialties, status)
                SELECT 'XJ-D66-' || lpad(k::text, 4, '0'), '列表检查员 ' || k, ?, 'CERT-D66-' || k, current_date + 730,
                       ARRAY['LAND'], 'ON_DUTY'
                FROM generate_series(?, ?) k""", unit, from, to);
        update("""
                INSERT INTO org_account (username, display_name, unit_code, password_hash)
                SELECT 'list.d66.' || k, '列表账号 ' || k, ?, a.password_hash
                FROM generate_series(?, ?) k, org_account a WHERE a.username = 'planner.d01'""", unit, from, to);
        update("""
                INSERT INTO org_account_role (account_id, role)
                SELECT id, 'INSPECTOR' FROM org_account a WHERE unit_code = ? AND username LIKE 'list.d66.%'
                  AND NOT EXISTS (SELECT 1 FROM org_account_role r WHERE r.account_id = a.id)""", unit);
        update("""
                INSERT INTO inspection_account (username, inspector_id)
                SELECT 'list.d66.' || k, 'XJ-D66-' || lpad(k::text, 4, '0') FROM generate_series(?, ?) k""", from, to);
        // 单位: unit k (a sibling division, for the ADMIN's list; removed after the class)
        update("""
                INSERT INTO org_unit (code, name, parent_code, kind)
                SELECT ? || 'U' || lpad(k::text, 4, '0'), '列表测试单位 ' || ? || ' ' || k, 'BT', 'DIVISION'
                FROM generate_series(?, ?) k""", unit, unit, from, to);
        // 导入记录: import k
        update("""
                INSERT INTO registry_import (file_name, unit_code, created_by, finished_at, status, total, inserted)
                SELECT 'list-' || k || '.xlsx', ?, 'liaison.d66', now(), 'DONE', 1, 1 FROM generate_series(?, ?) k""",
                unit, from, to);
        // 计划: special plan k; task k of the annual plan, with the division's item
        update("""
                INSERT INTO plan_annual (unit_code, year, title, status, kind, submitted_by, submitted_at, approved_by,
                    approved_at, published_by, published_at, created_by)
                SELECT ?, ?, '列表测试专项计划 ' || k, 'PUBLISHED', 'SPECIAL', 'it', now(), 'it.reviewer', now(),
                    'it.reviewer', now(), 'it'
                FROM generate_series(?, ?) k""", unit, year, from, to);
        update("""
                INSERT INTO plan_task (plan_id, code, name, team_size, period_start, period_end, beacon_source)
                SELECT ?, 'T' || lpad(k::text, 4, '0'), '列表测试任务 ' || k, 2, make_date(?, 3, 1), make_date(?, 12, 31),
                    'IT beacon ' || k
                FROM generate_series(?, ?) k""", planId, year, year, from, to);
        update("""
                INSERT INTO plan_task_item (task_id, item_version_id, contributed_by)
                SELECT t.id, ?, ? FROM plan_task t WHERE t.plan_id = ?
                  AND NOT EXISTS (SELECT 1 FROM plan_task_item x WHERE x.task_id = t.id)""", versionId, unit, planId);
        // 抽取: task k's executed draw (a copy of a demo draw), and superseded attempt k of the first task
        update("""
                INSERT INTO draw_announcement
                SELECT (jsonb_populate_record(NULL::draw_announcement, to_jsonb(d) || jsonb_build_object(
                    'draw_id', 'IT-D66-E-' || k, 'task_id', t.id, 'task_ref', ? || '-' || ? || '-' || t.code,
                    'task_name', t.name, 'unit_code', ?, 'attempt', 1, 'announced_at', now()))).*
                FROM generate_series(?, ?) k
                JOIN plan_task t ON t.plan_id = ? AND t.code = 'T' || lpad(k::text, 4, '0'),
                (SELECT * FROM draw_announcement WHERE status = 'EXECUTED' ORDER BY announced_at LIMIT 1) d""",
                year, unit, unit, from, to, planId);
        update("""
                INSERT INTO draw_announcement
                SELECT (jsonb_populate_record(NULL::draw_announcement, to_jsonb(d) || jsonb_build_object(
                    'draw_id', 'IT-D66-S-' || k, 'attempt', k + 1, 'status', 'SUPERSEDED', 'superseded_at', now(),
                    'seed', NULL, 'secret', NULL, 'beacon', NULL, 'executed_at', NULL, 'executed_by', NULL))).*
                FROM generate_series(?, ?) k, draw_announcement d WHERE d.draw_id = 'IT-D66-E-1'""", from, to);
        // 检查任务: visit k (entity k, task k) of the team; its submitted record with the item
        update("""
                INSERT INTO inspection_visit (draw_id, task_id, uscc, org_code, inspectors, item_codes)
                SELECT 'IT-D66-E-' || k, t.id, e.uscc, ?, ARRAY[?, ?], ARRAY[? || '-IT-001']
                FROM generate_series(?, ?) k
                JOIN plan_task t ON t.plan_id = ? AND t.code = 'T' || lpad(k::text, 4, '0')
                JOIN registry_entity e ON e.unit_code = ? AND e.name = '列表测试主体 ' || k""",
                unit, TEAM_A, TEAM_B, unit, from, to, planId, unit);
        update("""
                INSERT INTO inspection_record (visit_id, status, inspection_date, created_by, updated_by, submitted_by,
                    submitted_at, submitted_on, publication_due)
                SELECT v.id, 'SUBMITTED', make_date(?, 6, 1), 'it.team', 'it.team', 'it.team', now(), current_date,
                    current_date + 28
                FROM inspection_visit v WHERE v.draw_id LIKE 'IT-D66-E-%'
                  AND NOT EXISTS (SELECT 1 FROM inspection_record r WHERE r.visit_id = v.id)""", year);
        update("""
                INSERT INTO inspection_record_item (record_id, item_code, item_version, item_name, owner_unit, sort, category)
                SELECT r.id, ? || '-IT-001', 1, '列表测试事项', ?, 0, 'NO_PROBLEM'
                FROM inspection_record r JOIN inspection_visit v ON v.id = r.visit_id WHERE v.draw_id LIKE 'IT-D66-E-%'
                  AND NOT EXISTS (SELECT 1 FROM inspection_record_item x WHERE x.record_id = r.id)""", unit, unit);
        // 后续处置: follow-up k
        update("""
                INSERT INTO inspection_follow_up (visit_id, record_id, item_code, item_name, kind, unit_code, uscc,
                    entity_name, first_date, deadline, status)
                SELECT v.id, r.id, ? || '-IT-001', '列表测试事项', 'RECTIFY', ?, v.uscc, e.name, make_date(?, 6, 1),
                    current_date + 30, 'OPEN'
                FROM inspection_record r JOIN inspection_visit v ON v.id = r.visit_id
                JOIN registry_entity e ON e.uscc = v.uscc
                WHERE v.draw_id LIKE 'IT-D66-E-%' AND NOT EXISTS (SELECT 1 FROM inspection_follow_up f WHERE f.visit_id = v.id)""",
                unit, unit, year);
        // 公示: the record's pending publication and its published result (as the portal lists them), published
        // in the test's year: results published today would lead the portal's latest for the classes after this one
        update("""
                INSERT INTO disclosure_record (record_id, visit_id, task_id, task_name, year, unit_code, draw_id, uscc,
                    entity_name, field, inspection_date, approved_at, approved_on, due_on, status)
                SELECT r.id, v.id, t.id, t.name, ?, ?, v.draw_id, v.uscc, e.name, 'LAND', r.inspection_date, now(),
                    current_date, current_date + 28, 'PENDING'
                FROM inspection_record r JOIN inspection_visit v ON v.id = r.visit_id JOIN plan_task t ON t.id = v.task_id
                JOIN registry_entity e ON e.uscc = v.uscc
                WHERE v.draw_id LIKE 'IT-D66-E-%' AND NOT EXISTS (SELECT 1 FROM disclosure_record d WHERE d.record_id = r.id)""",
                year, unit);
        update("""
                INSERT INTO disclosure_result (record_id, task_id, task_name, year, unit_code, item_code, item_version,
                    item_name, uscc, entity_name, field, category, inspection_date, published_on)
                SELECT d.record_id, d.task_id, d.task_name, d.year, d.unit_code, ? || '-IT-001', 1, '列表测试事项', d.uscc,
                    d.entity_name, 'LAND', 'NO_PROBLEM', d.inspection_date, make_date(?, 7, 1)
                FROM disclosure_record d WHERE d.unit_code = ?
                  AND NOT EXISTS (SELECT 1 FROM disclosure_result x WHERE x.record_id = d.record_id)""", unit, year, unit);
        // 统计: the report's rows of visit k and result k
        update("""
                INSERT INTO report_visit (draw_id, task_id, unit_code, year, uscc, entity_unit, field, inspectors)
                SELECT v.draw_id, v.task_id, ?, ?, v.uscc, ?, 'LAND', v.inspectors FROM inspection_visit v
                WHERE v.draw_id LIKE 'IT-D66-E-%' AND NOT EXISTS (SELECT 1 FROM report_visit x WHERE x.draw_id = v.draw_id)""",
                unit, year, unit);
        update("""
                INSERT INTO report_result (record_id, task_id, year, unit_code, uscc, entity_name, field, approved_on, due_on)
                SELECT d.record_id, d.task_id, d.year, d.unit_code, d.uscc, d.entity_name, 'LAND', current_date, d.due_on
                FROM disclosure_record d WHERE d.unit_code = ?
                  AND NOT EXISTS (SELECT 1 FROM report_result x WHERE x.record_id = d.record_id)""", unit);
        update("""
                INSERT INTO report_result_item (record_id, item_code, item_name, category, problem)
                SELECT r.record_id, ? || '-IT-001', '列表测试事项', 'NO_PROBLEM', FALSE FROM report_result r
                WHERE r.unit_code = ? AND NOT EXISTS (SELECT 1 FROM report_result_item x WHERE x.record_id = r.record_id)""",
                unit, unit);
        // 提醒: reminder k for the unit's REVIEWER
        update("""
                INSERT INTO notification_reminder (kind, unit_code, subject, args, link)
                SELECT 'PLAN_SUBMITTED', ?, 'it-list-' || k, ARRAY[?::text], '/plans/' || ? FROM generate_series(?, ?) k""",
                unit, String.valueOf(year), planId, from, to);
        // 信息归集: message k and its delivery to the test's receiver (subjects the page's search finds)
        update("""
                INSERT INTO exchange_receiver (name, url, secret, enabled, types)
                VALUES (?, 'http://127.0.0.1:9/', 'it-list-secret-0123456789abcdef0123', FALSE, ARRAY['RESULT_PUBLISHED'])
                ON CONFLICT (name) DO NOTHING""", "IT-LIST-" + unit);
        update("""
                INSERT INTO exchange_message (id, type, subject, occurred_at, payload)
                SELECT gen_random_uuid(), 'RESULT_PUBLISHED', ? || '-' || k, now(), '{}' FROM generate_series(?, ?) k""",
                "IT-LIST-" + unit, from, to);
        update("""
                INSERT INTO exchange_delivery (message_id, receiver_id, status, attempts)
                SELECT m.id, r.id, 'FAILED', 5 FROM exchange_message m, exchange_receiver r WHERE r.name = ?
                AND m.subject LIKE ? AND NOT EXISTS (SELECT 1 FROM exchange_delivery d WHERE d.message_id = m.id)""",
                "IT-LIST-" + unit, "IT-LIST-" + unit + "-%");
        // 文件投送: the drop of day k, counted back from 1990 (no other test drops a day that early)
        update("""
                INSERT INTO exchange_file_drop (day, status, files, row_count, started_at, finished_at, run_by)
                SELECT DATE '1990-01-01' - k, 'WRITTEN', 'fairdraw-results-' || k || '.csv', k, now(), now(), 'it'
                FROM generate_series(?, ?) k ON CONFLICT (day) DO NOTHING""", from, to);
    }

    private void update(String statement, Object... params) {
        jdbc.sql(statement).params(params).update();
    }
}
