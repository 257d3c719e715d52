package io.fairdraw.report.domain;

import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.report.Publications;
import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The report module's own fact tables (report_*); written by {@link FactRecorder}, read by {@link Statistics}. */
@Repository
class FactRepository {

    private final JdbcClient jdbc;

    FactRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addVisit(String drawId, long taskId, String unitCode, int year, String uscc, String entityUnit, String field,
                  List<String> inspectors) {
        jdbc.sql("INSERT INTO report_visit (draw_id, task_id, unit_code, year, uscc, entity_unit, field, inspectors) "
                        + "VALUES (?,?,?,?,?,?,?,?) ON CONFLICT (draw_id, uscc) DO NOTHING")
                .params(drawId, taskId, unitCode, year, uscc, entityUnit, field, inspectors.toArray(String[]::new))
                .update();
    }

    void substitute(String drawId, String uscc, String out, String in) {
        jdbc.sql("UPDATE report_visit SET inspectors = array_replace(inspectors, ?, ?) WHERE draw_id = ? AND uscc = ?")
                .params(out, in, drawId, uscc).update();
    }

    /** False when the record was already recorded (events are delivered once, but be safe). */
    boolean addResult(InspectionEvents.ResultApproved e) {
        int n = jdbc.sql("INSERT INTO report_result (record_id, corrects_record_id, task_id, year, unit_code, uscc, "
                        + "entity_name, field, approved_on, due_on) VALUES (:recordId, :correctsRecordId, :taskId, "
                        + ":year, :unitCode, :uscc, :entityName, :field, :approvedOn, :dueOn) "
                        + "ON CONFLICT (record_id) DO NOTHING")
                .param("recordId", e.recordId())
                .param("correctsRecordId", e.correctsRecordId())
                .param("taskId", e.taskId())
                .param("year", e.year())
                .param("unitCode", e.unitCode())
                .param("uscc", e.uscc())
                .param("entityName", e.entityName())
                .param("field", e.field())
                .param("approvedOn", Date.valueOf(e.approvedOn()))
                .param("dueOn", Date.valueOf(e.publicationDue()))
                .update();
        if (n > 0 && e.correctsRecordId() != null) {
            jdbc.sql("UPDATE report_result SET superseded = TRUE WHERE record_id = ?").param(e.correctsRecordId())
                    .update();
        }
        return n > 0;
    }

    void addResultItem(long recordId, String itemCode, String itemName, String category, boolean problem) {
        jdbc.sql("INSERT INTO report_result_item (record_id, item_code, item_name, category, problem) "
                        + "VALUES (?,?,?,?,?) ON CONFLICT DO NOTHING")
                .params(recordId, itemCode, itemName, category, problem).update();
    }

    void addPublication(long recordId, long taskId, String unitCode, LocalDate approvedOn, LocalDate dueOn,
                        LocalDate publishedOn, boolean onTime) {
        jdbc.sql("INSERT INTO report_publication (record_id, task_id, unit_code, approved_on, due_on, published_on, "
                        + "on_time) VALUES (?,?,?,?,?,?,?) ON CONFLICT (record_id) DO NOTHING")
                .params(recordId, taskId, unitCode, Date.valueOf(approvedOn), Date.valueOf(dueOn),
                        Date.valueOf(publishedOn), onTime).update();
    }

    List<Publications.Pending> pending() {
        return jdbc.sql("SELECT r.record_id, r.task_id, r.unit_code, r.uscc, r.entity_name, r.approved_on, r.due_on "
                        + "FROM report_result r WHERE NOT r.superseded AND NOT EXISTS "
                        + "(SELECT 1 FROM report_publication p WHERE p.record_id = r.record_id) ORDER BY r.due_on, r.record_id")
                .query((rs, n) -> new Publications.Pending(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate()))
                .list();
    }

    // --- statistics (all per year, limited to the given units) ---

