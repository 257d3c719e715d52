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
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RecordRepository {

    private static final String COLUMNS = "id, visit_id, corrects_record_id, status, inspection_date, entity_category, "
            + "confirmed_by, return_reason, created_by, created_at, updated_by, updated_at, submitted_by, submitted_at, "
            + "approved_by, approved_at, approved_on, version";

    private static final String ITEM_COLUMNS = "item_code, item_version, item_name, owner_unit, legal_basis, sort, "
            + "category, disposal, findings";

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
                .map(r -> r.withItems(items(r.id())));
    }

    /**
     * Records of a visit, newest first (the open one, then approved corrections and the original),
     * with their items: one query whatever the number of records (issue 22 item 4).
     */
    List<InspectionRecord> ofVisit(long visitId) {
        Map<Long, InspectionRecord> found = new LinkedHashMap<>();
        Map<Long, List<RecordItem>> items = new HashMap<>();
        jdbc.sql("SELECT " + COLUMNS.replaceAll("(^|, )", "$1r.") + ", " + ITEM_COLUMNS.replaceAll("(^|, )", "$1i.")
                        + " FROM inspection_record r LEFT JOIN inspection_record_item i ON i.record_id = r.id "
                        + "WHERE r.visit_id = :visit ORDER BY r.id DESC, i.sort, i.item_code")
                .param("visit", visitId)
                .query(rs -> {
                    long id = rs.getLong(1);
                    if (!found.containsKey(id)) {
                        found.put(id, map(rs, List.of()));
                    }
                    if (rs.getString(19) != null) {
                        items.computeIfAbsent(id, k -> new ArrayList<>()).add(item(rs, 19));
                    }
                });
        return found.values().stream().map(r -> r.withItems(items.getOrDefault(r.id(), List.of()))).toList();
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

    long insert(long visitId, Long correctsId, String actor, LocalDate date, ResultCategory entityCategory,
                List<RecordItem> items) {
        long id = jdbc.sql("INSERT INTO inspection_record (visit_id, corrects_record_id, status, inspection_date, "
                        + "entity_category, created_by, updated_by) VALUES (:visit, :corrects, 'DRAFT', :date, :entity, "
                        + ":actor, :actor) RETURNING id")
                .param("visit", visitId)
                .param("corrects", correctsId)
                .param("date", date == null ? null : Date.valueOf(date))
                .param("entity", name(entityCategory))
                .param("actor", actor)
                .query(Long.class).single();
        for (RecordItem i : items) {
            jdbc.sql("INSERT INTO inspection_record_item (" + ITEM_COLUMNS + ", record_id) VALUES (:itemCode, "
                            + ":itemVersion, :itemName, :ownerUnit, :legalBasis, :sort, :category, :disposal, :findings, "
                            + ":record)")
                    .param("itemCode", i.itemCode())
                    .param("itemVersion", i.itemVersion())
                    .param("itemName", i.itemName())
                    .param("ownerUnit", i.ownerUnit())
                    .param("legalBasis", i.legalBasis())
                    .param("sort", i.sort())
                    .param("category", name(i.category()))
                    .param("disposal", name(i.disposal()))
                    .param("findings", i.findings())
                    .param("record", id)
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
        return jdbc.sql("SELECT " + ITEM_COLUMNS + " FROM inspection_record_item WHERE record_id = :record "
                        + "ORDER BY sort, item_code")
                .param("record", recordId)
                .query((rs, n) -> item(rs, 1))
                .list();
    }

    private static RecordItem item(ResultSet rs, int first) throws SQLException {
        int c = first;
        return new RecordItem(rs.getString(c), rs.getInt(c + 1), rs.getString(c + 2), rs.getString(c + 3),
                rs.getString(c + 4), rs.getInt(c + 5), category(rs.getString(c + 6)), disposal(rs.getString(c + 7)),
                rs.getString(c + 8));
    }

    // --- evidence ---

    long insertEvidence(long recordId, String itemCode, String fileName, String contentType, byte[] data,
                        String sha256, byte[] thumbnail, String actor) {
        return jdbc.sql("INSERT INTO inspection_evidence (record_id, item_code, file_name, content_type, size_bytes, "
                        + "sha256, data, thumbnail, uploaded_by) VALUES (:record, :itemCode, :fileName, :contentType, "
                        + ":size, :sha256, :data, :thumbnail, :actor) RETURNING id")
                .param("record", recordId)
                .param("itemCode", itemCode)
                .param("fileName", fileName)
                .param("contentType", contentType)
                .param("size", data.length)
                .param("sha256", sha256)
                .param("data", data)
                .param("thumbnail", thumbnail)
                .param("actor", actor)
                .query(Long.class).single();
    }

    List<Evidence> evidence(long recordId) {
        return jdbc.sql("SELECT id, record_id, item_code, file_name, content_type, size_bytes, sha256, "
                        + "thumbnail IS NOT NULL, uploaded_by, uploaded_at FROM inspection_evidence WHERE record_id = ? "
                        + "ORDER BY id")
                .param(recordId)
                .query((rs, i) -> evidence(rs))
                .list();
    }

    /**
     * The evidence of every record of a visit, by record, and which files belong to a 检查表 point
     * ({@code id -> itemCode#no}): one query whatever the number of records.
     */
    VisitEvidence evidenceOfVisit(long visitId) {
        Map<Long, List<Evidence>> byRecord = new LinkedHashMap<>();
        Map<Long, String> points = new HashMap<>();
        jdbc.sql("SELECT e.id, e.record_id, e.item_code, e.file_name, e.content_type, e.size_bytes, e.sha256, "
                        + "e.thumbnail IS NOT NULL, e.uploaded_by, e.uploaded_at, e.item_code || '#' || e.point_no "
                        + "FROM inspection_evidence e JOIN inspection_record r ON r.id = e.record_id "
                        + "WHERE r.visit_id = :visit ORDER BY e.id")
                .param("visit", visitId)
                .query(rs -> {
                    Evidence e = evidence(rs);
                    byRecord.computeIfAbsent(e.recordId(), k -> new ArrayList<>()).add(e);
                    if (rs.getString(11) != null) {
                        points.put(e.id(), rs.getString(11));
                    }
                });
        return new VisitEvidence(byRecord, points);
    }

    record VisitEvidence(Map<Long, List<Evidence>> byRecord, Map<Long, String> pointKeys) {
    }

    private static Evidence evidence(ResultSet rs) throws SQLException {
        return new Evidence(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getBoolean(8), rs.getString(9), rs.getTimestamp(10).toInstant());
    }

    Optional<Evidence> evidenceMeta(long id) {
        return jdbc.sql("SELECT id, record_id, item_code, file_name, content_type, size_bytes, sha256, "
                        + "thumbnail IS NOT NULL, uploaded_by, uploaded_at FROM inspection_evidence WHERE id = ?")
                .param(id)
                .query((rs, i) -> evidence(rs))
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

    private static InspectionRecord map(ResultSet rs, List<RecordItem> items) throws SQLException {
        Date date = rs.getDate(5);
        Date on = rs.getDate(17);
        InspectionRecord.Content content = new InspectionRecord.Content(date == null ? null : date.toLocalDate(),
                category(rs.getString(6)), items);
        InspectionRecord.Trail trail = new InspectionRecord.Trail(stamp(rs, 9), stamp(rs, 11), stamp(rs, 13),
                stamp(rs, 15), on == null ? null : on.toLocalDate());
        return new InspectionRecord(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                RecordStatus.valueOf(rs.getString(4)), content, List.of((String[]) rs.getArray(7).getArray()),
                rs.getString(8), trail, rs.getInt(18));
    }

    /** Who and when from two columns in a row (by, at). */
    private static InspectionRecord.Stamp stamp(ResultSet rs, int byColumn) throws SQLException {
        return new InspectionRecord.Stamp(rs.getString(byColumn), instant(rs, byColumn + 1));
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
