package io.fairdraw.catalog.domain;

import io.fairdraw.catalog.ChecklistPoint;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The points of item versions (catalog_checklist_point; written once, never changed). */
@Repository
class ChecklistRepository {

    private final JdbcClient jdbc;

    ChecklistRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ChecklistPoint> of(long versionId) {
        return jdbc.sql("SELECT point_no, text, clause, method FROM catalog_checklist_point WHERE version_id = ? ORDER BY point_no")
                .param(versionId)
                .query((rs, n) -> new ChecklistPoint(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    void insert(long versionId, List<ChecklistPoint> points) {
        for (ChecklistPoint p : points) {
            jdbc.sql("INSERT INTO catalog_checklist_point (version_id, point_no, text, clause, method) VALUES (?,?,?,?,?)")
                    .params(versionId, p.no(), p.text(), p.clause(), p.method()).update();
        }
    }

    /** A new version carries its predecessor's checklist unless it brings its own. */
    void copy(long fromVersionId, long toVersionId) {
        jdbc.sql("""
                INSERT INTO catalog_checklist_point (version_id, point_no, text, clause, method)
                SELECT ?, point_no, text, clause, method FROM catalog_checklist_point WHERE version_id = ?
                ON CONFLICT DO NOTHING""").params(toVersionId, fromVersionId).update();
    }

    boolean any(long versionId) {
        return jdbc.sql("SELECT count(*) FROM catalog_checklist_point WHERE version_id = ?").param(versionId)
                .query(Long.class).single() > 0;
    }
}
