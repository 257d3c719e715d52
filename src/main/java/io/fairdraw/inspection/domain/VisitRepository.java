package io.fairdraw.inspection.domain;

import io.fairdraw.draw.DrawEvents;
import io.fairdraw.plan.CoolDownSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class VisitRepository {

    private static final int BATCH = 1_000;

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    VisitRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** One row per (draw, entity); a repeated event inserts nothing (unique key). Returns rows inserted. */
    int insertPlanned(String drawId, long taskId, List<String> itemCodes, List<DrawEvents.Visit> visits) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        int inserted = 0;
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO inspection_visit "
                + "(draw_id, task_id, uscc, org_code, inspectors, item_codes) VALUES (?,?,?,?,?,?) "
                + "ON CONFLICT (draw_id, uscc) DO NOTHING")) {
            java.sql.Array items = connection.createArrayOf("text", itemCodes.toArray());
            for (int i = 0; i < visits.size(); i++) {
                DrawEvents.Visit v = visits.get(i);
                insert.setString(1, drawId);
                insert.setLong(2, taskId);
                insert.setString(3, v.uscc());
                insert.setString(4, v.orgCode());
                insert.setArray(5, connection.createArrayOf("text", v.inspectors().toArray()));
                insert.setArray(6, items);
                insert.addBatch();
                if ((i + 1) % BATCH == 0 || i == visits.size() - 1) {
                    for (int count : insert.executeBatch()) {
                        inserted += Math.max(count, 0);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the visits of " + drawId, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
        return inserted;
    }

    void replaceInspector(String drawId, String uscc, String out, String in) {
        jdbc.sql("UPDATE inspection_visit SET inspectors = array_replace(inspectors, ?, ?) WHERE draw_id = ? AND uscc = ?")
                .params(out, in, drawId, uscc).update();
    }

    /** The cool-down's visits: approved since, or still planned and created since (any unit, any item). */
    List<CoolDownSource.PriorVisit> countingSince(LocalDate since, ZoneId zone) {
        Timestamp from = Timestamp.from(since.atStartOfDay(zone).toInstant());
        return jdbc.sql("SELECT uscc, draw_id, task_id, item_codes, status, COALESCE(approved_at, created_at) "
                        + "FROM inspection_visit WHERE (status = 'APPROVED' AND approved_at >= ?) "
                        + "OR (status = 'PLANNED' AND created_at >= ?) ORDER BY uscc, id")
                .params(from, from)
                .query((rs, n) -> new CoolDownSource.PriorVisit(rs.getString(1), rs.getString(2), rs.getLong(3),
                        List.of((String[]) rs.getArray(4).getArray()), "APPROVED".equals(rs.getString(5)),
                        rs.getTimestamp(6).toInstant().atZone(zone).toLocalDate()))
                .list();
    }

    /** The tasks whose visits were merged into this one (并入联合检查, issue 19 item 2). */
    List<Long> jointTaskIds(long visitId) {
        return jdbc.sql("SELECT DISTINCT task_id FROM inspection_visit WHERE merged_into = ? ORDER BY task_id")
                .param(visitId).query(Long.class).list();
    }

    private static final String COLUMNS = "id, draw_id, task_id, uscc, org_code, inspectors, item_codes, status, approved_at, created_at";

    Optional<Visit> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_visit WHERE id = ?").param(id).query(VisitRepository::map)
                .optional();
    }

    Optional<Visit> findForUpdate(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_visit WHERE id = ? FOR UPDATE").param(id)
                .query(VisitRepository::map).optional();
    }

    List<Visit> ofInspector(String inspectorId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_visit WHERE ? = ANY(inspectors) ORDER BY created_at DESC, id")
                .param(inspectorId).query(VisitRepository::map).list();
    }

    List<Visit> ofDraws(Collection<String> drawIds) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_visit WHERE draw_id = ANY(?) ORDER BY id")
                .param(drawIds.toArray(String[]::new)).query(VisitRepository::map).list();
    }

    List<Visit> ofIds(Collection<Long> ids) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_visit WHERE id = ANY(?) ORDER BY id")
                .param(ids.toArray(Long[]::new)).query(VisitRepository::map).list();
    }

    /** APPROVED feeds the cool-down (避免重复抽查); the first approval's time counts, corrections keep it. */
    void approve(long id, Instant at) {
        jdbc.sql("UPDATE inspection_visit SET status = 'APPROVED', approved_at = COALESCE(approved_at, ?) WHERE id = ?")
                .params(Timestamp.from(at), id).update();
    }

    static Visit map(ResultSet rs, int row) throws SQLException {
        Timestamp approved = rs.getTimestamp(9);
        return new Visit(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                List.of((String[]) rs.getArray(6).getArray()), List.of((String[]) rs.getArray(7).getArray()),
                rs.getString(8), approved == null ? null : approved.toInstant(), rs.getTimestamp(10).toInstant());
    }
}
