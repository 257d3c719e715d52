package io.fairdraw.organization.domain;

import io.fairdraw.organization.UnitKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class UnitRepository {

    private static final String COLUMNS = "code, name, parent_code, kind, contact_phone, address, active";

    private final JdbcClient jdbc;

    UnitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Unit> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit ORDER BY code").query(UnitRepository::map).list();
    }

    Optional<Unit> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_unit WHERE code = ?").param(code)
                .query(UnitRepository::map).optional();
    }

    boolean exists(String code) {
        return jdbc.sql("SELECT count(*) FROM org_unit WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    void insert(Unit u) {
        jdbc.sql("INSERT INTO org_unit (" + COLUMNS + ") VALUES (?,?,?,?,?,?,?)")
                .params(u.code(), u.name(), u.parentCode(), u.kind().name(), u.contactPhone(), u.address(), u.active())
                .update();
    }

    void update(Unit u) {
        jdbc.sql("""
                UPDATE org_unit SET name = ?, parent_code = ?, kind = ?, contact_phone = ?, address = ?,
                       active = ?, updated_at = now() WHERE code = ?""")
                .params(u.name(), u.parentCode(), u.kind().name(), u.contactPhone(), u.address(), u.active(), u.code())
                .update();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM org_unit").query(Long.class).single();
    }

    List<Unit> withoutLiaison() {
        return jdbc.sql("""
                SELECT %s FROM org_unit u WHERE u.active AND NOT EXISTS (
                  SELECT 1 FROM org_account a JOIN org_account_role r ON r.account_id = a.id
                  WHERE a.unit_code = u.code AND a.enabled AND r.role = 'LIAISON')
                ORDER BY code""".formatted(COLUMNS)).query(UnitRepository::map).list();
    }

    /** Display names of each unit's enabled liaisons (联络员). */
    java.util.Map<String, List<String>> liaisons() {
        java.util.Map<String, List<String>> out = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT a.unit_code, a.display_name FROM org_account a
                JOIN org_account_role r ON r.account_id = a.id
                WHERE a.enabled AND r.role = 'LIAISON' ORDER BY a.unit_code, a.display_name""")
                .query(rs -> {
                    out.computeIfAbsent(rs.getString(1), k -> new java.util.ArrayList<>()).add(rs.getString(2));
                });
        return out;
    }

    private static Unit map(ResultSet rs, int row) throws SQLException {
        return new Unit(rs.getString(1), rs.getString(2), rs.getString(3), UnitKind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getString(6), rs.getBoolean(7));
    }
}
