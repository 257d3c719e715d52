package io.fairdraw.credit.domain;

import io.fairdraw.registry.RiskClass;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code credit_source} and {@code credit_external_change} (issue 20 item 3). */
@Repository
class ExternalCreditRepository {

    private static final String CHANGE = "c.id, c.source_code, s.name, c.change_id, c.uscc, c.risk_class, c.effective_on, "
            + "c.reason, c.reference, c.channel, c.received_by, c.received_at, c.applied_at "
            + "FROM credit_external_change c JOIN credit_source s ON s.code = c.source_code ";

    private final JdbcClient jdbc;

    ExternalCreditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CreditSource> sources() {
        return jdbc.sql("SELECT code, name, created_by, updated_at FROM credit_source ORDER BY code")
                .query((rs, i) -> new CreditSource(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).list();
    }

    Optional<CreditSource> source(String code) {
        return jdbc.sql("SELECT code, name, created_by, updated_at FROM credit_source WHERE code = ?").param(code)
                .query((rs, i) -> new CreditSource(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())).optional();
    }

    Optional<String> secret(String code) {
        return jdbc.sql("SELECT secret FROM credit_source WHERE code = ?").param(code).query(String.class).optional();
    }

    /** Creates the source, or renames it and (when {@code secret} is given) replaces its secret. */
    void saveSource(String code, String name, String secret, String by) {
        jdbc.sql("INSERT INTO credit_source (code, name, secret, created_by) VALUES (?, ?, ?, ?) "
                        + "ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, "
                        + "secret = CASE WHEN ? THEN EXCLUDED.secret ELSE credit_source.secret END, updated_at = now()")
                .params(code, name, secret == null ? "" : secret, by, secret != null).update();
    }

    /** Inserts once per (source, change id); the new id, or empty when that change id exists. */
    Optional<Long> insert(String source, String changeId, String uscc, RiskClass cls, LocalDate effectiveOn,
                          String reason, String reference, String channel, String by) {
        return jdbc.sql("INSERT INTO credit_external_change (source_code, change_id, uscc, risk_class, effective_on, "
                        + "reason, reference, channel, received_by) VALUES (?,?,?,?,?,?,?,?,?) "
                        + "ON CONFLICT (source_code, change_id) DO NOTHING RETURNING id")
                .params(source, changeId, uscc, cls.name(), Date.valueOf(effectiveOn), reason,
                        reference == null || reference.isBlank() ? null : reference, channel, by)
                .query(Long.class).optional();
    }

    Optional<ExternalChange> find(String source, String changeId) {
        return jdbc.sql("SELECT " + CHANGE + "WHERE c.source_code = ? AND c.change_id = ?").params(source, changeId)
                .query(ExternalCreditRepository::change).optional();
    }

    Optional<ExternalChange> find(long id) {
        return jdbc.sql("SELECT " + CHANGE + "WHERE c.id = ?").param(id).query(ExternalCreditRepository::change).optional();
    }

    List<ExternalChange> recent(int limit) {
        return jdbc.sql("SELECT " + CHANGE + "ORDER BY c.received_at DESC, c.id DESC LIMIT ?").param(limit)
                .query(ExternalCreditRepository::change).list();
    }

    /** Changes not yet applied whose effective date has come, oldest first. */
    List<Long> due(LocalDate today) {
        return jdbc.sql("SELECT id FROM credit_external_change WHERE applied_at IS NULL AND effective_on <= ? "
                        + "ORDER BY effective_on, id").param(Date.valueOf(today)).query(Long.class).list();
    }

    void markApplied(long id) {
        jdbc.sql("UPDATE credit_external_change SET applied_at = now() WHERE id = ?").param(id).update();
    }

    /**
     * The external floor of an entity's class: of each source, its latest applied change (by
     * effective date); of those, the highest class. Empty when no source has classed the entity.
     */
    Optional<RiskClass> floor(String uscc) {
        return jdbc.sql("SELECT max(risk_class) FROM (SELECT DISTINCT ON (source_code) risk_class "
                        + "FROM credit_external_change WHERE uscc = ? AND applied_at IS NOT NULL "
                        + "ORDER BY source_code, effective_on DESC, id DESC) latest")
                .param(uscc).query(String.class).list().stream().filter(java.util.Objects::nonNull).findFirst()
                .map(RiskClass::valueOf);
    }

    private static ExternalChange change(ResultSet rs, int row) throws SQLException {
        java.sql.Timestamp applied = rs.getTimestamp(13);
        return new ExternalChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                RiskClass.valueOf(rs.getString(6)), rs.getDate(7).toLocalDate(), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11), rs.getTimestamp(12).toInstant(),
                applied == null ? null : applied.toInstant());
    }
}
