package io.fairdraw.audit.domain;

import io.fairdraw.audit.AuditVerification;
import io.fairdraw.audit.Checkpoint;
import io.fairdraw.audit.MerkleVerification;
import io.fairdraw.audit.merkle.CheckpointNote;
import io.fairdraw.audit.merkle.NodeId;
import io.fairdraw.audit.merkle.Rfc6962;
import io.fairdraw.audit.merkle.TreeShape;
import io.fairdraw.audit.scan.EntryScan;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Recomputes the chain and the Merkle tree from the entries and compares them with what is stored:
 * the leaf hash of every entry, every stored interior node and every signed checkpoint. An entry
 * altered with SQL is named twice — by the chain (its hash) and by the tree (its leaf) — and the
 * checkpoints signed after it no longer match; deleting the newest entries, which leaves a valid
 * shorter chain, still shows as leaves and checkpoints without entries.
 *
 * <p>The entries and the stored nodes are read in parallel on two connections, each bounded by the
 * size read first, so appends made meanwhile do not disturb the result.
 */
@Service
public class LogVerifier {

    private static final HexFormat HEX = HexFormat.of();
    private static final int H = Rfc6962.HASH_SIZE;

    private final AuditRepository entries;
    private final TreeRepository nodes;
    private final CheckpointRepository checkpoints;
    private final CheckpointKeys keys;
    private final TransactionTemplate readOnly;
    private final DataSource dataSource;

    LogVerifier(AuditRepository entries, TreeRepository nodes, CheckpointRepository checkpoints,
                CheckpointKeys keys, PlatformTransactionManager transactions, DataSource dataSource) {
        this.dataSource = dataSource;
        this.entries = entries;
        this.nodes = nodes;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
    }

    /** Hashes of the tree by level: level l holds n >> l perfect subtrees of 2^l leaves. */
    private record Levels(byte[][] level) {

        static Levels of(long n) {
            int height = n == 0 ? 0 : 64 - Long.numberOfLeadingZeros(n);
            byte[][] level = new byte[height][];
            for (int l = 0; l < height; l++) {
                level[l] = new byte[Math.toIntExact((n >> l) * H)];
            }
            return new Levels(level);
        }

        byte[] get(NodeId id) {
            int at = Math.toIntExact(id.index() * H);
            return Arrays.copyOfRange(level[id.level()], at, at + H);
        }

        /** Level l+1 from level l: node(l+1, i) = H(0x01 ‖ node(l, 2i) ‖ node(l, 2i+1)), split over threads. */
        void computeUpperLevels(ExecutorService pool, int threads) {
            for (int l = 1; l < level.length; l++) {
                byte[] below = level[l - 1];
                byte[] here = level[l];
                int nodes = here.length / H;
                int parts = nodes < 4096 ? 1 : threads;
                List<Future<?>> done = new ArrayList<>();
                for (int p = 0; p < parts; p++) {
                    int from = (int) ((long) nodes * p / parts);
                    int to = (int) ((long) nodes * (p + 1) / parts);
                    done.add(pool.submit(() -> hashNodes(below, here, from, to)));
                }
                done.forEach(LogVerifier::join);
            }
        }

        private static void hashNodes(byte[] below, byte[] here, int from, int to) {
            MessageDigest sha = sha256();
            for (int i = from * H; i < to * H; i += H) {
                sha.update((byte) 0x01);
                sha.update(below, 2 * i, 2 * H);
                try {
                    sha.digest(here, i, H);
                } catch (java.security.DigestException e) {
                    throw new IllegalStateException(e);
                }
            }
        }

        byte[] root(long size) {
            return size == 0 ? Rfc6962.emptyRoot() : Rfc6962.fold(TreeShape.root(size).stream().map(this::get).toList());
        }
    }

