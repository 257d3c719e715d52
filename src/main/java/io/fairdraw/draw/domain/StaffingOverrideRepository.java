package io.fairdraw.draw.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code draw_staffing_override}: every override request, its decision and the draw it let through. */
@Repository
class StaffingOverrideRepository {

    private static final String COLUMNS = "id, task_id, unit_code, reason, status, requested_at, requested_by, "
            + "decided_at, decided_by, draw_id, staffing";

    private final JdbcClient jdbc;

    StaffingOverrideRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the task has an override in play (open, or approved and unused). */
    boolean inPlay(long taskId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM draw_staffing_override WHERE task_id = ? AND (status = 'REQUESTED' "
                + "OR (status = 'APPROVED' AND draw_id IS NULL)))").param(taskId).query(Boolean.class).single();
    }

    long insert(long taskId, String unitCode, String reason, Instant at, String by) {
        return jdbc.sql("INSERT INTO draw_staffing_override (task_id, unit_code, reason, status, requested_at, requested_by) "
                        + "VALUES (?,?,?,'REQUESTED',?,?) RETURNING id")
                .params(taskId, unitCode, reason, Timestamp.from(at), by).query(Long.class).single();
    }

    Optional<StaffingOverride> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draw_staffing_override WHERE id = ?").param(id)
                .query(StaffingOverrideRepository::row).optional();
    }

    /** The approved, unused override of the task, locked for the announcement that uses it. */
    Optional<StaffingOverride> lockUsable(long taskId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draw_staffing_override WHERE task_id = ? AND status = 'APPROVED' "
                + "AND draw_id IS NULL FOR UPDATE").param(taskId).query(StaffingOverrideRepository::row).optional();
    }

    Optional<StaffingOverride> forDraw(String drawId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draw_staffing_override WHERE draw_id = ?").param(drawId)
                .query(StaffingOverrideRepository::row).optional();
    }

    List<StaffingOverride> forTask(long taskId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draw_staffing_override WHERE task_id = ? ORDER BY id").param(taskId)
                .query(StaffingOverrideRepository::row).list();
    }

    int decide(long id, String status, Instant at, String by) {
        return jdbc.sql("UPDATE draw_staffing_override SET status = ?, decided_at = ?, decided_by = ? WHERE id = ? "
                + "AND status = 'REQUESTED'").params(status, Timestamp.from(at), by, id).update();
    }

    void use(long id, String drawId, String staffing) {
        jdbc.sql("UPDATE draw_staffing_override SET draw_id = ?, staffing = ? WHERE id = ?").params(drawId, staffing, id)
                .update();
    }

    private static StaffingOverride row(ResultSet rs, int i) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new StaffingOverride(rs.getLong("id"), rs.getLong("task_id"), rs.getString("unit_code"),
                rs.getString("reason"), rs.getString("status"), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("requested_by"), decided == null ? null : decided.toInstant(), rs.getString("decided_by"),
                rs.getString("draw_id"), rs.getString("staffing"));
    }
}
