package io.fairdraw.inspection.domain;

import io.fairdraw.draw.DrawEvents;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    Set<String> approvedSince(Set<String> itemCodes, LocalDate since, ZoneId zone) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT uscc FROM inspection_visit WHERE status = 'APPROVED' "
                        + "AND approved_at >= ? AND item_codes && ?::text[]")
                .params(Timestamp.from(since.atStartOfDay(zone).toInstant()), itemCodes.toArray(String[]::new))
                .query(String.class).list());
    }
}
