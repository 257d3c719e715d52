package io.fairdraw.organization.domain;

import io.fairdraw.organization.SubOffices.Office;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OfficeRepository {

    private static final String COLUMNS = "code, unit_code, name, active";

    private final JdbcClient jdbc;

    OfficeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Office> ofUnit(String unitCode) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_office WHERE unit_code = ? ORDER BY code").param(unitCode)
                .query(Office.class).list();
    }

    Optional<Office> find(String code) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM org_office WHERE code = ?").param(code).query(Office.class).optional();
    }

    boolean nameTaken(String unitCode, String name, String exceptCode) {
        return jdbc.sql("SELECT count(*) FROM org_office WHERE unit_code = ? AND name = ? AND code <> ?")
                .params(unitCode, name, exceptCode).query(Long.class).single() > 0;
    }

    void insert(Office o) {
        jdbc.sql("INSERT INTO org_office (code, unit_code, name, active) VALUES (?,?,?,?)")
                .params(o.code(), o.unitCode(), o.name(), o.active()).update();
    }

    void update(Office o) {
        jdbc.sql("UPDATE org_office SET name = ?, active = ?, updated_at = now() WHERE code = ?")
                .params(o.name(), o.active(), o.code()).update();
    }
}
