package io.fairdraw.audit.domain;

import io.fairdraw.audit.Checkpoint;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Signed checkpoints ({@code audit_checkpoint}) and their keys ({@code audit_log_key}). */
@Repository
class CheckpointRepository {

    record StoredKey(String keyId, String origin, byte[] publicKey, byte[] privateKey, Instant createdAt) {
    }

    private static final String COLUMNS = "tree_size, root, signed_at, key_id, signature, note";

    private final JdbcClient jdbc;

    CheckpointRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Transaction-scoped advisory lock: waits. */
    void lock(long key) {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(key).query().singleRow();
    }

    /** Transaction-scoped advisory lock: false at once when another session holds it. */
    boolean tryLock(long key) {
        return jdbc.sql("SELECT pg_try_advisory_xact_lock(?)").param(key).query(Boolean.class).single();
    }

    void insert(Checkpoint c) {
        jdbc.sql("INSERT INTO audit_checkpoint (" + COLUMNS + ") VALUES (?,?,?,?,?,?)")
                .params(c.size(), c.root(), Timestamp.from(c.time()), c.keyId(), c.signature(), c.note()).update();
    }

    Optional<Checkpoint> latest() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_checkpoint ORDER BY id DESC LIMIT 1")
                .query(CheckpointRepository::map).optional();
    }

    /** The latest checkpoint of exactly this size. */
    Optional<Checkpoint> ofSize(long size) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_checkpoint WHERE tree_size = ? ORDER BY id DESC LIMIT 1")
                .param(size).query(CheckpointRepository::map).optional();
    }

    List<Checkpoint> page(int offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_checkpoint ORDER BY id DESC LIMIT ? OFFSET ?")
                .params(limit, offset).query(CheckpointRepository::map).list();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM audit_checkpoint").query(Long.class).single();
    }

    void forEach(Consumer<Checkpoint> action) {
        jdbc.sql("SELECT " + COLUMNS + " FROM audit_checkpoint ORDER BY id").query(rs -> {
            action.accept(map(rs, 0));
        });
    }

    Optional<StoredKey> key(String keyId) {
        return jdbc.sql("SELECT key_id, origin, public_key, private_key, created_at FROM audit_log_key WHERE key_id = ?")
                .param(keyId).query(CheckpointRepository::mapKey).optional();
    }

    void insertKey(StoredKey k) {
        jdbc.sql("INSERT INTO audit_log_key (key_id, origin, public_key, private_key, created_at) "
                        + "VALUES (?,?,?,?,?) ON CONFLICT (key_id) DO NOTHING")
                .params(k.keyId(), k.origin(), k.publicKey(), k.privateKey(), Timestamp.from(k.createdAt())).update();
    }

    private static Checkpoint map(ResultSet rs, int row) throws SQLException {
        return new Checkpoint(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                rs.getString(5), rs.getString(6));
    }

    private static StoredKey mapKey(ResultSet rs, int row) throws SQLException {
        return new StoredKey(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getBytes(4),
                rs.getTimestamp(5).toInstant());
    }
}