    public MerkleVerification verify() {
        long n = readOnly.execute(s -> Math.max(entries.maxSeq(), nodes.leafCount()));
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads + 1, daemon("log-verify"));
        try {
            // The stored nodes stream on a second connection while the entries are read and hashed.
            Future<Levels> stored = pool.submit(() -> readOnly.execute(s -> stored(n)));
            Levels recomputed = Levels.of(n);
            byte[] present = new byte[Math.toIntExact(n)];
            AuditVerification chain = readOnly.execute(s -> EntryCopy.scan(DataSourceUtils.getConnection(dataSource),
                    n, EntryScan.engine(pool, threads), n == 0 ? null : recomputed.level()[0], present,
                    this::canonicalOf));
            recomputed.computeUpperLevels(pool, threads);
            Levels kept = join(stored);

            BitSet badLeaves = new BitSet();
            for (int i = 0; i < n; i++) {
                if (present[i] == 0 || !Arrays.equals(recomputed.level()[0], i * H, i * H + H, kept.level()[0], i * H, i * H + H)) {
                    badLeaves.set(i);
                }
            }
            String badNode = firstBadNode(recomputed, kept, badLeaves);
            long[] checked = {0};
            Long badCheckpoint = firstBadCheckpoint(recomputed, n, checked);
            Long firstBadSeq = badLeaves.isEmpty() ? null : badLeaves.nextSetBit(0) + 1L;
            boolean ok = chain.ok() && firstBadSeq == null && badNode == null && badCheckpoint == null;
            return new MerkleVerification(ok, n, HEX.formatHex(recomputed.root(n)), firstBadSeq, badNode, checked[0],
                    badCheckpoint, chain);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The chain check alone (GET /api/v1/audit/verify), by the same fast pass. */
    public AuditVerification verifyChain() {
        long n = readOnly.execute(s -> entries.maxSeq());
        int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemon("chain-verify"));
        try {
            return readOnly.execute(s -> EntryCopy.scan(DataSourceUtils.getConnection(dataSource), n,
                    EntryScan.engine(pool, threads), null, null, this::canonicalOf));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The canonical text through JDBC: the slow path of the scan engine for unusual times. */
    private String canonicalOf(long seq) {
        return readOnly.execute(s -> entries.find(seq).map(AuditChain::canonical)
                .orElseThrow(() -> new IllegalStateException("entry " + seq + " vanished")));
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The stored nodes of the tree of n leaves, streamed as binary COPY (no row objects; no ORDER BY:
     * every node has its own place, so PostgreSQL can scan the table sequentially).
     */
    private Levels stored(long n) {
        Levels kept = Levels.of(n);
        String sql = "COPY (SELECT level, idx, hash FROM audit_tree_node WHERE idx < (" + n + "::bigint >> level)) "
                + "TO STDOUT (FORMAT binary)";
        Connection c = DataSourceUtils.getConnection(dataSource);
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(
                new PGCopyInputStream(c.unwrap(PGConnection.class), sql), 1 << 16))) {
            in.skipNBytes(11 + 4); // signature, flags
            in.skipNBytes(in.readInt()); // header extension
            byte[] hash = new byte[H];
            while (true) {
                short fields = in.readShort();
                if (fields == -1) {
                    break;
                }
                in.readInt();
                int level = in.readShort();
                in.readInt();
                long index = in.readLong();
                int len = in.readInt();
                if (len == H) {
                    in.readFully(hash);
                    if (level >= 0 && level < kept.level().length) {
                        System.arraycopy(hash, 0, kept.level()[level], Math.toIntExact(index * H), H);
                    }
                } else if (len > 0) {
                    in.skipNBytes(len); // a damaged node stays all zero, so it differs from the recomputed one
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return kept;
    }

    /**
     * The first stored interior node that differs from the recomputed one, ignoring nodes above a
     * bad leaf (those differ because of the leaf, which is already named).
     */
    private static String firstBadNode(Levels recomputed, Levels kept, BitSet badLeaves) {
        for (int l = 1; l < recomputed.level().length; l++) {
            byte[] want = recomputed.level()[l];
            byte[] have = kept.level()[l];
            for (int i = 0; i < want.length; i += H) {
                if (!Arrays.equals(want, i, i + H, have, i, i + H)) {
                    NodeId id = new NodeId(l, i / H);
                    int bad = badLeaves.nextSetBit(Math.toIntExact(id.start()));
                    if (bad < 0 || bad >= id.end()) {
                        return id.toString();
                    }
                }
            }
        }
        return null;
    }

    /** The size of the first checkpoint whose note, signature or root does not match the recomputed tree. */
    private Long firstBadCheckpoint(Levels recomputed, long n, long[] checked) {
        List<Checkpoint> all = new ArrayList<>();
        Map<String, Optional<PublicKey>> publicKeys = new HashMap<>();
        readOnly.executeWithoutResult(s -> {
            checkpoints.forEach(all::add);
            all.forEach(c -> publicKeys.computeIfAbsent(c.keyId(), keys::publicKey));
        });
        for (Checkpoint c : all) {
            checked[0]++;
            if (!valid(c, publicKeys.get(c.keyId()), recomputed, n)) {
                return c.size();
            }
        }
        return null;
    }

    private static boolean valid(Checkpoint c, Optional<PublicKey> key, Levels recomputed, long n) {
        try {
            CheckpointNote.Signed note = CheckpointNote.parse(c.note());
            return key.isPresent() && note.verify(key.get()) && note.checkpoint().size() == c.size()
                    && HEX.formatHex(note.checkpoint().root()).equals(c.root()) && c.size() <= n
                    && Arrays.equals(recomputed.root(c.size()), note.checkpoint().root());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
