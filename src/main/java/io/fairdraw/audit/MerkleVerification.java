package io.fairdraw.audit;

/**
 * The result of recomputing the Merkle tree from the entries: {@code firstBadSeq} is the first
 * entry whose stored leaf hash is missing or differs from SHA-256(0x00 ‖ canonical text);
 * {@code firstBadNode} the first stored interior node ("level/index") that differs from the hash
 * of its children; {@code firstBadCheckpoint} the size of the first checkpoint whose signature or
 * root does not match the recomputed tree. {@code chain} is the hash-chain check of the same pass.
 */
public record MerkleVerification(boolean ok, long size, String root, Long firstBadSeq, String firstBadNode,
                                 long checkpoints, Long firstBadCheckpoint, AuditVerification chain) {
}
