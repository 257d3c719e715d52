package io.fairdraw.audit.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class AuditRepository {

    /** Key of the transaction-scoped advisory lock that serialises appends (no gaps, no forks). */
    private static final long APPEND_LOCK = 0x46444155444954L; // "FDAUDIT"

    private static final String COLUMNS =
            "seq, at, actor, unit_code, action, target_type, target_id, summary, client_addr, prev_hash, hash";

    private static final java.util.Map<Integer, String> CONDITIONAL_INSERTS =
            new java.util.concurrent.ConcurrentHashMap<>();

    private final JdbcClient jdbc;

    AuditRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void lockForAppend() {
        jdbc.sql("SELECT pg_advisory_xact_lock(?)").param(APPEND_LOCK).query().singleRow();
    }

    Optional<AuditRow> last() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq DESC LIMIT 1")
                .query(AuditRepository::map).optional();
    }

    void insert(AuditRow r, boolean disclosed) {
        jdbc.sql("INSERT INTO audit_entry (" + COLUMNS + ", disclosed) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(r.seq(), Timestamp.from(r.at()), r.actor(), r.unitCode(), r.action(),
                        r.targetType(), r.targetId(), r.summary(), r.clientAddr(), r.prevHash(), r.hash(), disclosed)
                .update();
    }

    /**
     * Inserts the entry and its tree nodes in one statement, only if the table's last entry is
     * still (lastSeq, lastHash); false when it is not (nothing is written). One round trip instead
     * of three keeps the time under the append lock short. The caller holds the append lock, so
     * this statement's snapshot sees every committed append. (Taking the lock inside this
     * statement would save a round trip but not work: the snapshot would predate the lock and
     * miss the append just committed by the previous holder, failing the check under contention.)
     */
    boolean insertIfLast(AuditRow r, boolean disclosed, long lastSeq, String lastHash,
                         List<io.fairdraw.audit.merkle.CompactRange.Node> nodes) {
        String sql = CONDITIONAL_INSERTS.computeIfAbsent(nodes.size(), n -> "WITH ok AS (SELECT 1 FROM audit_entry "
                + "WHERE seq = ? AND hash = ? AND NOT EXISTS (SELECT 1 FROM audit_entry WHERE seq > ?)), "
                + "e AS (INSERT INTO audit_entry (" + COLUMNS + ", disclosed) SELECT ?::bigint, ?::timestamptz, "
                + "?::text, ?::text, ?::text, ?::text, ?::text, ?::text, ?::text, ?::text, ?::text, ?::boolean FROM ok "
                + "RETURNING seq) INSERT INTO audit_tree_node (level, idx, hash) SELECT v.level, v.idx, v.hash FROM "
                + "(VALUES " + String.join(",", java.util.Collections.nCopies(n, "(?::smallint, ?::bigint, ?::bytea)"))
                + ") AS v (level, idx, hash) CROSS JOIN e");
        List<Object> params = new ArrayList<>(15 + nodes.size() * 3);
        params.addAll(List.of(lastSeq, lastHash, lastSeq, r.seq(), Timestamp.from(r.at()), r.actor(), r.unitCode(),
                r.action(), r.targetType(), r.targetId(), r.summary(), r.clientAddr(), r.prevHash(), r.hash(),
                disclosed));
        for (var n : nodes) {
            params.add(n.id().level());
            params.add(n.id().index());
            params.add(n.hash());
        }
        return jdbc.sql(sql).params(params).update() > 0;
    }

    Optional<AuditRow> find(long seq) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE seq = ?").param(seq)
                .query(AuditRepository::map).optional();
    }

    /** Whether the entry may be shown in full on the public portal (empty: no such entry). */
    Optional<Boolean> disclosed(long seq) {
        return jdbc.sql("SELECT disclosed FROM audit_entry WHERE seq = ?").param(seq).query(Boolean.class).optional();
    }

    long maxSeq() {
        return jdbc.sql("SELECT COALESCE(max(seq), 0) FROM audit_entry").query(Long.class).single();
    }

    /** Streams the entries with fromSeq ≤ seq ≤ toSeq in sequence order. */
    void forEachInRange(long fromSeq, long toSeq, Consumer<AuditRow> action) {
        jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry WHERE seq BETWEEN ? AND ? ORDER BY seq")
                .params(fromSeq, toSeq).withFetchSize(5000)
                .query(rs -> {
                    action.accept(map(rs, 0));
                });
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
    }

    /** Streams every entry in sequence order without holding them all in memory. */
    void forEachInOrder(Consumer<AuditRow> action) {
        jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry ORDER BY seq")
                .withFetchSize(5000)
                .query(rs -> {
                    action.accept(map(rs, 0));
                });
    }

    List<AuditRow> find(AuditFilter f, int offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = f.where(params);
        params.add(limit);
        params.add(offset);
        return jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + where + " ORDER BY seq DESC LIMIT ? OFFSET ?")
                .params(params).query(AuditRepository::map).list();
    }

    long count(AuditFilter f) {
        List<Object> params = new ArrayList<>();
        String where = f.where(params);
        return jdbc.sql("SELECT count(*) FROM audit_entry" + where).params(params).query(Long.class).single();
    }

    void forEachMatching(AuditFilter f, Consumer<AuditRow> action) {
        List<Object> params = new ArrayList<>();
        String where = f.where(params);
        jdbc.sql("SELECT " + COLUMNS + " FROM audit_entry" + where + " ORDER BY seq DESC")
                .params(params).withFetchSize(5000)
                .query(rs -> {
                    action.accept(map(rs, 0));
                });
    }

    private static AuditRow map(ResultSet rs, int row) throws SQLException {
        return new AuditRow(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8), rs.getString(9),
                rs.getString(10), rs.getString(11));
    }
}
