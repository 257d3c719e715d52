package io.fairdraw.plan.domain;

import io.fairdraw.plan.TaskPeriod;
import io.fairdraw.plan.TeamRule;
import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class TaskRepository {

    private static final String COLUMNS = "id, plan_id, code, name, team_size, cross_org, cool_down_months, cap_slack, "
            + "period_start, period_end, beacon_source, scope_fields, scope_units, scope_types, scope_statuses, "
            + "scope_flags, serious_all, scope_widened";

    private final JdbcClient jdbc;

    TaskRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Task> forPlan(long planId) {
        return load(jdbc.sql("SELECT " + COLUMNS + " FROM plan_task WHERE plan_id = ? ORDER BY code").param(planId)
                .query(this::map).list());
    }

    /** The tasks of these plans, by plan and code: one query for a year's plans, not one per plan. */
    List<Task> forPlans(Collection<Long> planIds) {
        if (planIds.isEmpty()) {
            return List.of();
        }
        return load(jdbc.sql("SELECT " + COLUMNS + " FROM plan_task WHERE plan_id = ANY(?) ORDER BY plan_id, code")
                .param(planIds.toArray(Long[]::new)).query(this::map).list());
    }

    Optional<Task> find(long id) {
        return load(jdbc.sql("SELECT " + COLUMNS + " FROM plan_task WHERE id = ?").param(id).query(this::map).list())
                .stream().findFirst();
    }

    int count(long planId) {
        return jdbc.sql("SELECT count(*) FROM plan_task WHERE plan_id = ?").param(planId).query(Integer.class).single();
    }

    /** Issue 19 item 6: a task cancelled by an approved plan amendment is never drawn again. */
    boolean cancelled(long id) {
        return jdbc.sql("SELECT cancelled_by IS NOT NULL FROM plan_task WHERE id = ?").param(id).query(Boolean.class)
                .optional().orElse(false);
    }

    /** Tasks of approved or published plans whose period overlaps [start, end]. */
    List<Task> approvedOverlapping(java.time.LocalDate start, java.time.LocalDate end) {
        return load(jdbc.sql("SELECT t." + COLUMNS.replace(", ", ", t.") + " FROM plan_task t JOIN plan_annual p ON p.id = t.plan_id "
                        + "WHERE p.status IN ('APPROVED', 'PUBLISHED') AND t.cancelled_by IS NULL "
                        // a task cancelled by a plan amendment (计划调整) overlaps nothing any more
                        + "AND t.period_start <= ? AND t.period_end >= ?")
                .params(Date.valueOf(end), Date.valueOf(start)).query(this::map).list());
    }

    String nextCode(long planId) {
        int n = jdbc.sql("SELECT count(*) FROM plan_task WHERE plan_id = ?").param(planId).query(Integer.class).single();
        return String.format("T%02d", n + 1);
    }

    long insert(long planId, String code, Task t) {
        long id = jdbc.sql("INSERT INTO plan_task (plan_id, code, name, team_size, cross_org, cool_down_months, "
                        + "cap_slack, period_start, period_end, beacon_source, scope_fields, scope_units, scope_types, "
                        + "scope_statuses, scope_flags, serious_all, scope_widened) VALUES (:planId, :code, :name, "
                        + ":teamSize, :crossOrg, :coolDownMonths, :capSlack, :periodStart, :periodEnd, :beaconSource, "
                        + ":fields, :units, :types, :statuses, :flags, :seriousAll, :widened) RETURNING id")
                .paramSource(columns(t).addValue("planId", planId).addValue("code", code))
                .query(Long.class).single();
        writeChildren(id, t);
        return id;
    }

    void update(Task t) {
        jdbc.sql("UPDATE plan_task SET name = :name, team_size = :teamSize, cross_org = :crossOrg, "
                        + "cool_down_months = :coolDownMonths, cap_slack = :capSlack, period_start = :periodStart, "
                        + "period_end = :periodEnd, beacon_source = :beaconSource, scope_fields = :fields, "
                        + "scope_units = :units, scope_types = :types, scope_statuses = :statuses, "
                        + "scope_flags = :flags, serious_all = :seriousAll, scope_widened = :widened WHERE id = :id")
                .paramSource(columns(t).addValue("id", t.id()))
                .update();
        jdbc.sql("DELETE FROM plan_task_ratio WHERE task_id = ?").param(t.id()).update();
        writeChildren(t.id(), t);
    }

    /** The task's own columns by name, shared by insert and update. */
    private static MapSqlParameterSource columns(Task t) {
        Task.Frame f = t.frame();
        return new MapSqlParameterSource()
                .addValue("name", t.name())
                .addValue("teamSize", t.team().size())
                .addValue("crossOrg", t.team().crossOrg())
                .addValue("capSlack", t.team().capSlack())
                .addValue("coolDownMonths", f.coolDownMonths())
                .addValue("periodStart", Date.valueOf(t.period().start()))
                .addValue("periodEnd", Date.valueOf(t.period().end()))
                .addValue("beaconSource", t.sampling().beaconSource())
                .addValue("fields", arr(f.fields()))
                .addValue("units", arr(f.units()))
                .addValue("types", arr(f.entityTypes()))
                .addValue("statuses", arr(f.statuses()))
                .addValue("flags", arr(f.requiredFlags()))
                .addValue("seriousAll", t.sampling().seriousAll())
                .addValue("widened", f.widened());
    }

    void delete(long id) {
        jdbc.sql("DELETE FROM plan_task WHERE id = ?").param(id).update();
    }

    /** Items are replaced only for those contributed by this unit (partners keep theirs). */
    void replaceItems(long taskId, String contributor, List<Long> versionIds) {
        jdbc.sql("DELETE FROM plan_task_item WHERE task_id = ? AND contributed_by = ?").params(taskId, contributor).update();
        for (Long v : versionIds) {
            jdbc.sql("INSERT INTO plan_task_item (task_id, item_version_id, contributed_by) VALUES (?,?,?) "
                    + "ON CONFLICT DO NOTHING").params(taskId, v, contributor).update();
        }
    }

    Map<Long, String> itemContributors(long taskId) {
        Map<Long, String> out = new LinkedHashMap<>();
        jdbc.sql("SELECT item_version_id, contributed_by FROM plan_task_item WHERE task_id = ? ORDER BY item_version_id")
                .param(taskId).query(rs -> {
                    out.put(rs.getLong(1), rs.getString(2));
                });
        return out;
    }

    private void writeChildren(long taskId, Task t) {
        t.sampling().ratios().forEach((stratum, r) -> jdbc.sql(
                        "INSERT INTO plan_task_ratio (task_id, stratum, ratio_bp, min_count) VALUES (?,?,?,?)")
                .params(taskId, stratum, r.ratioBp(), r.min()).update());
    }

    /**
     * The tasks' ratios and items, read for all of them in one query each (issue 23 item 4: a plan page
     * of 1,000 tasks ran two queries per task from inside the row mapper).
     */
    private List<Task> load(List<Task> rows) {
        if (rows.isEmpty()) {
            return rows;
        }
        Long[] ids = rows.stream().map(Task::id).toArray(Long[]::new);
        Map<Long, Map<String, Task.Ratio>> ratios = new HashMap<>();
        jdbc.sql("SELECT task_id, stratum, ratio_bp, min_count FROM plan_task_ratio WHERE task_id = ANY(?) "
                        + "ORDER BY task_id, stratum").param(ids)
                .query(r -> {
                    ratios.computeIfAbsent(r.getLong(1), k -> new LinkedHashMap<>())
                            .put(r.getString(2), new Task.Ratio(r.getInt(3), r.getInt(4)));
                });
        Map<Long, List<Long>> items = new HashMap<>();
        jdbc.sql("SELECT task_id, item_version_id FROM plan_task_item WHERE task_id = ANY(?) ORDER BY task_id, item_version_id")
                .param(ids)
                .query(r -> {
                    items.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(r.getLong(2));
                });
        return rows.stream().map(t -> new Task(t.id(), t.planId(), t.code(), t.name(), t.period(), t.team(), t.frame(),
                new Task.Sampling(ratios.getOrDefault(t.id(), new LinkedHashMap<>()), t.sampling().seriousAll(),
                        t.sampling().beaconSource()), items.getOrDefault(t.id(), new ArrayList<>()))).toList();
    }

    /** A task without its ratios and items ({@link #load} adds them). */
    private Task map(ResultSet rs, int row) throws SQLException {
        long id = rs.getLong("id");
        Map<String, Task.Ratio> ratios = new LinkedHashMap<>();
        List<Long> items = List.of();
        Task.Frame frame = new Task.Frame(set(rs.getArray("scope_fields")), set(rs.getArray("scope_units")),
                set(rs.getArray("scope_types")), set(rs.getArray("scope_statuses")), set(rs.getArray("scope_flags")),
                rs.getInt("cool_down_months"), rs.getBoolean("scope_widened"));
        return new Task(id, rs.getLong("plan_id"), rs.getString("code"), rs.getString("name"),
                new TaskPeriod(rs.getDate("period_start").toLocalDate(), rs.getDate("period_end").toLocalDate()),
                new TeamRule(rs.getInt("team_size"), rs.getBoolean("cross_org"), rs.getInt("cap_slack")), frame,
                new Task.Sampling(ratios, rs.getBoolean("serious_all"), rs.getString("beacon_source")), items);
    }

    private static String[] arr(Set<String> s) {
        return s == null ? new String[0] : s.toArray(String[]::new);
    }

    private static Set<String> set(Array a) throws SQLException {
        return a == null ? Set.of() : new LinkedHashSet<>(Arrays.asList((String[]) a.getArray()));
    }
}
