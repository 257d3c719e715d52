package io.fairdraw.credit.domain;

import io.fairdraw.registry.RiskClass;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CreditRepository {

    private static final String RECORD = "id, uscc, entity_name, inspection_record, unit_code, item_code, item_name, "
            + "category, severity, found_on, approved_on, superseded_by";

    private final JdbcClient jdbc;

    CreditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<CreditRule> rules() {
        return jdbc.sql("SELECT code, kind, category, severity, min_class, months, step FROM credit_rule ORDER BY sort, code")
                .query((rs, i) -> new CreditRule(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4) == null ? null : Severity.valueOf(rs.getString(4)),
                        rs.getString(5) == null ? null : RiskClass.valueOf(rs.getString(5)),
                        (Integer) rs.getObject(6), (Integer) rs.getObject(7)))
                .list();
    }

    /** Inserts once per (inspection record, item); returns the id, or null when it existed. */
    Long insertRecord(String uscc, String entityName, long inspectionRecord, String unitCode, String itemCode,
                      String itemName, String category, Severity severity, LocalDate foundOn, LocalDate approvedOn) {
        return jdbc.sql("INSERT INTO credit_record (uscc, entity_name, inspection_record, unit_code, item_code, item_name, "
                        + "category, severity, found_on, approved_on) VALUES (?,?,?,?,?,?,?,?,?,?) "
                        + "ON CONFLICT (inspection_record, item_code) DO NOTHING RETURNING id")
                .params(uscc, entityName, inspectionRecord, unitCode, itemCode, itemName, category, severity.name(),
                        Date.valueOf(foundOn), Date.valueOf(approvedOn))
                .query(Long.class).optional().orElse(null);
    }

    int supersede(long correctedRecord, long byRecord) {
        return jdbc.sql("UPDATE credit_record SET superseded_by = ? WHERE inspection_record = ? AND superseded_by IS NULL")
                .params(byRecord, correctedRecord).update();
    }

    List<CreditRecord> records(String uscc) {
        return jdbc.sql("SELECT " + RECORD + " FROM credit_record WHERE uscc = ? ORDER BY approved_on DESC, id DESC")
                .param(uscc).query(CreditRepository::record).list();
    }

    void insertChange(String uscc, RiskClass from, RiskClass to, String rule, Long creditRecordId, Long inspectionRecord) {
        jdbc.sql("INSERT INTO credit_class_change (uscc, from_class, to_class, rule_code, credit_record_id, "
                        + "inspection_record) VALUES (?,?,?,?,?,?)")
                .params(uscc, from == null ? null : from.name(), to.name(), rule, creditRecordId, inspectionRecord)
                .update();
    }

    /** issue 20 item 3: a class raised by an external credit change (外部信用). */
    void insertExternalChange(String uscc, RiskClass from, RiskClass to, long externalChange) {
        jdbc.sql("INSERT INTO credit_class_change (uscc, from_class, to_class, external_change_id) VALUES (?,?,?,?)")
                .params(uscc, from == null ? null : from.name(), to.name(), externalChange).update();
    }

    List<ClassChange> changes(String uscc) {
        return jdbc.sql("SELECT c.id, c.uscc, c.from_class, c.to_class, c.rule_code, c.credit_record_id, "
                        + "c.inspection_record, c.at, x.id, x.source_code, s.name, x.change_id, x.effective_on, x.reference "
                        + "FROM credit_class_change c LEFT JOIN credit_external_change x ON x.id = c.external_change_id "
                        + "LEFT JOIN credit_source s ON s.code = x.source_code "
                        + "WHERE c.uscc = ? ORDER BY c.at DESC, c.id DESC")
                .param(uscc)
                .query((rs, i) -> new ClassChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7), rs.getTimestamp(8).toInstant(),
                        rs.getObject(9) == null ? null : new ClassChange.External(rs.getLong(9), rs.getString(10),
                                rs.getString(11), rs.getString(12), rs.getDate(13).toLocalDate(), rs.getString(14))))
                .list();
    }

    /**
     * Entities the credit rules know (they have a record or a class change) whose last valid record
     * and last class change are both before {@code cutoff}: candidates for the CLEAN rule.
     */
    List<String> cleanSince(LocalDate cutoff) {
        return jdbc.sql("SELECT uscc FROM (SELECT uscc FROM credit_record UNION SELECT uscc FROM credit_class_change) k "
                        + "WHERE NOT EXISTS (SELECT 1 FROM credit_record r WHERE r.uscc = k.uscc AND r.superseded_by IS NULL "
                        + "AND r.approved_on >= ?) AND NOT EXISTS (SELECT 1 FROM credit_class_change c WHERE c.uscc = k.uscc "
                        + "AND c.at >= ?) ORDER BY uscc")
                .params(Date.valueOf(cutoff), Timestamp.valueOf(cutoff.atStartOfDay()))
                .query(String.class).list();
    }

    private static CreditRecord record(ResultSet rs, int row) throws SQLException {
        return new CreditRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8), Severity.valueOf(rs.getString(9)),
                rs.getDate(10).toLocalDate(), rs.getDate(11).toLocalDate(), (Long) rs.getObject(12));
    }
}
