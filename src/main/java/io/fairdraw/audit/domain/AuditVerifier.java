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

    AuditVerifier(AuditRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public AuditVerification verify() {
        var state = new Object() {
            long expectedSeq = 1;
            String prev = AuditChain.GENESIS;
            Long firstBad;
            long size;
        };
        repository.forEachInOrder(row -> {
            state.size++;
            if (state.firstBad == null) {
                String recomputed = AuditChain.hash(row.prevHash(), AuditChain.canonical(row));
                if (row.seq() != state.expectedSeq || !row.prevHash().equals(state.prev)
                        || !recomputed.equals(row.hash())) {
                    state.firstBad = row.seq() != state.expectedSeq ? state.expectedSeq : row.seq();
                }
            }
            state.expectedSeq = row.seq() + 1;
            state.prev = row.hash();
        });
        String root = state.size == 0 ? AuditChain.GENESIS : state.prev;
        return new AuditVerification(state.firstBad == null, state.size, root, state.firstBad);
    }
}
