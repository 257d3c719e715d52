package io.fairdraw.plan.domain;

import io.fairdraw.plan.TaskParameterChange;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The executed-draw flag of a task and the published changes of its draw parameters. */
@Repository
class TaskParameterRepository {

    private final JdbcClient jdbc;

    TaskParameterRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The task's executed draw, read with the task's row locked (a concurrent execution waits or is seen). */
    Optional<String> executedDrawLocked(long taskId) {
        return jdbc.sql("SELECT executed_draw_id FROM plan_task WHERE id = ? FOR UPDATE").param(taskId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
    }

    Optional<String> executedDraw(long taskId) {
        return jdbc.sql("SELECT executed_draw_id FROM plan_task WHERE id = ?").param(taskId)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).optional().flatMap(o -> o);
    }

    /**
     * Marks the task drawn; answers whether a plan amendment cancelled it (issue 19 item 6). The
     * row lock makes a concurrent cancellation either see this draw or be seen here.
     */
    boolean markExecuted(long taskId, String drawId) {
        return jdbc.sql("UPDATE plan_task SET executed_draw_id = COALESCE(executed_draw_id, ?) WHERE id = ? "
                        + "RETURNING cancelled_by IS NOT NULL")
                .params(drawId, taskId).query(Boolean.class).optional().orElse(false);
    }

    void apply(long taskId, int teamSize, int capSlack, boolean crossOrg) {
        jdbc.sql("UPDATE plan_task SET team_size = ?, cap_slack = ?, cross_org = ? WHERE id = ?")
                .params(teamSize, capSlack, crossOrg, taskId).update();
    }

    void insert(TaskParameterChange c) {
        jdbc.sql("INSERT INTO plan_task_param_change (task_id, changed_by, changed_at, reason, team_size_before, "
                        + "team_size_after, cap_slack_before, cap_slack_after, cross_org_before, cross_org_after) "
                        + "VALUES (:taskId, :changedBy, :changedAt, :reason, :teamSizeBefore, :teamSizeAfter, "
                        + ":capSlackBefore, :capSlackAfter, :crossOrgBefore, :crossOrgAfter)")
                .param("taskId", c.taskId())
                .param("changedBy", c.changedBy())
                .param("changedAt", Timestamp.from(c.changedAt()))
                .param("reason", c.reason())
                .param("teamSizeBefore", c.teamSizeBefore())
                .param("teamSizeAfter", c.teamSizeAfter())
                .param("capSlackBefore", c.capSlackBefore())
                .param("capSlackAfter", c.capSlackAfter())
                .param("crossOrgBefore", c.crossOrgBefore())
                .param("crossOrgAfter", c.crossOrgAfter())
                .update();
    }

    List<TaskParameterChange> forTask(long taskId) {
        return jdbc.sql("SELECT task_id, changed_at, changed_by, reason, team_size_before, team_size_after, "
                        + "cap_slack_before, cap_slack_after, cross_org_before, cross_org_after "
                        + "FROM plan_task_param_change WHERE task_id = ? ORDER BY id").param(taskId)
                .query((rs, n) -> new TaskParameterChange(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8),
                        rs.getBoolean(9), rs.getBoolean(10))).list();
    }
}
