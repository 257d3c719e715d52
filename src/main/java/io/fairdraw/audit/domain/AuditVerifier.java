package io.fairdraw.audit.domain;

import io.fairdraw.audit.AuditVerification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the whole chain from the table. The first entry whose sequence number, link to its
 * predecessor or own hash does not match is named, so an edit made behind the application's
 * back (trigger disabled by someone with database rights) is found and located.
 */
@Service
public class AuditVerifier {

    private final AuditRepository repository;
    private final LogVerifier fast;

    AuditVerifier(AuditRepository repository, LogVerifier fast) {
        this.repository = repository;
        this.fast = fast;
    }

    /** The chain check by the streaming, multi-threaded scan engine ({@link io.fairdraw.audit.scan.EntryScan}). */
    public AuditVerification verify() {
        return fast.verifyChain();
    }

    /** The same check row by row through {@link ChainCheck}: the reference the fast pass must agree with. */
    @Transactional(readOnly = true)
    public AuditVerification verifyByRows() {
        ChainCheck check = new ChainCheck();
        repository.forEachInOrder(check::accept);
        return check.result();
    }
}
