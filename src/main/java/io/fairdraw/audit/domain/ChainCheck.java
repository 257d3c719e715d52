package io.fairdraw.audit.domain;

import io.fairdraw.audit.AuditVerification;

/**
 * The chain rule checked entry by entry in sequence order: the first entry whose sequence number,
 * link to its predecessor or own hash does not match is named (a missing entry by its number).
 */
public final class ChainCheck {

    private long expectedSeq = 1;
    private String prev = AuditChain.GENESIS;
    private Long firstBad;
    private long size;

    /** Checks one row; returns its canonical text for further use (the Merkle leaf). */
    public String accept(AuditRow row) {
        size++;
        String canonical = AuditChain.canonical(row);
        // The link is compared before the hash is recomputed: a linked prev_hash is a hash this
        // check already accepted (or GENESIS), so it is always 64 hex digits.
        if (firstBad == null && (row.seq() != expectedSeq || !row.prevHash().equals(prev)
                || !AuditChain.hash(row.prevHash(), canonical).equals(row.hash()))) {
            firstBad = row.seq() != expectedSeq ? expectedSeq : row.seq();
        }
        expectedSeq = row.seq() + 1;
        prev = row.hash();
        return canonical;
    }

    public AuditVerification result() {
        return new AuditVerification(firstBad == null, size, size == 0 ? AuditChain.GENESIS : prev, firstBad);
    }
}
