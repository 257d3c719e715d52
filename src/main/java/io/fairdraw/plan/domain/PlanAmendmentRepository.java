package io.fairdraw.plan.domain;

import io.fairdraw.plan.TaskPeriod;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** 计划调整 rows, and the task columns an approved amendment changes (period, cancellation). */
@Repository
class PlanAmendmentRepository {

    private static final String COLUMNS = "id, plan_id, kind, task_id, task_code, task_name, task_form::text AS task_form, "
            + "period_start, period_end, before_start, before_end, reason, status, proposed_by, proposed_at, "
            + "decided_by, decided_at, return_reason, version, executed_draw_id";

    private final JdbcClient jdbc;

    PlanAmendmentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(PlanAmendment a) {
        return jdbc.sql("INSERT INTO plan_amendment (plan_id, kind, task_id, task_code, task_name, task_form, "
                        + "period_start, period_end, reason, status, proposed_by, proposed_at) "
                        + "VALUES (:planId, :kind, :taskId, :taskCode, :taskName, :taskForm::jsonb, :periodStart, "
                        + ":periodEnd, :reason, :status, :proposedBy, :proposedAt) RETURNING id")
                .param("planId", a.planId())
                .param("kind", a.kind().name())
                .param("taskId", a.taskId())
                .param("taskCode", a.taskCode())
                .param("taskName", a.taskName())
                .param("taskForm", a.taskForm())
                .param("periodStart", date(a.periodStart()))
                .param("periodEnd", date(a.periodEnd()))
                .param("reason", a.reason())
                .param("status", a.status().name())
                .param("proposedBy", a.proposedBy())
                .param("proposedAt", Timestamp.from(a.proposedAt()))
                .query(Long.class).single();
    }

    void save(PlanAmendment a) {
        jdbc.sql("UPDATE plan_amendment SET task_id = :taskId, task_code = :taskCode, task_name = :taskName, "
                        + "before_start = :beforeStart, before_end = :beforeEnd, status = :status, "
                        + "decided_by = :decidedBy, decided_at = :decidedAt, return_reason = :returnReason, "
                        + "version = :version, executed_draw_id = :executedDrawId WHERE id = :id")
                .param("taskId", a.taskId())
                .param("taskCode", a.taskCode())
                .param("taskName", a.taskName())
                .param("beforeStart", date(a.beforeStart()))
                .param("beforeEnd", date(a.beforeEnd()))
                .param("status", a.status().name())
                .param("decidedBy", a.decidedBy())
                .param("decidedAt", a.decidedAt() == null ? null : Timestamp.from(a.decidedAt()))
                .param("returnReason", a.returnReason())
                .param("version", a.version())
                .param("executedDrawId", a.executedDrawId())
                .param("id", a.id())
                .update();
    }

    Optional<PlanAmendment> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_amendment WHERE id = ?").param(id)
                .query(PlanAmendmentRepository::map).optional();
    }

    List<PlanAmendment> forPlan(long planId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_amendment WHERE plan_id = ? ORDER BY id").param(planId)
                .query(PlanAmendmentRepository::map).list();
    }

    boolean pendingFor(long taskId) {
        return jdbc.sql("SELECT count(*) FROM plan_amendment WHERE task_id = ? AND status = 'PROPOSED'")
                .param(taskId).query(Long.class).single() > 0;
    }

    int lastVersion(long planId) {
        return jdbc.sql("SELECT coalesce(max(version), 1) FROM plan_amendment WHERE plan_id = ?").param(planId)
                .query(Integer.class).single();
    }

    Optional<Long> cancelledBy(long taskId) {
        return jdbc.sql("SELECT cancelled_by FROM plan_task WHERE id = ?").param(taskId)
                .query((rs, n) -> Optional.ofNullable((Long) rs.getObject(1, Long.class))).optional().flatMap(o -> o);
    }

    Set<Long> cancelledTasks(long planId) {
        return Set.copyOf(jdbc.sql("SELECT id FROM plan_task WHERE plan_id = ? AND cancelled_by IS NOT NULL")
                .param(planId).query(Long.class).list());
    }

    void cancel(long taskId, long amendmentId) {
        jdbc.sql("UPDATE plan_task SET cancelled_by = ? WHERE id = ?").params(amendmentId, taskId).update();
    }

    void changePeriod(long taskId, LocalDate start, LocalDate end) {
        jdbc.sql("UPDATE plan_task SET period_start = ?, period_end = ? WHERE id = ?")
                .params(Date.valueOf(start), Date.valueOf(end), taskId).update();
    }

    /** Approved cancellations of tasks with an executed draw, by "unit/year" of the plan (抽取监督). */
    Map<String, Long> cancelledAfterDraw(String[] units, Integer year) {
        Map<String, Long> out = new TreeMap<>();
        jdbc.sql("SELECT p.unit_code, p.year, count(*) FROM plan_amendment a JOIN plan_annual p ON p.id = a.plan_id "
                        + "WHERE a.kind = 'CANCEL_TASK' AND a.status = 'APPROVED' AND a.executed_draw_id IS NOT NULL "
                        + "AND (?::text[] IS NULL OR p.unit_code = ANY(?::text[])) AND (?::int IS NULL OR p.year = ?) "
                        + "GROUP BY 1, 2")
                .params(units, units, year, year)
                .query(rs -> {
                    out.put(rs.getString(1) + "/" + rs.getInt(2), rs.getLong(3));
                });
        return out;
    }


    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(ResultSet rs, String col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static PlanAmendment map(ResultSet rs, int row) throws SQLException {
        return new PlanAmendment(rs.getLong("id"), rs.getLong("plan_id"), PlanAmendment.Kind.valueOf(rs.getString("kind")),
                new PlanAmendment.TaskRef(rs.getObject("task_id", Long.class), rs.getString("task_code"),
                        rs.getString("task_name")),
                new PlanAmendment.Request(rs.getString("task_form"), period(rs, "period_start", "period_end"),
                        rs.getString("reason")),
                new PlanAmendment.Proposal(rs.getString("proposed_by"), instant(rs, "proposed_at")),
                new PlanAmendment.Decision(PlanAmendment.Status.valueOf(rs.getString("status")),
                        rs.getString("decided_by"), instant(rs, "decided_at"), rs.getString("return_reason"),
                        rs.getObject("version", Integer.class)),
                new PlanAmendment.Applied(period(rs, "before_start", "before_end"), rs.getString("executed_draw_id")));
    }

    private static TaskPeriod period(ResultSet rs, String start, String end) throws SQLException {
        LocalDate from = local(rs, start);
        return from == null ? null : new TaskPeriod(from, local(rs, end));
    }
}
