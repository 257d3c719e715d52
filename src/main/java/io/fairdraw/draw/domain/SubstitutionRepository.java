package io.fairdraw.draw.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

    long insert(String drawId, String uscc, String out, SubstitutionReason reason, String text, Instant at, String by) {
        return jdbc.sql("INSERT INTO draw_substitution_request (draw_id, uscc, out_inspector, reason_code, reason_text, "
                        + "status, requested_at, requested_by) VALUES (?,?,?,?,?,'REQUESTED',?,?) RETURNING id")
                .params(drawId, uscc, out, reason.name(), text, Timestamp.from(at), by).query(Long.class).single();
    }

    Optional<SubstitutionRequest> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draw_substitution_request WHERE id = ?").param(id)
                .query(SubstitutionRepository::row).optional();
    }

    /** Whether this slot already has an open or approved request (each slot at most once). */
    boolean slotTaken(String drawId, String uscc, String out) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM draw_substitution_request WHERE draw_id = ? AND uscc = ? "
                + "AND out_inspector = ? AND status <> 'REFUSED')").params(drawId, uscc, out).query(Boolean.class).single();
    }

    void decide(long id, String status, Instant at, String by, String in) {
        jdbc.sql("UPDATE draw_substitution_request SET status = ?, decided_at = ?, decided_by = ?, in_inspector = ? "
                + "WHERE id = ? AND status = 'REQUESTED'").params(status, Timestamp.from(at), by, in, id).update();
    }

    List<SubstitutionRequest> forDraw(String drawId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM draw_substitution_request WHERE draw_id = ? ORDER BY id")
                .param(drawId).query(SubstitutionRepository::row).list();
    }

    private static SubstitutionRequest row(ResultSet rs, int i) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new SubstitutionRequest(rs.getLong("id"), rs.getString("draw_id"), rs.getString("uscc"),
                rs.getString("out_inspector"), SubstitutionReason.valueOf(rs.getString("reason_code")),
                rs.getString("reason_text"), rs.getString("status"), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("requested_by"), decided == null ? null : decided.toInstant(), rs.getString("decided_by"),
                rs.getString("in_inspector"));
    }
}
