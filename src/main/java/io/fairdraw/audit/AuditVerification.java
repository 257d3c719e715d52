package io.fairdraw.audit;

/** The result of re-computing the chain: the contract of {@code GET /api/v1/audit/verify}. */
public record AuditVerification(boolean ok, long size, String root, Long firstBadSeq) {
}
