package io.fairdraw.disclosure.objection;

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

/** The objections table and the published records they concern (one module: disclosure). */
@Repository
class ObjectionRepository {

    private static final String COLUMNS = "o.id, o.record_id, d.task_name, o.unit_code, o.uscc, d.entity_name, "
            + "o.objector_name, o.contact, o.legal_rep, o.reason, o.file_name, o.content_type, o.size_bytes, o.sha256, "
            + "o.filed_on, o.answer_due, o.status, o.answer, o.answered_by, o.answered_on, o.correction_record_id";
    private static final String FROM = " FROM disclosure_objection o JOIN disclosure_record d ON d.record_id = o.record_id";

    private final JdbcClient jdbc;

    ObjectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The record if it is published (an objection concerns a public result only). */
    Optional<Objection.Result> published(long recordId) {
        return jdbc.sql("SELECT record_id, task_name, unit_code, uscc, entity_name FROM disclosure_record "
                        + "WHERE record_id = ? AND status = 'PUBLISHED'").param(recordId)
                .query((rs, i) -> new Objection.Result(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .optional();
    }

    /** The answer due date of the record's open objection, if it has one. */
    Optional<LocalDate> openDue(long recordId) {
        return jdbc.sql("SELECT answer_due FROM disclosure_objection WHERE record_id = ? AND status = 'OPEN'")
                .param(recordId).query(LocalDate.class).optional();
    }

    long insert(Objection.Result r, ObjectionFiling f, Objection.Attachment a, byte[] data, Instant at, LocalDate on,
                LocalDate due) {
        return jdbc.sql("""
                        INSERT INTO disclosure_objection (record_id, unit_code, uscc, objector_name, contact, legal_rep, reason,
                            file_name, content_type, size_bytes, sha256, data, filed_at, filed_on, answer_due, status)
                        VALUES (:record, :unit, :uscc, :name, :contact, :rep, :reason, :file, :type, :size, :sha, :data,
                            :at, :on, :due, 'OPEN') RETURNING id""")
                .param("record", r.recordId()).param("unit", r.unitCode()).param("uscc", r.uscc())
                .param("name", f.objectorName()).param("contact", f.contact()).param("rep", f.legalRepresentative())
                .param("reason", f.reason())
                .param("file", a == null ? null : a.fileName()).param("type", a == null ? null : a.contentType())
                .param("size", a == null ? null : a.sizeBytes()).param("sha", a == null ? null : a.sha256())
                .param("data", data)
                .param("at", Timestamp.from(at)).param("on", on).param("due", due)
                .query(Long.class).single();
    }

    Optional<Objection> find(long id, boolean forUpdate) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE o.id = ?" + (forUpdate ? " FOR UPDATE OF o" : ""))
                .param(id).query((rs, i) -> map(rs)).optional();
    }

    /** A unit's objections: open ones soonest due first, then the latest answered. */
    List<Objection> ofUnit(String unitCode, int answeredLimit) {
        return jdbc.sql("(SELECT " + COLUMNS + FROM + " WHERE o.unit_code = :unit AND o.status = 'OPEN' ORDER BY o.answer_due, o.id)"
                        + " UNION ALL (SELECT " + COLUMNS + FROM + " WHERE o.unit_code = :unit AND o.status <> 'OPEN'"
                        + " ORDER BY o.answered_at DESC LIMIT :limit)")
                .param("unit", unitCode).param("limit", answeredLimit).query((rs, i) -> map(rs)).list();
    }

    /** Every open objection, soonest due first (reminders, the workbench). */
    List<Objection> open() {
        return jdbc.sql("SELECT " + COLUMNS + FROM + " WHERE o.status = 'OPEN' ORDER BY o.answer_due, o.id")
                .query((rs, i) -> map(rs)).list();
    }

    void answer(long id, ObjectionStatus status, String text, String by, Instant at, LocalDate on, Long correction) {
        jdbc.sql("UPDATE disclosure_objection SET status = ?, answer = ?, answered_by = ?, answered_at = ?, answered_on = ?, "
                        + "correction_record_id = ? WHERE id = ? AND status = 'OPEN'")
                .params(status.name(), text, by, Timestamp.from(at), on, correction, id).update();
    }

    Optional<byte[]> data(long id) {
        return jdbc.sql("SELECT data FROM disclosure_objection WHERE id = ? AND data IS NOT NULL").param(id)
                .query(byte[].class).optional();
    }

    /** What the public sees of the objections of these records, oldest first. */
    List<PublicObjection> publicOf(Collection<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT o.record_id, o.filed_on, o.answer_due, o.status, o.answered_on, o.correction_record_id,
                            EXISTS (SELECT 1 FROM disclosure_record c WHERE c.record_id = o.correction_record_id
                                AND c.status = 'PUBLISHED') AS published
                        FROM disclosure_objection o WHERE o.record_id = ANY(:ids) ORDER BY o.record_id, o.id""")
                .param("ids", recordIds.toArray(Long[]::new))
                .query((rs, i) -> new PublicObjection(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalDate.class), ObjectionStatus.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class), (Long) rs.getObject(6), rs.getBoolean(7)))
                .list();
    }

    private static Objection map(ResultSet rs) throws SQLException {
        String file = rs.getString(11);
        ObjectionStatus status = ObjectionStatus.valueOf(rs.getString(17));
        return new Objection(rs.getLong(1),
                new Objection.Result(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6)),
                new Objection.Objector(rs.getString(7), rs.getString(8), rs.getString(9)), rs.getString(10),
                file == null ? null : new Objection.Attachment(file, rs.getString(12), rs.getInt(13), rs.getString(14)),
                rs.getObject(15, LocalDate.class), rs.getObject(16, LocalDate.class), status,
                status == ObjectionStatus.OPEN ? null : new Objection.Answer(rs.getString(18), rs.getString(19),
                        rs.getObject(20, LocalDate.class), (Long) rs.getObject(21)));
    }
}
