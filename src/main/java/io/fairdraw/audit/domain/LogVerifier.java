package io.fairdraw.audit.domain;

import io.fairdraw.audit.AuditVerification;
import io.fairdraw.audit.Checkpoint;
import io.fairdraw.audit.MerkleVerification;
import io.fairdraw.audit.merkle.CheckpointNote;
import io.fairdraw.audit.merkle.NodeId;
import io.fairdraw.audit.merkle.Rfc6962;
import io.fairdraw.audit.merkle.TreeShape;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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

    LogVerifier(AuditRepository entries, TreeRepository nodes, CheckpointRepository checkpoints,
                CheckpointKeys keys, PlatformTransactionManager transactions) {
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

        /** Level l+1 from level l: node(l+1, i) = H(0x01 ‖ node(l, 2i) ‖ node(l, 2i+1)). */
        void computeUpperLevels() {
            MessageDigest sha = sha256();
            for (int l = 1; l < level.length; l++) {
                byte[] below = level[l - 1];
                byte[] here = level[l];
                for (int i = 0; i < here.length; i += H) {
                    sha.update((byte) 0x01);
                    sha.update(below, 2 * i, 2 * H);
                    try {
                        sha.digest(here, i, H);
                    } catch (java.security.DigestException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }

        byte[] root(long size) {
            return size == 0 ? Rfc6962.emptyRoot() : Rfc6962.fold(TreeShape.root(size).stream().map(this::get).toList());
        }
    }

    public MerkleVerification verify() {
        long n = readOnly.execute(s -> Math.max(entries.maxSeq(), nodes.leafCount()));
        CompletableFuture<Levels> stored = CompletableFuture.supplyAsync(() -> readOnly.execute(s -> stored(n)));
        Levels recomputed = Levels.of(n);
        BitSet present = new BitSet();
        AuditVerification chain = readOnly.execute(s -> {
            ChainCheck check = new ChainCheck();
            MessageDigest sha = sha256();
            entries.forEachInRange(1, n, row -> {
                byte[] text = check.accept(row).getBytes(java.nio.charset.StandardCharsets.UTF_8);
                sha.update((byte) 0x00);
                sha.update(text);
                try {
                    sha.digest(recomputed.level()[0], Math.toIntExact((row.seq() - 1) * H), H);
                } catch (java.security.DigestException e) {
                    throw new IllegalStateException(e);
                }
                present.set(Math.toIntExact(row.seq() - 1));
            });
            return check.result();
        });
        recomputed.computeUpperLevels();
        Levels kept = stored.join();

        BitSet badLeaves = new BitSet();
        for (int i = 0; i < n; i++) {
            if (!present.get(i) || !Arrays.equals(recomputed.level()[0], i * H, i * H + H, kept.level()[0], i * H, i * H + H)) {
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
    }

    private Levels stored(long n) {
        Levels kept = Levels.of(n);
        nodes.forEachNode(n, (level, index, hash) -> {
            if (hash.length == H) {
                System.arraycopy(hash, 0, kept.level()[level], Math.toIntExact(index * H), H);
            }
        });
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
