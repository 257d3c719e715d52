package io.fairdraw.plan.domain;

import io.fairdraw.plan.PlanKind;
import io.fairdraw.plan.PlanStatus;
import io.fairdraw.shared.BusinessClock;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PlanRepository {

    private static final String COLUMNS = "id, unit_code, year, title, status, return_reason, submitted_by, submitted_at, "
            + "approved_by, approved_at, published_by, published_at, kind, coverage_reason";

    private final JdbcClient jdbc;

    PlanRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String unitCode, int year, String title, String createdBy) {
        return insert(unitCode, year, title, createdBy, PlanKind.ANNUAL);
    }

    long insert(String unitCode, int year, String title, String createdBy, PlanKind kind) {
        return jdbc.sql("INSERT INTO plan_annual (unit_code, year, title, status, created_by, kind) "
                + "VALUES (?,?,?,'DRAFT',?,?) RETURNING id").params(unitCode, year, title, createdBy, kind.name())
                .query(Long.class).single();
    }

    /** Whether the unit has its annual plan of that year (专项 plans are not counted). */
    boolean exists(String unitCode, int year) {
        return jdbc.sql("SELECT count(*) FROM plan_annual WHERE unit_code = ? AND year = ? AND kind = 'ANNUAL'")
                .params(unitCode, year).query(Long.class).single() > 0;
    }

    Optional<AnnualPlan> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_annual WHERE id = ?").param(id)
                .query(PlanRepository::map).optional();
    }

    /** Locks the plan row: transitions and task edits of one plan are serialised. */
    Optional<AnnualPlan> lock(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_annual WHERE id = ? FOR UPDATE").param(id)
                .query(PlanRepository::map).optional();
    }

    void save(AnnualPlan p) {
        jdbc.sql("""
                UPDATE plan_annual SET status = :status, return_reason = :returnReason, submitted_by = :submittedBy,
                       submitted_at = :submittedAt, approved_by = :approvedBy, approved_at = :approvedAt,
                       published_by = :publishedBy, published_at = :publishedAt, coverage_reason = :coverageReason
                 WHERE id = :id""")
                .param("status", p.status().name())
                .param("returnReason", p.returnReason().orElse(null))
                .param("submittedBy", p.submittedBy())
                .param("submittedAt", ts(p.submittedAt()))
                .param("approvedBy", p.approvedBy())
                .param("approvedAt", ts(p.approvedAt()))
                .param("publishedBy", p.publishedBy())
                .param("publishedAt", ts(p.publishedAt()))
                .param("coverageReason", p.coverageReason().orElse(null))
                .param("id", p.id())
                .update();
    }

    List<AnnualPlan> list(String[] units, Integer year, String status) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (units != null) {
            where.append(" AND unit_code = ANY(?)");
            params.add(units);
        }
        if (year != null) {
            where.append(" AND year = ?");
            params.add(year);
        }
        if (status != null && !status.isBlank()) {
            where.append(" AND status = ?");
            params.add(status);
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM plan_annual" + where + " ORDER BY year DESC, unit_code, kind, id")
                .params(params).query(PlanRepository::map).list();
    }

    List<io.fairdraw.plan.PlanOverview.Invitation> pendingInvitations() {
        return jdbc.sql("SELECT t.id, t.name, a.unit_code, a.year, p.unit_code, p.invited_at FROM plan_task_partner p "
                        + "JOIN plan_task t ON t.id = p.task_id JOIN plan_annual a ON a.id = t.plan_id "
                        + "WHERE p.status = 'INVITED' ORDER BY p.unit_code, t.id")
                .query((rs, n) -> new io.fairdraw.plan.PlanOverview.Invitation(rs.getLong(1), rs.getString(2),
                        rs.getString(3), rs.getInt(4), rs.getString(5),
                        BusinessClock.dateOf(rs.getTimestamp(6).toInstant()))).list();
    }

    boolean isPartner(long planId, String unitCode) {
        return jdbc.sql("SELECT count(*) FROM plan_task_partner p JOIN plan_task t ON t.id = p.task_id "
                + "WHERE t.plan_id = ? AND p.unit_code = ? AND p.status <> 'DECLINED'").params(planId, unitCode)
                .query(Long.class).single() > 0;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static AnnualPlan map(ResultSet rs, int row) throws SQLException {
        return new AnnualPlan(rs.getLong("id"), rs.getString("unit_code"), rs.getInt("year"), rs.getString("title"),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("return_reason"), rs.getString("submitted_by"),
                instant(rs, "submitted_at"), rs.getString("approved_by"), instant(rs, "approved_at"),
                rs.getString("published_by"), instant(rs, "published_at"), PlanKind.valueOf(rs.getString("kind")),
                rs.getString("coverage_reason"));
    }
}
