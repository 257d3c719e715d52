package io.fairdraw.registry.domain;

import io.fairdraw.registry.EntityStatus;
import io.fairdraw.shared.SupervisionField;
import io.fairdraw.registry.RiskClass;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EntityRepository {

    static final String COLUMNS = "uscc, name, entity_type, field, unit_code, address, legal_rep, license_no, status, "
            + "risk_class, many_complaints, abnormal_operation, serious_dishonesty, created_at, created_by, "
            + "created_import, updated_at, updated_by, version";

    record Change(java.time.Instant at, String actor, String source, Long importId, String reason, String changes) {
    }

    private final JdbcClient jdbc;

    EntityRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<MarketEntity> find(String uscc) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registry_entity WHERE uscc = ?").param(uscc)
                .query(EntityRepository::map).optional();
    }

    Optional<MarketEntity> findForUpdate(String uscc) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registry_entity WHERE uscc = ? FOR UPDATE").param(uscc)
                .query(EntityRepository::map).optional();
    }

    List<MarketEntity> find(EntityFilter f, String[] readable, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = f.where(readable, params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM registry_entity WHERE " + where
                + " ORDER BY uscc LIMIT ? OFFSET ?").params(params).query(EntityRepository::map).list();
    }

    long count(EntityFilter f, String[] readable) {
        List<Object> params = new ArrayList<>();
        String where = f.where(readable, params);
        return jdbc.sql("SELECT count(*) FROM registry_entity WHERE " + where).params(params)
                .query(Long.class).single();
    }

    void forEach(EntityFilter f, String[] readable, Consumer<MarketEntity> consumer) {
        List<Object> params = new ArrayList<>();
        String where = f.where(readable, params);
        jdbc.sql("SELECT " + COLUMNS + " FROM registry_entity WHERE " + where + " ORDER BY uscc")
                .params(params).withFetchSize(5000).query(rs -> {
                    consumer.accept(map(rs, 0));
                });
    }

    void forEachInUnits(String[] units, Consumer<MarketEntity> consumer) {
        jdbc.sql("SELECT " + COLUMNS + " FROM registry_entity WHERE unit_code = ANY(?) ORDER BY uscc")
                .param(units).withFetchSize(5000).query(rs -> {
                    consumer.accept(map(rs, 0));
                });
    }

    List<io.fairdraw.registry.Registry.FieldCount> activeCountsByUnitAndField() {
        return jdbc.sql("SELECT unit_code, field, count(*) FROM registry_entity WHERE status = 'ACTIVE' "
                        + "GROUP BY unit_code, field ORDER BY unit_code, field")
                .query((rs, n) -> new io.fairdraw.registry.Registry.FieldCount(rs.getString(1),
                        io.fairdraw.shared.SupervisionField.valueOf(rs.getString(2)), rs.getLong(3))).list();
    }

    java.util.Map<String, io.fairdraw.shared.SupervisionField> fieldsOf(String[] usccs) {
        java.util.Map<String, io.fairdraw.shared.SupervisionField> out = new java.util.HashMap<>();
        jdbc.sql("SELECT uscc, field FROM registry_entity WHERE uscc = ANY(?)").param(usccs)
                .query(rs -> {
                    out.put(rs.getString(1), io.fairdraw.shared.SupervisionField.valueOf(rs.getString(2)));
                });
        return out;
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM registry_entity").query(Long.class).single();
    }

    void insert(MarketEntity e, String actor) {
        jdbc.sql("INSERT INTO registry_entity (uscc, name, entity_type, field, unit_code, address, legal_rep, "
                        + "license_no, status, risk_class, many_complaints, abnormal_operation, serious_dishonesty, "
                        + "created_by, updated_by) VALUES (:uscc, :name, :entityType, :field, :unitCode, :address, "
                        + ":legalRep, :licenseNo, :status, :riskClass, :manyComplaints, :abnormalOperation, "
                        + ":seriousDishonesty, :actor, :actor)")
                .paramSource(columns(e, actor))
                .update();
    }

    /** Optimistic: fails (returns false) when someone changed the entity since it was read. */
    boolean update(MarketEntity e, String actor) {
        return jdbc.sql("UPDATE registry_entity SET name = :name, entity_type = :entityType, field = :field, "
                        + "unit_code = :unitCode, address = :address, legal_rep = :legalRep, license_no = :licenseNo, "
                        + "status = :status, risk_class = :riskClass, many_complaints = :manyComplaints, "
                        + "abnormal_operation = :abnormalOperation, serious_dishonesty = :seriousDishonesty, "
                        + "updated_at = now(), updated_by = :actor, version = version + 1 "
                        + "WHERE uscc = :uscc AND version = :version")
                .paramSource(columns(e, actor).addValue("version", e.version()))
                .update() == 1;
    }

    /** The entity's own columns by name, shared by insert and update. */
    private static MapSqlParameterSource columns(MarketEntity e, String actor) {
        MarketEntity.Registration r = e.registration();
        MarketEntity.Standing s = e.standing();
        return new MapSqlParameterSource()
                .addValue("uscc", e.uscc())
                .addValue("name", r.name())
                .addValue("entityType", r.entityType())
                .addValue("field", r.field().name())
                .addValue("unitCode", r.unitCode())
                .addValue("address", r.address())
                .addValue("legalRep", r.legalRep())
                .addValue("licenseNo", r.licenseNo())
                .addValue("status", s.status().name())
                .addValue("riskClass", s.riskClass() == null ? null : s.riskClass().name())
                .addValue("manyComplaints", s.manyComplaints())
                .addValue("abnormalOperation", s.abnormalOperation())
                .addValue("seriousDishonesty", s.seriousDishonesty())
                .addValue("actor", actor);
    }

    void addChange(String uscc, String actor, String reason, String changesJson) {
        addChange(uscc, actor, SOURCE_MANUAL, reason, changesJson);
    }

    /** {@code source}: MANUAL (a person's edit) or CREDIT (the credit rules moved the class, issue 21 item 2). */
    void addChange(String uscc, String actor, String source, String reason, String changesJson) {
        jdbc.sql("INSERT INTO registry_entity_change (uscc, actor, source, reason, changes) "
                        + "VALUES (?, ?, ?, ?, ?::jsonb)")
                .params(uscc, actor, source, reason, changesJson).update();
    }

    static final String SOURCE_MANUAL = "MANUAL";
    static final String SOURCE_CREDIT = "CREDIT";

    List<Change> changes(String uscc) {
        return jdbc.sql("SELECT at, actor, source, import_id, reason, changes::text FROM registry_entity_change "
                        + "WHERE uscc = ? ORDER BY at DESC, id DESC")
                .param(uscc).query((rs, i) -> new Change(rs.getTimestamp(1).toInstant(), rs.getString(2),
                        rs.getString(3), (Long) rs.getObject(4), rs.getString(5), rs.getString(6))).list();
    }

    static MarketEntity map(ResultSet rs, int row) throws SQLException {
        String risk = rs.getString(10);
        MarketEntity.Registration registration = new MarketEntity.Registration(rs.getString(2), rs.getString(3),
                SupervisionField.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), rs.getString(7),
                rs.getString(8));
        MarketEntity.Standing standing = new MarketEntity.Standing(EntityStatus.valueOf(rs.getString(9)),
                risk == null ? null : RiskClass.valueOf(risk), rs.getBoolean(11), rs.getBoolean(12), rs.getBoolean(13));
        MarketEntity.Trail trail = new MarketEntity.Trail(rs.getTimestamp(14).toInstant(), rs.getString(15),
                (Long) rs.getObject(16), rs.getTimestamp(17).toInstant(), rs.getString(18), rs.getInt(19));
        return new MarketEntity(rs.getString(1), registration, standing, trail);
    }
}
