package io.fairdraw.report.domain;

import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.inspection.RecordPoints;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 检查表 statistics (issue 19 item 3): the points most often found 不符合 in a year's approved
 * results of the units in view, so the units see where entities fail and compare (口径一致).
 * Kept from {@link InspectionEvents.ResultApproved} in the approving transaction, as the other facts.
 */
@Component
public class PointStatistics {

    /** A point with how often it was checked (符合 or 不符合) and found 不符合 in the selection. */
    public record PointRow(String itemCode, String itemName, int no, String text, String clause, long noncompliant,
                           long checked) {
        public Double rate() {
            return checked == 0 ? null : (double) noncompliant / checked;
        }
    }

    static final int TOP = 10;

    private final JdbcClient jdbc;
    private final RecordPoints points;

    PointStatistics(JdbcClient jdbc, RecordPoints points) {
        this.jdbc = jdbc;
        this.points = points;
    }

    @EventListener
    void on(InspectionEvents.ResultApproved e) {
        for (RecordPoints.Answer a : points.answers(e.recordId())) {
            jdbc.sql("""
                    INSERT INTO report_result_point (record_id, item_code, item_name, point_no, text, clause, answer)
                    VALUES (?,?,?,?,?,?,?) ON CONFLICT DO NOTHING""")
                    .params(e.recordId(), a.itemCode(), a.itemName(), a.no(), a.text(), a.clause(),
                            a.answer() == null ? null : a.answer().name())
                    .update();
        }
    }

    /** The points most often found 不符合 (at least once), most first; at most {@value #TOP}. */
    @Transactional(readOnly = true)
    public List<PointRow> mostNonCompliant(int year, Collection<String> units) {
        return jdbc.sql("""
                SELECT p.item_code, min(p.item_name), p.point_no, min(p.text), min(p.clause),
                       count(*) FILTER (WHERE p.answer = 'NONCOMPLIANT') AS n,
                       count(*) FILTER (WHERE p.answer IN ('COMPLIANT', 'NONCOMPLIANT')) AS checked
                FROM report_result_point p JOIN report_result r ON r.record_id = p.record_id
                WHERE NOT r.superseded AND r.year = ? AND r.unit_code = ANY(?)
                GROUP BY p.item_code, p.point_no
                HAVING count(*) FILTER (WHERE p.answer = 'NONCOMPLIANT') > 0
                ORDER BY n DESC, p.item_code, p.point_no LIMIT ?""")
                .params(year, units.toArray(String[]::new), TOP)
                .query((rs, i) -> new PointRow(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getLong(7)))
                .list();
    }
}
