package io.fairdraw.disclosure.domain;

import io.fairdraw.inspection.InspectionEvents;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The publication queue (一公开): approved records as the inspection module reports them, awaiting a
 * REVIEWER's publication, published, corrected. The public side, published rows only, is
 * {@link PublishedResultRepository}.
 */
@Repository
class DisclosureRepository {

    private static final String RECORD_COLUMNS = "record_id, corrects_record_id, task_id, task_name, year, unit_code, "
            + "uscc, entity_name, field, inspection_date, approved_on, due_on, status, published_on, "
            + "corrected_by_record_id";

    private final JdbcClient jdbc;

    DisclosureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return false when the record was already known (the event is applied once) */
    boolean insertRecord(InspectionEvents.ResultApproved e, LocalDate dueOn) {
        int n = jdbc.sql("""
                INSERT INTO disclosure_record (record_id, corrects_record_id, visit_id, task_id, task_name, year,
                    unit_code, draw_id, uscc, entity_name, field, inspection_date, approved_at, approved_on, due_on,
                    status) VALUES (:recordId, :correctsRecordId, :visitId, :taskId, :taskName, :year, :unitCode,
                    :drawId, :uscc, :entityName, :field, :inspectionDate, :approvedAt, :approvedOn, :dueOn, 'PENDING')
                ON CONFLICT (record_id) DO NOTHING""")
                .paramSource(recordColumns(e)
                        .addValue("correctsRecordId", e.correctsRecordId())
                        .addValue("visitId", e.visitId())
                        .addValue("drawId", e.drawId())
                        .addValue("approvedAt", Timestamp.from(e.approvedAt()))
                        .addValue("approvedOn", e.approvedOn())
                        .addValue("dueOn", dueOn))
                .update();
        if (n == 0) {
            return false;
        }
        for (InspectionEvents.ItemResult i : e.items()) {
            jdbc.sql("""
                    INSERT INTO disclosure_result (record_id, task_id, task_name, year, unit_code, item_code,
                        item_version, item_name, uscc, entity_name, field, category, inspection_date)
                    VALUES (:recordId, :taskId, :taskName, :year, :unitCode, :itemCode, :itemVersion, :itemName,
                        :uscc, :entityName, :field, :category, :inspectionDate)""")
                    .paramSource(recordColumns(e)
                            .addValue("itemCode", i.itemCode())
                            .addValue("itemVersion", i.itemVersion())
                            .addValue("itemName", i.itemName())
                            .addValue("category", i.category().name()))
                    .update();
        }
        return true;
    }

    /** The columns a record and each of its item results share, by name. */
    private static MapSqlParameterSource recordColumns(InspectionEvents.ResultApproved e) {
        return new MapSqlParameterSource()
                .addValue("recordId", e.recordId())
                .addValue("taskId", e.taskId())
                .addValue("taskName", e.taskName())
                .addValue("year", e.year())
                .addValue("unitCode", e.unitCode())
                .addValue("uscc", e.uscc())
                .addValue("entityName", e.entityName())
                .addValue("field", e.field())
                .addValue("inspectionDate", e.inspectionDate());
    }

    /** A correction arrived before the corrected record was published: the old one will never be. */
    void supersedeIfPending(long recordId) {
        jdbc.sql("UPDATE disclosure_record SET status = 'SUPERSEDED' WHERE record_id = ? AND status = 'PENDING'")
                .param(recordId).update();
    }

    Optional<ApprovedRecord> lock(long recordId) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM disclosure_record WHERE record_id = ? FOR UPDATE")
                .param(recordId).query(DisclosureRepository::record).optional();
    }

    Optional<ApprovedRecord> find(long recordId) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM disclosure_record WHERE record_id = ?")
                .param(recordId).query(DisclosureRepository::record).optional();
    }

    void markPublished(long recordId, LocalDate on, Instant at, String by) {
        jdbc.sql("UPDATE disclosure_record SET status = 'PUBLISHED', published_on = ?, published_at = ?, "
                + "published_by = ? WHERE record_id = ?").params(on, Timestamp.from(at), by, recordId).update();
        jdbc.sql("UPDATE disclosure_result SET published_on = ? WHERE record_id = ?").params(on, recordId).update();
    }

    void markCorrected(long oldRecordId, long newRecordId) {
        jdbc.sql("UPDATE disclosure_record SET corrected_by_record_id = ? WHERE record_id = ?")
                .params(newRecordId, oldRecordId).update();
        jdbc.sql("UPDATE disclosure_result SET corrected_by_record_id = ? WHERE record_id = ?")
                .params(newRecordId, oldRecordId).update();
    }

    /** The unit whose results of this task are in the queue (one task, one unit: the plan's). */
    Optional<String> unitOfTask(long taskId) {
        return jdbc.sql("SELECT unit_code FROM disclosure_record WHERE task_id = ? LIMIT 1").param(taskId)
                .query(String.class).optional();
    }

    List<Long> pendingOfTask(long taskId, String unitCode) {
        return jdbc.sql("SELECT record_id FROM disclosure_record WHERE task_id = ? AND unit_code = ? "
                + "AND status = 'PENDING' ORDER BY record_id").params(taskId, unitCode).query(Long.class).list();
    }

    List<ApprovedRecord> pending(String unitCode) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM disclosure_record WHERE unit_code = ? "
                + "AND status = 'PENDING' ORDER BY due_on, task_id, record_id").param(unitCode)
                .query(DisclosureRepository::record).list();
    }

    List<ApprovedRecord> recentlyPublished(String unitCode, int limit) {
        return jdbc.sql("SELECT " + RECORD_COLUMNS + " FROM disclosure_record WHERE unit_code = ? "
                + "AND status = 'PUBLISHED' ORDER BY published_at DESC LIMIT ?").params(unitCode, limit)
                .query(DisclosureRepository::record).list();
    }

    /** Item results of records, for the reviewer's list (internal: may be unpublished). */
    List<PublicResult> itemsOf(List<Long> recordIds) {
        if (recordIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + PublishedResultRepository.RESULT_COLUMNS + " FROM disclosure_result WHERE record_id = ANY(?) ORDER BY id")
                .param(recordIds.toArray(Long[]::new)).query(PublishedResultRepository::result).list();
    }

    private static ApprovedRecord record(ResultSet rs, int row) throws SQLException {
        return new ApprovedRecord(rs.getLong("record_id"),
                new ApprovedRecord.Task(rs.getLong("task_id"), rs.getString("task_name"), rs.getInt("year"),
                        rs.getString("unit_code")),
                PublishedResultRepository.entity(rs),
                new ApprovedRecord.Dates(rs.getObject("inspection_date", LocalDate.class),
                        rs.getObject("approved_on", LocalDate.class), rs.getObject("due_on", LocalDate.class),
                        rs.getObject("published_on", LocalDate.class)),
                rs.getString("status"),
                new ApprovedRecord.Corrections(rs.getObject("corrects_record_id", Long.class),
                        rs.getObject("corrected_by_record_id", Long.class)));
    }

}
