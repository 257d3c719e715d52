package io.fairdraw.audit;

import java.util.Optional;

/**
 * The audit log as an RFC 6962 transparency log (docs/transparency-log.md): every entry is a leaf
 * of a Merkle tree whose signed checkpoints are published on the portal, so anyone can check that
 * an entry is in the log and that the log only grows. Entry {@code seq} is leaf {@code seq − 1}.
 *
 * <p>A module whose decision must be publicly provable (a draw announced, a draw executed) records
 * it with {@link #recordPublic} and calls {@link #checkpointAfterCommit()} in the same transaction.
 */
public interface TransparencyLog {

    /**
     * Same as {@link AuditLog#record}: joins the caller's transaction; returns the sequence number
     * without a transaction, 0 inside one (assigned at commit).
     */
    long record(AuditEvent event);

    /**
     * Records an entry whose canonical text the portal shows in full (so the public can check its
     * inclusion proof itself). It is recorded without the client address; keep personal data out
     * of its summary.
     */
    long recordPublic(AuditEvent event);

    /**
     * Signs a checkpoint of the entries committed so far, in a transaction of its own: entries of
     * a transaction still open are not covered (use {@link #checkpointAfterCommit()} there).
     */
    Checkpoint checkpoint();

    /** Signs a checkpoint once the current transaction has committed (at once without one). */
    void checkpointAfterCommit();

    Optional<Checkpoint> latestCheckpoint();

    /** Entries in the tree. */
    long size();

    /** Proof that entry {@code seq} is among the first {@code treeSize} entries. */
    InclusionProof inclusionProof(long seq, long treeSize);

    /** Proof that the tree of {@code from} entries is a prefix of the tree of {@code to} entries. */
    ConsistencyProof consistencyProof(long from, long to);
}
