package io.fairdraw.audit.domain;

import io.fairdraw.audit.Checkpoint;
import io.fairdraw.audit.merkle.Ed25519Keys;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of the transparency log for the portal and for auditors. */
@Service
public class LogQueries {

    /**
     * One entry as the public sees it: its leaf hash always, its canonical text only when the entry
     * was recorded as disclosed (entries hold officials' names and addresses; DESIGN.md §2: the
     * public sees the portal, AUDITOR sees everything).
     */
    public record PublicEntry(long seq, long index, String leafHash, boolean disclosed, String entry) {
    }

    /** One entry as an auditor sees it: the canonical text is the leaf data and the chain input. */
    public record AuditorEntry(long seq, long index, String leafHash, String entry, String prevHash, String hash,
                               boolean disclosed) {
    }

    public record CheckpointPage(List<Checkpoint> items, long total, int page, int size) {
    }

    /** The published key: PEM (SubjectPublicKeyInfo) and the C2SP verifier key. */
    public record PublicKeyView(String keyId, String origin, String pem, String verifierKey) {
    }

    private final AuditRepository entries;
    private final MerkleTree tree;
    private final CheckpointRepository checkpoints;
    private final CheckpointKeys keys;

    LogQueries(AuditRepository entries, MerkleTree tree, CheckpointRepository checkpoints, CheckpointKeys keys) {
        this.entries = entries;
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.keys = keys;
    }

    @Transactional(readOnly = true)
    public Optional<PublicEntry> publicEntry(long seq) {
        Optional<Boolean> disclosed = seq < 1 ? Optional.empty() : entries.disclosed(seq);
        if (disclosed.isEmpty()) {
            return Optional.empty();
        }
        String text = disclosed.get() ? entries.find(seq).map(AuditChain::canonical).orElse(null) : null;
        return leaf(seq).map(leaf -> new PublicEntry(seq, seq - 1, leaf, disclosed.get(), text));
    }

    @Transactional(readOnly = true)
    public Optional<AuditorEntry> auditorEntry(long seq) {
        return entries.find(seq).flatMap(row -> leaf(seq).map(leaf -> new AuditorEntry(seq, seq - 1, leaf,
                AuditChain.canonical(row), row.prevHash(), row.hash(), entries.disclosed(seq).orElse(false))));
    }

    private Optional<String> leaf(long seq) {
        try {
            return Optional.of(HexFormat.of().formatHex(tree.inclusion(seq, seq).leaf()));
        } catch (MerkleTree.MissingNodes e) {
            return Optional.empty();
        }
    }

    @Transactional(readOnly = true)
    public CheckpointPage checkpoints(int page, int size) {
        int p = Math.max(0, page);
        int s = Math.min(Math.max(1, size), 500);
        return new CheckpointPage(checkpoints.page(p * s, s), checkpoints.count(), p, s);
    }

    @Transactional(readOnly = true)
    public Optional<Checkpoint> checkpointOfSize(long size) {
        return checkpoints.ofSize(size);
    }

    /** The key of the latest checkpoint (or of {@code keyId}); empty before the first checkpoint. */
    @Transactional(readOnly = true)
    public Optional<PublicKeyView> publicKey(String keyId) {
        String id = keyId != null ? keyId : checkpoints.latest().map(Checkpoint::keyId).orElse(null);
        return Optional.ofNullable(id).flatMap(checkpoints::key).map(k -> new PublicKeyView(k.keyId(), k.origin(),
                Ed25519Keys.pem(Ed25519Keys.publicKey(k.publicKey())), Ed25519Keys.verifierKey(k.origin(), k.publicKey())));
    }
}
