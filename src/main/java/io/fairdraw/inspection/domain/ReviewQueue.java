package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.ResultCategory;
import java.sql.Date;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * 待审核 in one query, whatever the number of records (issue 22 item 4): the submitted records of
 * the tasks a unit's plans hold, with their visit, task name, entity name, whether a violation was
 * found and the day the result must be public. A read model: it joins the plan's and the
 * registry's tables for names only, as {@link AccountLinks} joins the directory's; the rules stay
 * behind the modules' APIs.
 */
@Repository
class ReviewQueue {

    /** One submitted record with what {@link ReviewDuty} needs to keep it out of its own team's queue. */
    record Entry(ReviewRow row, String createdBy, List<String> team) {
    }

    private static final String[] VIOLATIONS = Arrays.stream(ResultCategory.values()).filter(ResultCategory::violation)
            .map(Enum::name).toArray(String[]::new);

    private final JdbcClient jdbc;

    ReviewQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The submitted records of {@code unitCode}'s tasks, oldest submission first. */
    List<Entry> ofUnit(String unitCode) {
        return jdbc.sql("""
                SELECT r.id, r.visit_id, r.corrects_record_id, t.name, v.uscc, COALESCE(e.name, v.uscc),
                       r.submitted_by, r.submitted_at,
                       CASE WHEN r.entity_category IS NOT NULL THEN r.entity_category = ANY(:violations)
                            ELSE EXISTS (SELECT 1 FROM inspection_record_item i
                                         WHERE i.record_id = r.id AND i.category = ANY(:violations)) END,
                       r.publication_due, r.created_by, v.inspectors
                FROM inspection_record r
                JOIN inspection_visit v ON v.id = r.visit_id
                JOIN plan_task t ON t.id = v.task_id
                JOIN plan_annual p ON p.id = t.plan_id
                LEFT JOIN registry_entity e ON e.uscc = v.uscc
                WHERE r.status = 'SUBMITTED' AND p.unit_code = :unit
                ORDER BY r.submitted_at, r.id""")
                .param("violations", VIOLATIONS)
                .param("unit", unitCode)
                .query((rs, n) -> {
                    Date due = rs.getDate(10);
                    ReviewRow row = new ReviewRow(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getTimestamp(8).toInstant(),
                            rs.getBoolean(9), due == null ? null : due.toLocalDate());
                    return new Entry(row, rs.getString(11), List.of((String[]) rs.getArray(12).getArray()));
                })
                .list();
    }
}
