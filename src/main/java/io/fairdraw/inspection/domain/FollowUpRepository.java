package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.FollowUpKind;
import io.fairdraw.inspection.FollowUpStatus;
import io.fairdraw.inspection.FollowUps;
import io.fairdraw.inspection.ResultCategory;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FollowUpRepository {

    private static final String COLUMNS = "id, visit_id, record_id, item_code, item_name, kind, unit_code, uscc, "
            + "entity_name, first_date, deadline, status, action_date, rectified, receiving_body, case_no, department, "
            + "note, outcome, outcome_record_id, opened_at, recorded_by, recorded_at, closed_by, closed_at";

    private final JdbcClient jdbc;

    FollowUpRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the visit's item has a follow-up already (a later correction never opens a second). */
    boolean insertIfAbsent(FollowUp.Origin o, FollowUpKind kind, LocalDate deadline) {
        return jdbc.sql("INSERT INTO inspection_follow_up (visit_id, record_id, item_code, item_name, kind, unit_code, "
                        + "uscc, entity_name, first_date, deadline, status) VALUES (:visit, :record, :itemCode, "
                        + ":itemName, :kind, :unit, :uscc, :entityName, :firstDate, :deadline, 'OPEN') "
                        + "ON CONFLICT (visit_id, item_code) DO NOTHING")
                .param("visit", o.visitId()).param("record", o.recordId()).param("itemCode", o.itemCode())
                .param("itemName", o.itemName()).param("kind", kind.name()).param("unit", o.unitCode())
                .param("uscc", o.uscc()).param("entityName", o.entityName())
                .param("firstDate", Date.valueOf(o.firstDate())).param("deadline", Date.valueOf(deadline))
                .update() > 0;
    }

    Optional<FollowUp> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_follow_up WHERE id = ?").param(id)
                .query(FollowUpRepository::map).optional();
    }

    Optional<FollowUp> findForUpdate(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_follow_up WHERE id = ? FOR UPDATE").param(id)
                .query(FollowUpRepository::map).optional();
    }

    Optional<FollowUp> byOutcomeRecordForUpdate(long recordId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_follow_up WHERE outcome_record_id = ? FOR UPDATE")
                .param(recordId).query(FollowUpRepository::map).optional();
    }

    List<FollowUp> ofVisit(long visitId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_follow_up WHERE visit_id = ? ORDER BY id")
                .param(visitId).query(FollowUpRepository::map).list();
    }

    /** The unit's follow-ups and those of the inspector's own visits; open ones first, soonest deadline first. */
    List<FollowUp> forUnitOrInspector(String unitCode, String inspectorId, int limit) {
        return jdbc.sql("SELECT " + COLUMNS.replaceAll("(^|, )", "$1f.") + " FROM inspection_follow_up f "
                        + "JOIN inspection_visit v ON v.id = f.visit_id WHERE f.unit_code = ? OR ? = ANY(v.inspectors) "
                        + "ORDER BY f.status = 'CLOSED', f.deadline, f.id LIMIT ?")
                .params(unitCode, inspectorId, limit).query(FollowUpRepository::map).list();
    }

    void update(FollowUp f) {
        jdbc.sql("UPDATE inspection_follow_up SET status = :status, action_date = :actionDate, rectified = :rectified, "
                        + "receiving_body = :receivingBody, case_no = :caseNo, department = :department, note = :note, "
                        + "outcome = :outcome, outcome_record_id = :outcomeRecord, recorded_by = :recordedBy, "
                        + "recorded_at = :recordedAt, closed_by = :closedBy, closed_at = :closedAt WHERE id = :id")
                .param("status", f.status().name())
                .param("actionDate", f.actionDate() == null ? null : Date.valueOf(f.actionDate()))
                .param("rectified", f.rectified())
                .param("receivingBody", f.receivingBody())
                .param("caseNo", f.caseNo())
                .param("department", f.department())
                .param("note", f.note())
                .param("outcome", f.outcome() == null ? null : f.outcome().name())
                .param("outcomeRecord", f.outcomeRecordId())
                .param("recordedBy", f.recordedBy())
                .param("recordedAt", ts(f.recordedAt()))
                .param("closedBy", f.closedBy())
                .param("closedAt", ts(f.closedAt()))
                .param("id", f.id())
                .update();
    }

    List<FollowUps.Awaiting> awaiting() {
        return jdbc.sql("SELECT id, unit_code, uscc, entity_name, item_name, kind, deadline FROM inspection_follow_up "
                        + "WHERE status = 'OPEN' ORDER BY deadline, id")
                .query((rs, i) -> new FollowUps.Awaiting(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5), FollowUpKind.valueOf(rs.getString(6)),
                        rs.getObject(7, LocalDate.class)))
                .list();
    }

    List<FollowUps.UnitCount> perUnit(Collection<String> unitCodes, LocalDate today) {
        return jdbc.sql("SELECT unit_code, count(*) FILTER (WHERE status <> 'CLOSED'), "
                        + "count(*) FILTER (WHERE status = 'OPEN' AND deadline < ?), count(*) FILTER (WHERE status = 'CLOSED') "
                        + "FROM inspection_follow_up WHERE unit_code = ANY(?) GROUP BY unit_code ORDER BY unit_code")
                .params(Date.valueOf(today), unitCodes.toArray(String[]::new))
                .query((rs, i) -> new FollowUps.UnitCount(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)))
                .list();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static FollowUp map(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        FollowUp.Origin origin = new FollowUp.Origin(rs.getLong("visit_id"), rs.getLong("record_id"),
                rs.getString("item_code"), rs.getString("item_name"), rs.getString("unit_code"), rs.getString("uscc"),
                rs.getString("entity_name"), rs.getObject("first_date", LocalDate.class));
        FollowUp.Action action = new FollowUp.Action(rs.getObject("action_date", LocalDate.class),
                (Boolean) rs.getObject("rectified"), rs.getString("receiving_body"), rs.getString("case_no"),
                rs.getString("department"), rs.getString("note"));
        FollowUp.Trail trail = new FollowUp.Trail(rs.getTimestamp("opened_at").toInstant(), rs.getString("recorded_by"),
                instant(rs, "recorded_at"), rs.getString("closed_by"), instant(rs, "closed_at"));
        return new FollowUp(rs.getLong("id"), origin, FollowUpKind.valueOf(rs.getString("kind")),
                rs.getObject("deadline", LocalDate.class), FollowUpStatus.valueOf(rs.getString("status")), action,
                outcome == null ? null : ResultCategory.valueOf(outcome), rs.getObject("outcome_record_id", Long.class),
                trail);
    }
}