    /** unit → entities drawn in that unit's tasks. */
    Map<String, Long> drawnByUnit(int year, String[] units) {
        return counts("SELECT unit_code, count(*) FROM report_visit WHERE year = ? AND unit_code = ANY(?) "
                + "GROUP BY unit_code", year, units);
    }

    /** unit → distinct (task, entity) pairs with an approved result. */
    Map<String, Long> inspectedByUnit(int year, String[] units) {
        return counts("SELECT unit_code, count(DISTINCT (task_id, uscc)) FROM report_result WHERE year = ? "
                + "AND unit_code = ANY(?) GROUP BY unit_code", year, units);
    }

    record ProblemCount(String unitCode, long results, long problems) {
    }

    List<ProblemCount> problemsByUnit(int year, String[] units) {
        return jdbc.sql("SELECT r.unit_code, count(*), count(*) FILTER (WHERE i.problem) FROM report_result r "
                        + "JOIN report_result_item i ON i.record_id = r.record_id "
                        + "WHERE r.year = ? AND r.unit_code = ANY(?) AND NOT r.superseded GROUP BY r.unit_code")
                .params(year, units).query((rs, n) -> new ProblemCount(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    record PublicationCount(String unitCode, long approved, long published, long onTime, long pending, long overdue) {
    }

    List<PublicationCount> publicationsByUnit(int year, String[] units, LocalDate today) {
        return jdbc.sql("SELECT r.unit_code, count(*), count(p.record_id), count(*) FILTER (WHERE p.on_time), "
                        + "count(*) FILTER (WHERE p.record_id IS NULL AND NOT r.superseded), "
                        + "count(*) FILTER (WHERE p.record_id IS NULL AND NOT r.superseded AND r.due_on < ?) "
                        + "FROM report_result r LEFT JOIN report_publication p ON p.record_id = r.record_id "
                        + "WHERE r.year = ? AND r.unit_code = ANY(?) GROUP BY r.unit_code")
                .params(Date.valueOf(today), year, units)
                .query((rs, n) -> new PublicationCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6))).list();
    }

    record FieldCount(String field, long drawn, long inspected) {
    }

    /** Distinct entities of these units' registries drawn / inspected in the year, per field. */
    List<FieldCount> coverage(int year, String[] units) {
        return jdbc.sql("SELECT coalesce(v.field, 'OTHER') AS f, count(DISTINCT v.uscc), "
                        + "count(DISTINCT v.uscc) FILTER (WHERE EXISTS (SELECT 1 FROM report_result r "
                        + "WHERE r.task_id = v.task_id AND r.uscc = v.uscc)) "
                        + "FROM report_visit v WHERE v.year = ? AND v.entity_unit = ANY(?) GROUP BY f ORDER BY f")
                .params(year, units).query((rs, n) -> new FieldCount(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
    }

    record ItemCount(String itemCode, String itemName, long results, long problems) {
    }

    List<ItemCount> problemsByItem(int year, String[] units) {
        return jdbc.sql("SELECT i.item_code, max(i.item_name), count(*), count(*) FILTER (WHERE i.problem) "
                        + "FROM report_result r JOIN report_result_item i ON i.record_id = r.record_id "
                        + "WHERE r.year = ? AND r.unit_code = ANY(?) AND NOT r.superseded "
                        + "GROUP BY i.item_code ORDER BY i.item_code")
                .params(year, units)
                .query((rs, n) -> new ItemCount(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getLong(4))).list();
    }

    /** inspector → visits in the year's draws (every task: workload belongs to the person). */
    Map<String, Long> visitsByInspector(int year) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql("SELECT i, count(*) FROM report_visit, unnest(inspectors) AS i WHERE year = ? GROUP BY i")
                .param(year).query(rs -> {
                    out.put(rs.getString(1), rs.getLong(2));
                });
        return out;
    }

    private Map<String, Long> counts(String sql, int year, String[] units) {
        Map<String, Long> out = new HashMap<>();
        jdbc.sql(sql).params(year, units).query(rs -> {
            out.put(rs.getString(1), rs.getLong(2));
        });
        return out;
    }
}
