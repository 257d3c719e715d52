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
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM draw_staffing_override WHERE task_id = :taskId "
                        + "AND (status = 'REQUESTED' OR (status = 'APPROVED' AND draw_id IS NULL)))")
                .param("taskId", taskId).query(Boolean.class).single();
    }

    long insert(long taskId, String unitCode, String reason, Instant at, String by) {
        return jdbc.sql("INSERT INTO draw_staffing_override (task_id, unit_code, reason, status, requested_at, requested_by) "
                        + "VALUES (:taskId, :unitCode, :reason, 'REQUESTED', :at, :by) RETURNING id")
                .param("taskId", taskId).param("unitCode", unitCode).param("reason", reason)
                .param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
    }

    Optional<StaffingOverride> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draw_staffing_override WHERE id = :id").param("id", id)
                .query(StaffingOverrideRepository::row).optional();
    }

    /** The approved, unused override of the task, locked for the announcement that uses it. */
    Optional<StaffingOverride> lockUsable(long taskId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draw_staffing_override WHERE task_id = :taskId "
                + "AND status = 'APPROVED' AND draw_id IS NULL FOR UPDATE").param("taskId", taskId).query(StaffingOverrideRepository::row).optional();
    }

    Optional<StaffingOverride> forDraw(String drawId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draw_staffing_override WHERE draw_id = :drawId").param("drawId", drawId)
                .query(StaffingOverrideRepository::row).optional();
    }

    List<StaffingOverride> forTask(long taskId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draw_staffing_override WHERE task_id = :taskId ORDER BY id")
                .param("taskId", taskId)
                .query(StaffingOverrideRepository::row).list();
    }

    int decide(long id, String status, Instant at, String by) {
        return jdbc.sql("UPDATE draw_staffing_override SET status = :status, decided_at = :at, decided_by = :by "
                        + "WHERE id = :id AND status = 'REQUESTED'")
                .param("status", status).param("at", Timestamp.from(at)).param("by", by).param("id", id).update();
    }

    void use(long id, String drawId, String staffing) {
        jdbc.sql("UPDATE draw_staffing_override SET draw_id = :drawId, staffing = :staffing WHERE id = :id")
                .param("drawId", drawId).param("staffing", staffing).param("id", id).update();
    }

    private static StaffingOverride row(ResultSet rs, int i) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        Stamp decided = decidedAt == null ? null : new Stamp(decidedAt.toInstant(), rs.getString("decided_by"));
        String drawId = rs.getString("draw_id");
        StaffingOverride.Use use = drawId == null ? null : new StaffingOverride.Use(drawId, rs.getString("staffing"));
        return new StaffingOverride(rs.getLong("id"), rs.getLong("task_id"), rs.getString("unit_code"),
                rs.getString("reason"), rs.getString("status"),
                new Stamp(rs.getTimestamp("requested_at").toInstant(), rs.getString("requested_by")), decided, use);
    }
}
