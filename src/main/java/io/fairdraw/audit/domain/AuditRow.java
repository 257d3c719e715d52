package io.fairdraw.audit.domain;

import java.time.Instant;

/** One stored entry of the audit log. */
public record AuditRow(long seq, Instant at, String actor, String unitCode, String action,
                       String targetType, String targetId, String summary, String clientAddr,
                       String prevHash, String hash) {
}
