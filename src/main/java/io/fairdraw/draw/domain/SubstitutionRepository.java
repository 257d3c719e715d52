package io.fairdraw.draw.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code draw_substitution_request}: every request and its decision, public. */
@Repository
class SubstitutionRepository {

    private static final String COLUMNS = "id, draw_id, uscc, out_inspector, reason_code, reason_text, status, "
            + "requested_at, requested_by, decided_at, decided_by, in_inspector";

    private final JdbcClient jdbc;

    SubstitutionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores a new request; returns its id. */
    long insert(SubstitutionRequest r) {
        return jdbc.sql("""
                        INSERT INTO draw_substitution_request (draw_id, uscc, out_inspector, reason_code, reason_text,
                                    status, requested_at, requested_by)
                        VALUES (:drawId, :uscc, :out, :reasonCode, :reasonText, :status, :requestedAt, :requestedBy)
                        RETURNING id""")
                .param("drawId", r.drawId())
                .param("uscc", r.uscc())
                .param("out", r.out())
                .param("reasonCode", r.reason().name())
                .param("reasonText", r.text())
                .param("status", r.status())
                .param("requestedAt", Timestamp.from(r.requestedAt()))
                .param("requestedBy", r.requestedBy())
                .query(Long.class).single();
    }

    Optional<SubstitutionRequest> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draw_substitution_request WHERE id = :id").param("id", id)
                .query(SubstitutionRepository::row).optional();
    }

    /** Whether this slot already has an open or approved request (each slot at most once). */
    boolean slotTaken(String drawId, TeamSlot slot) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM draw_substitution_request
                                        WHERE draw_id = :drawId AND uscc = :uscc AND out_inspector = :out
                                          AND status <> 'REFUSED')""")
                .param("drawId", drawId)
                .param("uscc", slot.uscc())
                .param("out", slot.inspector())
                .query(Boolean.class).single();
    }

    /** Stores a decision; a request is decided once (the row is still REQUESTED). */
    void saveDecision(SubstitutionRequest r) {
        jdbc.sql("""
                        UPDATE draw_substitution_request
                           SET status = :status, decided_at = :decidedAt, decided_by = :decidedBy, in_inspector = :in
                         WHERE id = :id AND status = 'REQUESTED'""")
                .param("status", r.status())
                .param("decidedAt", Timestamp.from(r.decidedAt()))
                .param("decidedBy", r.decidedBy())
                .param("in", r.in())
                .param("id", r.id())
                .update();
    }

    List<SubstitutionRequest> forDraw(String drawId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draw_substitution_request WHERE draw_id = :drawId ORDER BY id")
                .param("drawId", drawId).query(SubstitutionRepository::row).list();
    }

    private static SubstitutionRequest row(ResultSet rs, int i) throws SQLException {
        Timestamp decidedAt = rs.getTimestamp("decided_at");
        Stamp decided = decidedAt == null ? null : new Stamp(decidedAt.toInstant(), rs.getString("decided_by"));
        return new SubstitutionRequest(rs.getLong("id"), rs.getString("draw_id"),
                new TeamSlot(rs.getString("uscc"), rs.getString("out_inspector")),
                SubstitutionReason.valueOf(rs.getString("reason_code")), rs.getString("reason_text"),
                new Stamp(rs.getTimestamp("requested_at").toInstant(), rs.getString("requested_by")),
                new SubstitutionRequest.Decision(rs.getString("status"), decided, rs.getString("in_inspector")));
    }
}
