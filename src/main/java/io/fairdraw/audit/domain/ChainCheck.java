package io.fairdraw.audit.domain;

import io.fairdraw.audit.AuditVerification;

/**
 * The chain rule checked entry by entry in sequence order: the first entry whose sequence number,
 * link to its predecessor or own hash does not match is named (a missing entry by its number).
 */
final class ChainCheck {

    private long expectedSeq = 1;
    private String prev = AuditChain.GENESIS;
    private Long firstBad;
    private long size;

    /** Checks one row; returns its canonical text for further use (the Merkle leaf). */
    String accept(AuditRow row) {
        size++;
        String canonical = AuditChain.canonical(row);
        if (firstBad == null) {
            String recomputed = AuditChain.hash(row.prevHash(), canonical);
            if (row.seq() != expectedSeq || !row.prevHash().equals(prev) || !recomputed.equals(row.hash())) {
                firstBad = row.seq() != expectedSeq ? expectedSeq : row.seq();
            }
        }
        expectedSeq = row.seq() + 1;
        prev = row.hash();
        return canonical;
    }

    AuditVerification result() {
        return new AuditVerification(firstBad == null, size, size == 0 ? AuditChain.GENESIS : prev, firstBad);
    }
}
