package io.fairdraw.plan.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PartnerRepository {

    private final JdbcClient jdbc;

    PartnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Partner> forTask(long taskId) {
        return jdbc.sql("SELECT task_id, unit_code, status, invited_by, answered_by FROM plan_task_partner "
                        + "WHERE task_id = ? ORDER BY unit_code").param(taskId)
                .query((rs, n) -> new Partner(rs.getLong(1), rs.getString(2), Partner.Status.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5))).list();
    }

    /** The partners of each of these tasks, in one query (issue 23 item 4: a plan page's tasks). */
    Map<Long, List<Partner>> forTasks(Collection<Long> taskIds) {
        Map<Long, List<Partner>> out = new HashMap<>();
        jdbc.sql("SELECT task_id, unit_code, status, invited_by, answered_by FROM plan_task_partner "
                        + "WHERE task_id = ANY(?) ORDER BY task_id, unit_code").param(taskIds.toArray(Long[]::new))
                .query((rs, n) -> new Partner(rs.getLong(1), rs.getString(2), Partner.Status.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getString(5)))
                .list().forEach(p -> out.computeIfAbsent(p.taskId(), k -> new ArrayList<>()).add(p));
        return out;
    }

    Optional<Partner> find(long taskId, String unit) {
        return forTask(taskId).stream().filter(p -> p.unitCode().equals(unit)).findFirst();
    }

    /** Invitations waiting for this unit's answer. */
    List<Long> pendingFor(String unit) {
        return jdbc.sql("SELECT task_id FROM plan_task_partner WHERE unit_code = ? AND status = 'INVITED' ORDER BY task_id")
                .param(unit).query(Long.class).list();
    }

    List<Long> tasksOf(String unit) {
        return jdbc.sql("SELECT task_id FROM plan_task_partner WHERE unit_code = ? ORDER BY task_id DESC").param(unit)
                .query(Long.class).list();
    }

    void invite(long taskId, String unit, String by) {
        jdbc.sql("INSERT INTO plan_task_partner (task_id, unit_code, status, invited_by) VALUES (?,?,'INVITED',?) "
                + "ON CONFLICT (task_id, unit_code) DO UPDATE SET status = 'INVITED', invited_by = EXCLUDED.invited_by, "
                + "invited_at = now(), answered_by = NULL, answered_at = NULL").params(taskId, unit, by).update();
    }

    void answer(long taskId, String unit, Partner.Status status, String by) {
        jdbc.sql("UPDATE plan_task_partner SET status = ?, answered_by = ?, answered_at = now() "
                + "WHERE task_id = ? AND unit_code = ?").params(status.name(), by, taskId, unit).update();
    }

    void remove(long taskId, String unit) {
        jdbc.sql("DELETE FROM plan_task_partner WHERE task_id = ? AND unit_code = ?").params(taskId, unit).update();
    }
}
