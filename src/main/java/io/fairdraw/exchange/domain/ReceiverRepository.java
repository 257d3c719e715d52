package io.fairdraw.exchange.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReceiverRepository {

    private static final String COLUMNS = "id, name, url, secret, enabled, types, timeout_ms, updated_at";

    private final JdbcClient jdbc;

    ReceiverRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Receiver> all() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exchange_receiver ORDER BY name").query(ReceiverRepository::map).list();
    }

    Optional<Receiver> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM exchange_receiver WHERE id = ?").param(id)
                .query(ReceiverRepository::map).optional();
    }

    boolean nameTaken(String name, Long exceptId) {
        return jdbc.sql("SELECT count(*) FROM exchange_receiver WHERE name = ? AND id IS DISTINCT FROM ?")
                .params(name, exceptId).query(Long.class).single() > 0;
    }

    long insert(String name, String url, String secret, boolean enabled, List<String> types, int timeoutMs, Instant at) {
        return jdbc.sql("INSERT INTO exchange_receiver (name, url, secret, enabled, types, timeout_ms, updated_at) "
                        + "VALUES (?,?,?,?,?,?,?) RETURNING id")
                .params(name, url, secret, enabled, types.toArray(String[]::new), timeoutMs, Timestamp.from(at))
                .query(Long.class).single();
    }

    void update(long id, String name, String url, String secret, boolean enabled, List<String> types, int timeoutMs,
                Instant at) {
        jdbc.sql("UPDATE exchange_receiver SET name = ?, url = ?, secret = ?, enabled = ?, types = ?, timeout_ms = ?, "
                        + "updated_at = ? WHERE id = ?")
                .params(name, url, secret, enabled, types.toArray(String[]::new), timeoutMs, Timestamp.from(at), id)
                .update();
    }

    private static Receiver map(ResultSet rs, int n) throws SQLException {
        return new Receiver(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getBoolean(5),
                Arrays.asList((String[]) rs.getArray(6).getArray()), rs.getInt(7), rs.getTimestamp(8).toInstant());
    }
}
