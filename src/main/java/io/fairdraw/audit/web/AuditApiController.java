package io.fairdraw.audit.web;

import io.fairdraw.audit.AuditVerification;
import io.fairdraw.audit.domain.AuditVerifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/audit/verify} — contract in DESIGN.md §5. */
@RestController
class AuditApiController {

    private final AuditVerifier verifier;

    AuditApiController(AuditVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/api/v1/audit/verify")
    AuditVerification verify() {
        return verifier.verify();
    }
}
