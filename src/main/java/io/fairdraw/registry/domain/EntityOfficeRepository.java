package io.fairdraw.registry.domain;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which sub-office supervises which entity (所所交叉). A row counts only while the entity still
 * belongs to the office's unit (an entity moved to another unit leaves its old unit's office).
 */
@Repository
class EntityOfficeRepository {

    private final JdbcClient jdbc;

    EntityOfficeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> of(MarketEntity e) {
        return jdbc.sql("SELECT office_code FROM registry_entity_office WHERE uscc = ? AND unit_code = ?")
                .params(e.uscc(), e.unitCode()).query(String.class).optional();
    }

    /** USCC → office code for the entities of these units that have one. */
    Map<String, String> inUnits(String[] units) {
        Map<String, String> out = new HashMap<>();
        jdbc.sql("SELECT o.uscc, o.office_code FROM registry_entity_office o JOIN registry_entity e ON e.uscc = o.uscc "
                        + "AND e.unit_code = o.unit_code WHERE o.unit_code = ANY(?)").param(units)
                .query(rs -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    void set(String uscc, String unitCode, String officeCode, String actor) {
        jdbc.sql("INSERT INTO registry_entity_office (uscc, unit_code, office_code, updated_by) VALUES (?,?,?,?) "
                        + "ON CONFLICT (uscc) DO UPDATE SET unit_code = EXCLUDED.unit_code, office_code = EXCLUDED.office_code, "
                        + "updated_at = now(), updated_by = EXCLUDED.updated_by")
                .params(uscc, unitCode, officeCode, actor).update();
    }

    void clear(String uscc) {
        jdbc.sql("DELETE FROM registry_entity_office WHERE uscc = ?").param(uscc).update();
    }
}
