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
        return jdbc.sql("SELECT code, name, location, format, updated_at, updated_by FROM draw_beacon_source WHERE code = :code")
                .param("code", code).query(BeaconRepository::source).optional();
    }

    /** Inserts or replaces; true when the code is new. */
    boolean save(BeaconSource s) {
        boolean created = source(s.code()).isEmpty();
        jdbc.sql("INSERT INTO draw_beacon_source (code, name, location, format, updated_at, updated_by) "
                        + "VALUES (:code, :name, :location, :format, :updatedAt, :updatedBy) ON CONFLICT (code) DO UPDATE SET name = excluded.name, location = excluded.location, "
                        + "format = excluded.format, updated_at = excluded.updated_at, updated_by = excluded.updated_by")
                .param("code", s.code()).param("name", s.name()).param("location", s.location())
                .param("format", s.format()).param("updatedAt", Timestamp.from(s.updatedAt()))
                .param("updatedBy", s.updatedBy()).update();
        return created;
    }

    void declare(String drawId, List<DeclaredBeacon> declared) {
        for (DeclaredBeacon d : declared) {
            jdbc.sql("INSERT INTO draw_beacon_declaration (draw_id, position, source_code, source_name, location, format, "
                            + "event, available_at) VALUES (:drawId, :position, :sourceCode, :sourceName, :location, "
                            + ":format, :event, :availableAt)")
                    .param("drawId", drawId).param("position", d.position()).param("sourceCode", d.sourceCode())
                    .param("sourceName", d.sourceName()).param("location", d.location()).param("format", d.format())
                    .param("event", d.event()).param("availableAt", Timestamp.from(d.availableAt())).update();
        }
    }

    List<DeclaredBeacon> declaration(String drawId) {
        return jdbc.sql("SELECT position, source_code, source_name, location, format, event, available_at "
                        + "FROM draw_beacon_declaration WHERE draw_id = :drawId ORDER BY position")
                .param("drawId", drawId)
                .query((rs, i) -> new DeclaredBeacon(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant())).list();
    }

    private static BeaconSource source(ResultSet rs, int row) throws SQLException {
        return new BeaconSource(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), rs.getString(6));
    }
}
