package io.fairdraw.inspection.domain;

import io.fairdraw.catalog.ChecklistPoint;
import io.fairdraw.inspection.PointResult;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** inspection_record_point, and the point an evidence file belongs to (inspection_evidence.point_no). */
@Repository
class RecordPointRepository {

    private final JdbcClient jdbc;

    RecordPointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RecordPoint> of(long recordId) {
        return jdbc.sql("""
                SELECT p.item_code, p.point_no, p.text, p.clause, p.method, p.answer, p.finding
                FROM inspection_record_point p
                LEFT JOIN inspection_record_item i ON i.record_id = p.record_id AND i.item_code = p.item_code
                WHERE p.record_id = ? ORDER BY i.sort, p.item_code, p.point_no""")
                .param(recordId)
                .query((rs, n) -> new RecordPoint(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6) == null ? null : PointResult.valueOf(rs.getString(6)),
                        rs.getString(7)))
                .list();
    }

    /** The points of every record of a visit, by record (one query whatever the number of records). */
    java.util.Map<Long, List<RecordPoint>> ofVisit(long visitId) {
        java.util.Map<Long, List<RecordPoint>> out = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                SELECT p.record_id, p.item_code, p.point_no, p.text, p.clause, p.method, p.answer, p.finding
                FROM inspection_record_point p
                JOIN inspection_record r ON r.id = p.record_id
                LEFT JOIN inspection_record_item i ON i.record_id = p.record_id AND i.item_code = p.item_code
                WHERE r.visit_id = :visit ORDER BY p.record_id, i.sort, p.item_code, p.point_no""")
                .param("visit", visitId)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(new RecordPoint(
                            rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7) == null ? null : PointResult.valueOf(rs.getString(7)), rs.getString(8)));
                });
        return out;
    }

    List<io.fairdraw.inspection.RecordPoints.Answer> answers(long recordId) {
        return jdbc.sql("""
                SELECT p.item_code, coalesce(i.item_name, p.item_code), p.point_no, p.text, p.clause, p.answer
                FROM inspection_record_point p
                LEFT JOIN inspection_record_item i ON i.record_id = p.record_id AND i.item_code = p.item_code
                WHERE p.record_id = ? ORDER BY i.sort, p.item_code, p.point_no""")
                .param(recordId)
                .query((rs, n) -> new io.fairdraw.inspection.RecordPoints.Answer(rs.getString(1), rs.getString(2),
                        rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6) == null ? null : PointResult.valueOf(rs.getString(6))))
                .list();
    }

    void insert(long recordId, String itemCode, List<ChecklistPoint> points) {
        for (ChecklistPoint p : points) {
            jdbc.sql("INSERT INTO inspection_record_point (record_id, item_code, point_no, text, clause, method) "
                            + "VALUES (?,?,?,?,?,?)")
                    .params(recordId, itemCode, p.no(), p.text(), p.clause(), p.method()).update();
        }
    }

    void answer(long recordId, RecordPoint p) {
        jdbc.sql("UPDATE inspection_record_point SET answer = ?, finding = ? WHERE record_id = ? AND item_code = ? "
                        + "AND point_no = ?")
                .params(p.answer() == null ? null : p.answer().name(), p.finding(), recordId, p.itemCode(), p.no())
                .update();
    }

    /** A correction starts with the answers of the record it corrects. */
    void copy(long fromRecord, long toRecord) {
        jdbc.sql("""
                INSERT INTO inspection_record_point (record_id, item_code, point_no, text, clause, method, answer, finding)
                SELECT ?, item_code, point_no, text, clause, method, answer, finding
                FROM inspection_record_point WHERE record_id = ?""").params(toRecord, fromRecord).update();
    }

    void tagEvidence(long evidenceId, int pointNo) {
        jdbc.sql("UPDATE inspection_evidence SET point_no = ? WHERE id = ?").params(pointNo, evidenceId).update();
    }

    /** Evidence ids of a record that belong to a point, as {@code id -> itemCode#no}. */
    java.util.Map<Long, String> pointEvidence(long recordId) {
        return jdbc.sql("SELECT id, item_code || '#' || point_no FROM inspection_evidence WHERE record_id = ? "
                        + "AND point_no IS NOT NULL")
                .param(recordId).query((rs, n) -> java.util.Map.entry(rs.getLong(1), rs.getString(2))).list().stream()
                .collect(Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    Set<String> evidencedPoints(long recordId) {
        return Set.copyOf(pointEvidence(recordId).values());
    }

    long evidenceCount(long recordId) {
        return jdbc.sql("SELECT count(*) FROM inspection_evidence WHERE record_id = ?").param(recordId)
                .query(Long.class).single();
    }
}
