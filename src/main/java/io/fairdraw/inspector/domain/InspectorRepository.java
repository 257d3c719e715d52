package io.fairdraw.inspector.domain;

import io.fairdraw.inspector.ConflictPair;
import io.fairdraw.inspector.Inspector;
import io.fairdraw.inspector.InspectorId;
import io.fairdraw.inspector.InspectorStatus;
import io.fairdraw.inspector.LeavePeriod;
import io.fairdraw.shared.SupervisionField;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class InspectorRepository {

    private static final String COLUMNS = "id, name, unit_code, certificate_no, certificate_expiry, specialties, status, "
            + "joint_pool, phone, id_number, sample, office_code";

    private final JdbcClient jdbc;

    InspectorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Filter(String text, String unit, InspectorStatus status, String[] units) {
    }

    Optional<InspectorDetails> find(String id) {
        return withLeaves(jdbc.sql("SELECT " + COLUMNS + " FROM inspector WHERE id = ?").param(id)
                .query(InspectorRepository::map).list()).stream().findFirst();
    }

    /** Every inspector of these units (null: all), with leaves; ordered by id. */
    List<InspectorDetails> all(String[] units) {
        return withLeaves(jdbc.sql("SELECT " + COLUMNS + " FROM inspector WHERE (?::text[] IS NULL OR unit_code = ANY(?::text[]))"
                + " ORDER BY id").params(units, units).query(InspectorRepository::map).list());
    }

    /** Inspectors of these units or in the joint pool, with leaves. */
    List<InspectorDetails> candidates(String[] units, boolean jointPool) {
        return withLeaves(jdbc.sql("SELECT " + COLUMNS + " FROM inspector WHERE unit_code = ANY(?::text[]) OR (? AND joint_pool)"
                + " ORDER BY id").params(units, jointPool).query(InspectorRepository::map).list());
    }

    List<InspectorDetails> search(Filter f, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        params.add(limit);
        params.add(offset);
        return withLeaves(jdbc.sql("SELECT " + COLUMNS + " FROM inspector" + where + " ORDER BY unit_code, id LIMIT ? OFFSET ?")
                .params(params).query(InspectorRepository::map).list());
    }

    long count(Filter f) {
        List<Object> params = new ArrayList<>();
        String where = where(f, params);
        return jdbc.sql("SELECT count(*) FROM inspector" + where).params(params).query(Long.class).single();
    }

    long countAll() {
        return jdbc.sql("SELECT count(*) FROM inspector").query(Long.class).single();
    }

    private static String where(Filter f, List<Object> params) {
        StringBuilder sb = new StringBuilder(" WHERE true");
        if (f.text() != null && !f.text().isBlank()) {
            sb.append(" AND (id ILIKE ? OR name ILIKE ? OR certificate_no ILIKE ?)");
            String like = "%" + f.text().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            params.addAll(List.of(like, like, like));
        }
        if (f.unit() != null && !f.unit().isBlank()) {
            sb.append(" AND unit_code = ?");
            params.add(f.unit());
        }
        if (f.status() != null) {
            sb.append(" AND status = ?");
            params.add(f.status().name());
        }
        if (f.units() != null) {
            sb.append(" AND unit_code = ANY(?::text[])");
            params.add(f.units());
        }
        return sb.toString();
    }

    List<String> jointPoolUnits() {
        return jdbc.sql("SELECT DISTINCT unit_code FROM inspector WHERE joint_pool ORDER BY unit_code").query(String.class).list();
    }

    /** The id of this unit's joint-pool inspector, if any. */
    Optional<String> jointPoolOf(String unitCode) {
        return jdbc.sql("SELECT id FROM inspector WHERE unit_code = ? AND joint_pool").param(unitCode)
                .query(String.class).optional();
    }

    void insert(InspectorDraft d, boolean sample) {
        jdbc.sql("INSERT INTO inspector (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(d.id(), d.name(), d.unitCode(), d.certificateNo(), date(d), fields(d), d.status().name(),
                        d.jointPool(), d.phone(), d.idNumber(), sample, d.storedOffice()).update();
    }

    void update(InspectorDraft d) {
        jdbc.sql("""
                UPDATE inspector SET name = ?, certificate_no = ?, certificate_expiry = ?, specialties = ?, status = ?,
                       joint_pool = ?, phone = ?, id_number = ?, office_code = ?, updated_at = now() WHERE id = ?""")
                .params(d.name(), d.certificateNo(), date(d), fields(d), d.status().name(), d.jointPool(), d.phone(),
                        d.idNumber(), d.storedOffice(), d.id()).update();
    }

    long addLeave(String inspectorId, LeavePeriod l) {
        return jdbc.sql("INSERT INTO inspector_leave (inspector_id, start_date, end_date, reason) VALUES (?,?,?,?) RETURNING id")
                .params(inspectorId, Date.valueOf(l.start()), Date.valueOf(l.end()), l.reason()).query(Long.class).single();
    }

    int deleteLeave(String inspectorId, long leaveId) {
        return jdbc.sql("DELETE FROM inspector_leave WHERE id = ? AND inspector_id = ?").params(leaveId, inspectorId).update();
    }

    record Conflict(long id, String inspectorId, String uscc, String reason) {
    }

    List<Conflict> conflictsOf(String inspectorId) {
        return jdbc.sql("SELECT id, inspector_id, uscc, reason FROM inspector_conflict WHERE inspector_id = ? ORDER BY uscc")
                .param(inspectorId).query(Conflict.class).list();
    }

    List<ConflictPair> conflictPairs(String[] inspectorIds) {
        return jdbc.sql("SELECT inspector_id, uscc FROM inspector_conflict WHERE inspector_id = ANY(?::text[])")
                .param(inspectorIds).query((rs, n) -> new ConflictPair(InspectorId.of(rs.getString(1)), rs.getString(2)))
                .list();
    }

    boolean conflictExists(String inspectorId, String uscc) {
        return jdbc.sql("SELECT count(*) FROM inspector_conflict WHERE inspector_id = ? AND uscc = ?")
                .params(inspectorId, uscc).query(Long.class).single() > 0;
    }

    void addConflict(String inspectorId, String uscc, String reason) {
        jdbc.sql("INSERT INTO inspector_conflict (inspector_id, uscc, reason) VALUES (?,?,?)")
                .params(inspectorId, uscc, reason).update();
    }

    Optional<Conflict> deleteConflict(String inspectorId, long conflictId) {
        return jdbc.sql("DELETE FROM inspector_conflict WHERE id = ? AND inspector_id = ? RETURNING id, inspector_id, uscc, reason")
                .params(conflictId, inspectorId).query(Conflict.class).optional();
    }

    private List<InspectorDetails> withLeaves(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<String, List<LeavePeriod>> leaves = jdbc.sql(
                        "SELECT inspector_id, id, start_date, end_date, reason FROM inspector_leave WHERE inspector_id = ANY(?::text[])"
                                + " ORDER BY start_date, id")
                .param(rows.stream().map(Row::id).toArray(String[]::new))
                .query((rs, n) -> Map.entry(rs.getString(1), new LeavePeriod(rs.getLong(2), rs.getDate(3).toLocalDate(),
                        rs.getDate(4).toLocalDate(), rs.getString(5))))
                .list().stream().collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        return rows.stream().map(r -> new InspectorDetails(new Inspector(InspectorId.of(r.id()), r.name(), r.unitCode(),
                r.certificateNo(), r.expiry() == null ? null : r.expiry().toLocalDate(), r.specialties(), r.status(),
                r.jointPool(), leaves.getOrDefault(r.id(), List.of()), r.officeCode()), r.phone(), r.idNumber(),
                r.sample())).toList();
    }

    private record Row(String id, String name, String unitCode, String certificateNo, Date expiry,
                       java.util.Set<SupervisionField> specialties, InspectorStatus status, boolean jointPool,
                       String phone, String idNumber, boolean sample, String officeCode) {
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDate(5),
                Arrays.stream((String[]) rs.getArray(6).getArray()).map(SupervisionField::valueOf)
                        .collect(Collectors.toCollection(() -> EnumSet.noneOf(SupervisionField.class))),
                InspectorStatus.valueOf(rs.getString(7)), rs.getBoolean(8), rs.getString(9), rs.getString(10),
                rs.getBoolean(11), rs.getString(12));
    }

    private static Date date(InspectorDraft d) {
        return d.certificateExpiry() == null ? null : Date.valueOf(d.certificateExpiry());
    }

    private static String[] fields(InspectorDraft d) {
        return d.specialties().stream().sorted().map(Enum::name).toArray(String[]::new);
    }

    /** A leave ending on or after {@code from}, recorded before {@code before} (substitution 请假). */
    boolean leaveRecorded(String inspectorId, java.time.LocalDate from, java.time.Instant before) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM inspector_leave WHERE inspector_id = ? AND end_date >= ? "
                + "AND created_at < ?)").params(inspectorId, Date.valueOf(from), java.sql.Timestamp.from(before))
                .query(Boolean.class).single();
    }
}
