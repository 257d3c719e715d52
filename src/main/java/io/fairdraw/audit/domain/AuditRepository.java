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

    /** An entry committed with its change and not yet chained ({@code audit_pending}). */
    record Pending(long id, AuditRow fields, boolean disclosed) {
    }

    /** Writes an entry in the caller's transaction, to be chained after commit; returns its pending id. */
    long insertPending(AuditRow r, boolean disclosed) {
        return jdbc.sql("INSERT INTO audit_pending (at, actor, unit_code, action, target_type, target_id, summary, "
                        + "client_addr, disclosed) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id")
                .params(Timestamp.from(r.at()), r.actor(), r.unitCode(), r.action(), r.targetType(), r.targetId(),
                        r.summary(), r.clientAddr(), disclosed)
                .query(Long.class).single();
    }

    /** The oldest committed pending entries; the caller holds the append lock. */
    List<Pending> pending(int limit) {
        return pending("SELECT " + PENDING + " FROM audit_pending ORDER BY id LIMIT ?", limit);
    }

    /**
     * Takes the append lock and reads the oldest pending entries in one round trip. The rows are
     * read with a snapshot that may predate the lock: another node may have chained some of them
     * meanwhile. {@link #appendBatch} notices (the last entry changed) and the caller reads again
     * with {@link #pending(int)}.
     */
    List<Pending> lockAndPending(int limit) {
        return pending("WITH " + LOCK + " "
                + "SELECT " + PENDING + " FROM l CROSS JOIN LATERAL (SELECT * FROM audit_pending ORDER BY id LIMIT ?) p "
                + "ORDER BY id", limit);
    }

    /**
     * The append lock and, for this transaction only, an asynchronous commit: a round's commit
     * does not wait for its WAL flush (docs/transparency-log.md, "Appending", durability: why a lost round is
     * harmless).
     */
    private static final String LOCK = "l AS MATERIALIZED (SELECT pg_advisory_xact_lock(" + APPEND_LOCK + ") AS locked, "
            + "set_config('synchronous_commit', 'off', true) AS async)";

    /** The table's last entry is still (lastSeq, lastHash): parameters lastSeq, lastSeq, lastSeq, lastHash. */
    private static final String TIP_UNCHANGED = "COALESCE((SELECT max(seq) FROM audit_entry), 0) = ? "
            + "AND (?::bigint = 0 OR EXISTS (SELECT 1 FROM audit_entry WHERE seq = ? AND hash = ?))";

    private static final String PENDING =
            "id, at, actor, unit_code, action, target_type, target_id, summary, client_addr, disclosed";

    private List<Pending> pending(String sql, int limit) {
        return jdbc.sql(sql)
                .param(limit)
                .query((rs, i) -> new Pending(rs.getLong(1), new AuditRow(0, rs.getTimestamp(2).toInstant(),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                        rs.getString(8), rs.getString(9), "", ""), rs.getBoolean(10)))
                .list();
    }

    /**
     * Chains a batch in one statement: inserts the entries and their tree nodes and deletes their
     * pending rows, only if the table's last entry is still (lastSeq, lastHash) — false when it is not
     * (another node appended; nothing is written). The caller holds the append lock, so this
     * statement's snapshot sees every committed append.
     */
    boolean appendBatch(List<AuditRow> rows, List<Boolean> disclosed, List<Long> pendingIds,
                        List<io.fairdraw.audit.merkle.CompactRange.Node> nodes, long lastSeq, String lastHash) {
        int n = rows.size();
        return jdbc.sql("WITH ok AS (SELECT 1 WHERE " + TIP_UNCHANGED + "), " + INSERTS + ", "
                        + "d AS (DELETE FROM audit_pending WHERE id = ANY (?::bigint[]) AND EXISTS (SELECT 1 FROM ok)) "
                        + "SELECT count(*) FROM e")
                .params(batchParams(rows, disclosed, pendingIds, nodes, lastSeq, lastHash))
                .query(Long.class).single() == n;
    }

    /**
     * The one-statement round: takes the append lock, and only if the last entry is still
     * (lastSeq, lastHash) and every pending row {@code pendingIds} is still there, inserts the
     * entries and nodes and deletes those rows; otherwise it fails ({@code audit_append_conflict}) and
     * writes nothing. Runs in autocommit, with an asynchronous commit.
     *
     * <p>The statement's snapshot is taken before the lock is granted, so it may miss an append that
     * another node committed while this one waited; the primary keys of {@code audit_entry} and
     * {@code audit_tree_node} then refuse the duplicate sequence numbers and the statement fails as
     * well. Either way the caller falls back to {@link #lockAndPending}.
     */
    void appendHandedOver(List<AuditRow> rows, List<Boolean> disclosed, List<Long> pendingIds,
                             List<io.fairdraw.audit.merkle.CompactRange.Node> nodes, long lastSeq, String lastHash) {
        List<Object> params = batchParams(rows, disclosed, pendingIds, nodes, lastSeq, lastHash);
        params.add(rows.size());
        params.add(pendingIds.size());
        jdbc.sql("WITH " + LOCK + ", ok AS (SELECT 1 FROM l WHERE " + TIP_UNCHANGED + "), "
                        + INSERTS + ", d AS (DELETE FROM audit_pending WHERE id = ANY (?::bigint[]) "
                        + "AND EXISTS (SELECT 1 FROM ok) RETURNING 1) "
                        + "SELECT CASE WHEN (SELECT count(*) FROM e) = ? AND (SELECT count(*) FROM d) = ? THEN true "
                        + "ELSE audit_append_conflict('the chain or the pending entries changed') END")
                .params(params).query(Boolean.class).single();
    }

    private static final String INSERTS = "e AS (INSERT INTO audit_entry (" + COLUMNS + ", disclosed) SELECT * FROM unnest(?::bigint[], "
            + "?::timestamptz[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::boolean[]) WHERE EXISTS (SELECT 1 FROM ok) RETURNING 1), "
            + "n AS (INSERT INTO audit_tree_node (level, idx, hash) SELECT l, i, decode(h, 'hex') "
            + "FROM unnest(?::smallint[], ?::bigint[], ?::text[]) AS v (l, i, h) WHERE EXISTS (SELECT 1 FROM ok))";

    /** Parameters of {@link #TIP_UNCHANGED}, of {@link #INSERTS} and the pending ids to delete, in order. */
    private static List<Object> batchParams(List<AuditRow> rows, List<Boolean> disclosed, List<Long> pendingIds,
                                            List<io.fairdraw.audit.merkle.CompactRange.Node> nodes, long lastSeq,
                                            String lastHash) {
        int n = rows.size();
        long[] seq = new long[n];
        String[] at = new String[n];
        String[][] text = new String[9][n];
        boolean[] disc = new boolean[n];
        for (int i = 0; i < n; i++) {
            AuditRow r = rows.get(i);
            seq[i] = r.seq();
            at[i] = r.at().toString();
            String[] f = {r.actor(), r.unitCode(), r.action(), r.targetType(), r.targetId(), r.summary(),
                    r.clientAddr(), r.prevHash(), r.hash()};
            for (int k = 0; k < 9; k++) {
                text[k][i] = f[k];
            }
            disc[i] = disclosed.get(i);
        }
        int[] level = new int[nodes.size()];
        long[] idx = new long[nodes.size()];
        String[] hash = new String[nodes.size()];
        for (int i = 0; i < nodes.size(); i++) {
            level[i] = nodes.get(i).id().level();
            idx[i] = nodes.get(i).id().index();
            hash[i] = java.util.HexFormat.of().formatHex(nodes.get(i).hash());
        }
        List<Object> params = new ArrayList<>();
        params.addAll(List.of(lastSeq, lastSeq, lastSeq, lastHash, seq, at));
        params.addAll(List.of((Object[]) text));
        params.addAll(List.of(disc, level, idx, hash, pendingIds.stream().mapToLong(Long::longValue).toArray()));
        return params;
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
