package io.fairdraw.audit.web;

import io.fairdraw.audit.AuditVerification;
import io.fairdraw.audit.MerkleVerification;
import io.fairdraw.audit.domain.AuditVerifier;
import io.fairdraw.audit.domain.LogQueries;
import io.fairdraw.audit.domain.LogVerifier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit/verify} — contract in DESIGN.md §5 — and, for AUDITOR/ADMIN, the Merkle
 * check and full entries (the leaf data of an inclusion proof; docs/transparency-log.md).
 */
@RestController
class AuditApiController {

    private final AuditVerifier verifier;
    private final LogVerifier logVerifier;
    private final LogQueries queries;

    AuditApiController(AuditVerifier verifier, LogVerifier logVerifier, LogQueries queries) {
        this.verifier = verifier;
        this.logVerifier = logVerifier;
        this.queries = queries;
    }

    @GetMapping("/api/v1/audit/verify/merkle")
    MerkleVerification verifyMerkle() {
        return logVerifier.verify();
    }

    @GetMapping("/api/v1/audit/entries/{seq}")
    ResponseEntity<LogQueries.AuditorEntry> entry(@PathVariable long seq) {
        return ResponseEntity.of(queries.auditorEntry(seq));
    }

    @GetMapping("/api/v1/audit/verify")
    AuditVerification verify() {
        return verifier.verify();
    }
}
