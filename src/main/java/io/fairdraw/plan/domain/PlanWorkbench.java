package io.fairdraw.plan.domain;

import io.fairdraw.plan.PlanStatus;
import io.fairdraw.plan.PlanWorkload;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The 工作台's read of the plan tables (issue 21 item 1); one query each. */
@Service
class PlanWorkbench implements PlanWorkload {

    private final JdbcClient jdbc;

    PlanWorkbench(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanItem> openPlans(String unitCode) {
        return jdbc.sql("SELECT id, year, title, status, return_reason FROM plan_annual "
                        + "WHERE unit_code = ? AND status IN ('DRAFT', 'SUBMITTED') ORDER BY year DESC, id DESC")
                .param(unitCode)
                .query((rs, n) -> new PlanItem(rs.getLong(1), rs.getInt(2), rs.getString(3),
                        PlanStatus.valueOf(rs.getString(4)), rs.getString(5))).list();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, TaskItem> tasks(java.util.Collection<Long> taskIds) {
        java.util.Map<Long, TaskItem> out = new java.util.HashMap<>();
        if (taskIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT t.id, p.year, t.code, t.name, t.period_start, t.period_end, p.unit_code FROM plan_task t "
                        + "JOIN plan_annual p ON p.id = t.plan_id WHERE t.id = ANY(?)")
                .param(taskIds.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getLong(1), new TaskItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7)));
                });
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskItem> tasksToDraw(String unitCode) {
        // issue 17 item 4: executed_draw_id is set when a draw of the task is executed (a FAILED one is not).
        return jdbc.sql("SELECT t.id, p.year, t.code, t.name, t.period_start, t.period_end, p.unit_code FROM plan_task t "
                        + "JOIN plan_annual p ON p.id = t.plan_id WHERE p.unit_code = ? "
                        + "AND p.status IN ('APPROVED', 'PUBLISHED') AND t.executed_draw_id IS NULL "
                        + "AND t.cancelled_by IS NULL ORDER BY t.period_end, t.id")
                .param(unitCode)
                .query((rs, n) -> new TaskItem(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getString(7))).list();
    }
}
