package io.fairdraw.draw.domain;

import io.fairdraw.draw.DrawWorkload;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The 工作台's read of the draw tables (issue 21 item 1). */
@Service
class DrawWorkbench implements DrawWorkload {

    private final JdbcClient jdbc;

    DrawWorkbench(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenRequest> openRequests(String unitCode, String username) {
        return jdbc.sql("SELECT r.id, r.draw_id, a.task_id, a.task_name, r.uscc, r.out_inspector, r.requested_at "
                        + "FROM draw_substitution_request r JOIN draw_announcement a ON a.draw_id = r.draw_id "
                        + "WHERE a.unit_code = ? AND r.status = 'REQUESTED' AND r.requested_by <> ? "
                        + "ORDER BY r.requested_at, r.id")
                .params(unitCode, username)
                .query((rs, n) -> new OpenRequest(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<FailedDraw> failedDraws(Collection<String> unitCodes) {
        String[] units = unitCodes == null ? null : unitCodes.toArray(String[]::new);
        return jdbc.sql("SELECT a.draw_id, a.task_id, a.task_name, a.unit_code, a.executed_at FROM draw_announcement a "
                        + "WHERE a.status = 'FAILED' AND (CAST(? AS TEXT[]) IS NULL OR a.unit_code = ANY(?)) "
                        + "AND NOT EXISTS (SELECT 1 FROM draw_announcement b WHERE b.task_id = a.task_id "
                        + "AND b.status IN ('ANNOUNCED', 'EXECUTED') AND b.attempt > a.attempt) "
                        + "ORDER BY a.executed_at DESC NULLS LAST, a.draw_id")
                .params(units, units)
                .query((rs, n) -> new FailedDraw(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5) == null ? null : rs.getTimestamp(5).toInstant())).list();
    }
}
