package io.fairdraw.draw.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The beacon sources (ADMIN's list) and each draw's declaration as announced. */
@Repository
class BeaconRepository {

    private final JdbcClient jdbc;

    BeaconRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<BeaconSource> sources() {
        return jdbc.sql("SELECT code, name, location, format, updated_at, updated_by FROM draw_beacon_source ORDER BY code")
                .query(BeaconRepository::source).list();
    }

    Optional<BeaconSource> source(String code) {
        return jdbc.sql("SELECT code, name, location, format, updated_at, updated_by FROM draw_beacon_source WHERE code = ?")
                .param(code).query(BeaconRepository::source).optional();
    }

    /** Inserts or replaces; true when the code is new. */
    boolean save(BeaconSource s) {
        boolean created = source(s.code()).isEmpty();
        jdbc.sql("INSERT INTO draw_beacon_source (code, name, location, format, updated_at, updated_by) VALUES (?,?,?,?,?,?) "
                        + "ON CONFLICT (code) DO UPDATE SET name = excluded.name, location = excluded.location, "
                        + "format = excluded.format, updated_at = excluded.updated_at, updated_by = excluded.updated_by")
                .params(s.code(), s.name(), s.location(), s.format(), Timestamp.from(s.updatedAt()), s.updatedBy()).update();
        return created;
    }

    void declare(String drawId, List<DeclaredBeacon> declared) {
        for (DeclaredBeacon d : declared) {
            jdbc.sql("INSERT INTO draw_beacon_declaration (draw_id, position, source_code, source_name, location, format, "
                            + "event, available_at) VALUES (?,?,?,?,?,?,?,?)")
                    .params(drawId, d.position(), d.sourceCode(), d.sourceName(), d.location(), d.format(), d.event(),
                            Timestamp.from(d.availableAt())).update();
        }
    }

    List<DeclaredBeacon> declaration(String drawId) {
        return jdbc.sql("SELECT position, source_code, source_name, location, format, event, available_at "
                        + "FROM draw_beacon_declaration WHERE draw_id = ? ORDER BY position").param(drawId)
                .query((rs, i) -> new DeclaredBeacon(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    private static BeaconSource source(ResultSet rs, int row) throws SQLException {
        return new BeaconSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6));
    }
}
