package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.Disposal;
import io.fairdraw.inspection.RecordStatus;
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
class RecordRepository {

    private static final String COLUMNS = "id, visit_id, corrects_record_id, status, inspection_date, entity_category, "
            + "confirmed_by, return_reason, created_by, created_at, updated_by, updated_at, submitted_by, submitted_at, "
            + "approved_by, approved_at, approved_on, version";

    private final JdbcClient jdbc;

    RecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<InspectionRecord> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_record WHERE id = ?").param(id)
                .query((rs, i) -> map(rs, items(rs.getLong(1)))).optional();
    }

    Optional<InspectionRecord> findForUpdate(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_record WHERE id = ? FOR UPDATE").param(id)
                .query((rs, i) -> map(rs, List.of())).optional()
                .map(r -> withItems(r, items(r.id())));
    }

    /** Records of a visit, newest first (the open one, then approved corrections and the original). */
    List<InspectionRecord> ofVisit(long visitId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_record WHERE visit_id = ? ORDER BY id DESC")
                .param(visitId).query((rs, i) -> map(rs, List.of())).list().stream()
                .map(r -> withItems(r, items(r.id()))).toList();
    }

    /** Status of the newest record per visit, for lists. */
    java.util.Map<Long, RecordStatus> latestStatus(Collection<Long> visitIds) {
        java.util.Map<Long, RecordStatus> out = new java.util.HashMap<>();
        jdbc.sql("SELECT DISTINCT ON (visit_id) visit_id, status FROM inspection_record WHERE visit_id = ANY(?) "
                        + "ORDER BY visit_id, id DESC")
                .param(visitIds.toArray(Long[]::new))
                .query((rs, i) -> out.put(rs.getLong(1), RecordStatus.valueOf(rs.getString(2)))).list();
        return out;
    }

    List<InspectionRecord> submittedAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM inspection_record WHERE status = 'SUBMITTED' ORDER BY submitted_at")
                .query((rs, i) -> map(rs, List.of())).list();
    }

    long insert(long visitId, Long correctsId, String actor, LocalDate date, ResultCategory entityCategory,
                List<RecordItem> items) {
        long id = jdbc.sql("INSERT INTO inspection_record (visit_id, corrects_record_id, status, inspection_date, "
                        + "entity_category, created_by, updated_by) VALUES (?, ?, 'DRAFT', ?, ?, ?, ?) RETURNING id")
                .params(visitId, correctsId, date == null ? null : Date.valueOf(date),
                        entityCategory == null ? null : entityCategory.name(), actor, actor)
                .query(Long.class).single();
        for (RecordItem i : items) {
            jdbc.sql("INSERT INTO inspection_record_item (record_id, item_code, item_version, item_name, owner_unit, "
                            + "legal_basis, sort, category, disposal, findings) VALUES (?,?,?,?,?,?,?,?,?,?)")
                    .params(id, i.itemCode(), i.itemVersion(), i.itemName(), i.ownerUnit(), i.legalBasis(), i.sort(),
                            name(i.category()), name(i.disposal()), i.findings())
                    .update();
        }
        return id;
    }

    /**
     * Saves the record as its methods left it: content, confirmations, status, submission and approval
     * (one version step; the row is locked by the caller). {@code editor} is the account that changed
     * the content or its status on the team's side, null for the reviewer's approval, which leaves
     * "last saved by/at" as the team left it.
     */
    void update(InspectionRecord r, String editor) {
        jdbc.sql("UPDATE inspection_record SET status = :status, inspection_date = :date, entity_category = :entity, "
                        + "confirmed_by = :confirmed, return_reason = :reason, submitted_by = :submittedBy, "
                        + "submitted_at = :submittedAt, approved_by = :approvedBy, approved_at = :approvedAt, "
                        + "approved_on = :approvedOn, updated_by = COALESCE(:editor, updated_by), "
                        + "updated_at = CASE WHEN CAST(:editor AS text) IS NULL THEN updated_at ELSE now() END, "
                        + "version = version + 1 WHERE id = :id")
                .param("status", r.status().name())
                .param("date", r.inspectionDate() == null ? null : Date.valueOf(r.inspectionDate()))
                .param("entity", name(r.entityCategory()))
                .param("confirmed", r.confirmedBy().toArray(String[]::new))
                .param("reason", r.returnReason())
                .param("submittedBy", r.submittedBy())
                .param("submittedAt", timestamp(r.submittedAt()))
                .param("approvedBy", r.approvedBy())
                .param("approvedAt", timestamp(r.approvedAt()))
                .param("approvedOn", r.approvedOn() == null ? null : Date.valueOf(r.approvedOn()))
                .param("editor", editor)
                .param("id", r.id())
                .update();
        for (RecordItem i : r.items()) {
            jdbc.sql("UPDATE inspection_record_item SET category = :category, disposal = :disposal, findings = :findings "
                            + "WHERE record_id = :record AND item_code = :item")
                    .param("category", name(i.category())).param("disposal", name(i.disposal()))
                    .param("findings", i.findings()).param("record", r.id()).param("item", i.itemCode()).update();
        }
    }

    List<RecordItem> items(long recordId) {
        return jdbc.sql("SELECT item_code, item_version, item_name, owner_unit, legal_basis, sort, category, disposal, "
                        + "findings FROM inspection_record_item WHERE record_id = ? ORDER BY sort, item_code")
                .param(recordId)
                .query((rs, i) -> new RecordItem(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getInt(6), category(rs.getString(7)), disposal(rs.getString(8)),
                        rs.getString(9)))
                .list();
    }

    // --- evidence ---

    long insertEvidence(long recordId, String itemCode, String fileName, String contentType, byte[] data,
                        String sha256, byte[] thumbnail, String actor) {
        return jdbc.sql("INSERT INTO inspection_evidence (record_id, item_code, file_name, content_type, size_bytes, "
                        + "sha256, data, thumbnail, uploaded_by) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id")
                .params(recordId, itemCode, fileName, contentType, data.length, sha256, data, thumbnail, actor)
                .query(Long.class).single();
    }

    List<Evidence> evidence(long recordId) {
        return jdbc.sql("SELECT id, record_id, item_code, file_name, content_type, size_bytes, sha256, "
                        + "thumbnail IS NOT NULL, uploaded_by, uploaded_at FROM inspection_evidence WHERE record_id = ? "
                        + "ORDER BY id")
                .param(recordId)
                .query((rs, i) -> new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getBoolean(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant()))
                .list();
    }

    Optional<Evidence> evidenceMeta(long id) {
        return jdbc.sql("SELECT id, record_id, item_code, file_name, content_type, size_bytes, sha256, "
                        + "thumbnail IS NOT NULL, uploaded_by, uploaded_at FROM inspection_evidence WHERE id = ?")
                .param(id)
                .query((rs, i) -> new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), rs.getBoolean(8), rs.getString(9),
                        rs.getTimestamp(10).toInstant()))
                .optional();
    }

    Optional<byte[]> evidenceBytes(long id, boolean thumbnail) {
        return jdbc.sql("SELECT " + (thumbnail ? "thumbnail" : "data") + " FROM inspection_evidence WHERE id = ?")
                .param(id).query((rs, i) -> rs.getBytes(1)).optional().filter(b -> b != null);
    }

    /** A correction starts with the evidence of the record it corrects (same files, same hashes). */
    void copyEvidence(long fromRecord, long toRecord) {
        jdbc.sql("INSERT INTO inspection_evidence (record_id, item_code, file_name, content_type, size_bytes, sha256, "
                        + "data, thumbnail, uploaded_by, uploaded_at, point_no) SELECT ?, item_code, file_name, content_type, "
                        + "size_bytes, sha256, data, thumbnail, uploaded_by, uploaded_at, point_no FROM inspection_evidence "
                        + "WHERE record_id = ? ORDER BY id")
                .params(toRecord, fromRecord).update();
    }

    void deleteEvidence(long id) {
        jdbc.sql("DELETE FROM inspection_evidence WHERE id = ?").param(id).update();
    }

    // --- account links ---

    Optional<String> inspectorOf(String username) {
        return jdbc.sql("SELECT inspector_id FROM inspection_account WHERE username = ?").param(username)
                .query(String.class).optional();
    }

    void link(String username, String inspectorId) {
        jdbc.sql("INSERT INTO inspection_account (username, inspector_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(username, inspectorId).update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM inspection_record").query(Long.class).single();
    }

    private static InspectionRecord withItems(InspectionRecord r, List<RecordItem> items) {
        return new InspectionRecord(r.id(), r.visitId(), r.correctsRecordId(), r.status(), r.inspectionDate(),
                r.entityCategory(), r.confirmedBy(), r.returnReason(), r.createdBy(), r.createdAt(), r.updatedBy(),
                r.updatedAt(), r.submittedBy(), r.submittedAt(), r.approvedBy(), r.approvedAt(), r.approvedOn(),
                r.version(), items);
    }

    private static InspectionRecord map(ResultSet rs, List<RecordItem> items) throws SQLException {
        Date date = rs.getDate(5);
        Date on = rs.getDate(17);
        return new InspectionRecord(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                RecordStatus.valueOf(rs.getString(4)), date == null ? null : date.toLocalDate(), category(rs.getString(6)),
                List.of((String[]) rs.getArray(7).getArray()), rs.getString(8), rs.getString(9), instant(rs, 10),
                rs.getString(11), instant(rs, 12), rs.getString(13), instant(rs, 14), rs.getString(15),
                instant(rs, 16), on == null ? null : on.toLocalDate(), rs.getInt(18), items);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static ResultCategory category(String s) {
        return s == null ? null : ResultCategory.valueOf(s);
    }

    private static Disposal disposal(String s) {
        return s == null ? null : Disposal.valueOf(s);
    }
}
