package io.fairdraw.audit.domain;

import io.fairdraw.audit.merkle.CompactRange;
import io.fairdraw.audit.merkle.NodeId;
import io.fairdraw.audit.merkle.TreeShape;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.LongFunction;
import org.postgresql.PGConnection;

/**
 * Fills the audit log to {@code target} entries with {@code COPY}, each row built by the
 * application's own chain ({@link AuditChain}) and tree ({@link MerkleTree}, {@link CompactRange})
 * code, so that {@code /api/v1/audit/verify} and the Merkle check pass on the result. Entry
 * {@code n} after the last stored one is stamped one microsecond after its predecessor. For
 * benchmarks only (bench/transparency-log, bench/pages), on plain JDBC so it also runs without the
 * application: the log must be quiescent (no pending entries, no running integrator).
 */
public final class AuditBulkLoad {

    /** What one entry says; its sequence number, time and hashes are filled in here. */
    public record Entry(String actor, String unitCode, String action, String targetType, String targetId,
                        String summary, String clientAddr) {
    }

    private static final HexFormat HEX = HexFormat.of();
    private static final int BATCH = 50_000;

    private AuditBulkLoad() {
    }

    /** Appends entries until the log holds {@code target}; returns how many were added. */
    public static long fill(Connection c, long target, LongFunction<Entry> entries) throws SQLException, IOException {
        long have;
        Instant lastAt;
        String prev;
        try (Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("SELECT count(*) FROM audit_pending")) {
                r.next();
                if (r.getLong(1) != 0) {
                    throw new IllegalStateException("audit_pending is not empty: stop the application cleanly first");
                }
            }
            try (ResultSet r = s.executeQuery("SELECT seq, at, hash FROM audit_entry ORDER BY seq DESC LIMIT 1")) {
                if (!r.next()) {
                    throw new IllegalStateException("the audit log is empty: start the application once first");
                }
                have = r.getLong(1);
                lastAt = r.getTimestamp(2).toInstant();
                prev = r.getString(3);
            }
        }
        CompactRange range;
        try (PreparedStatement q = c.prepareStatement("SELECT hash FROM audit_tree_node WHERE level = ? AND idx = ?")) {
            range = CompactRange.of(have, id -> node(q, id));
        }
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        for (long from = have + 1; from <= target; from += BATCH) {
            StringBuilder e = new StringBuilder(BATCH * 260);
            StringBuilder n = new StringBuilder(BATCH * 160);
            for (long seq = from; seq < Math.min(from + BATCH, target + 1); seq++) {
                Entry x = entries.apply(seq);
                AuditRow row = new AuditRow(seq, lastAt.plusNanos((seq - have) * 1000), x.actor(), x.unitCode(),
                        x.action(), x.targetType(), x.targetId(), x.summary(), x.clientAddr(), prev, "");
                String canonical = AuditChain.canonical(row);
                String hash = AuditChain.hash(prev, canonical);
                e.append(seq).append('\t').append(row.at());
                for (String f : new String[] {row.actor(), row.unitCode(), row.action(), row.targetType(),
                        row.targetId(), row.summary(), row.clientAddr(), prev, hash}) {
                    e.append('\t').append(copyText(f));
                }
                e.append("\tf\n");
                for (CompactRange.Node node : range.append(MerkleTree.leafHash(canonical))) {
                    n.append(node.id().level()).append('\t').append(node.id().index()).append("\t\\\\x")
                            .append(HEX.formatHex(node.hash())).append('\n');
                }
                prev = hash;
            }
            copy.copyIn("COPY audit_entry (seq, at, actor, unit_code, action, target_type, target_id, summary, "
                    + "client_addr, prev_hash, hash, disclosed) FROM STDIN", new StringReader(e.toString()));
            copy.copyIn("COPY audit_tree_node (level, idx, hash) FROM STDIN", new StringReader(n.toString()));
        }
        return Math.max(0, target - have);
    }

    private static byte[] node(PreparedStatement q, NodeId id) {
        try {
            q.setInt(1, id.level());
            q.setLong(2, id.index());
            try (ResultSet r = q.executeQuery()) {
                if (!r.next()) {
                    throw new IllegalStateException("tree node " + id + " missing: the tree lags the entries");
                }
                return r.getBytes(1);
            }
        } catch (SQLException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** COPY text format: backslash, tab and line breaks escaped. */
    private static String copyText(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('\t') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }
}
