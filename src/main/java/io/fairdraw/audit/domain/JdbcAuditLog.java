package io.fairdraw.audit.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class JdbcAuditLog implements AuditLog {

    private static final int MAX_FIELD = 2000;

    private final AuditRepository repository;
    private final MerkleTree tree;
    private final Clock clock;

    JdbcAuditLog(AuditRepository repository, MerkleTree tree, Clock clock) {
        this.repository = repository;
        this.tree = tree;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long record(AuditEvent e) {
        return append(e, false);
    }

    /**
     * Appends to the chain and the Merkle tree in the caller's transaction (which must exist). A
     * disclosed entry is shown in full on the portal, so it is recorded without the client address
     * (an official's network address is personal data).
     */
    public long append(AuditEvent e, boolean disclosed) {
        Optional<Actor> current = Actor.current();
        String actor = e.actor() != null ? e.actor() : current.map(Actor::username).orElse("system");
        String unit = e.unitCode() != null ? e.unitCode() : current.map(Actor::unitCode).orElse("");
        repository.lockForAppend();
        Optional<AuditRow> last = repository.last();
        long seq = last.map(r -> r.seq() + 1).orElse(1L);
        String prev = last.map(AuditRow::hash).orElse(AuditChain.GENESIS);
        // Never earlier than the previous entry, so time order and sequence order agree.
        Instant at = AuditChain.truncate(Instant.now(clock));
        if (last.isPresent() && at.isBefore(last.get().at())) {
            at = last.get().at();
        }
        AuditRow draft = new AuditRow(seq, at, clip(actor), clip(unit), clip(e.action()), clip(e.targetType()),
                clip(e.targetId()), clip(e.summary()), disclosed ? "" : clientAddress(), prev, "");
        String canonical = AuditChain.canonical(draft);
        String hash = AuditChain.hash(prev, canonical);
        repository.insert(new AuditRow(draft.seq(), draft.at(), draft.actor(), draft.unitCode(), draft.action(),
                draft.targetType(), draft.targetId(), draft.summary(), draft.clientAddr(), prev, hash), disclosed);
        // Same lock, same transaction: an entry is in the tree exactly when it is in the chain.
        tree.append(seq, prev, canonical, hash);
        return seq;
    }

    @Override
    public long size() {
        return repository.count();
    }

    private static String clip(String s) {
        return s.length() > MAX_FIELD ? s.substring(0, MAX_FIELD) : s;
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
            HttpServletRequest request = attrs.getRequest();
            return request.getRemoteAddr() == null ? "" : request.getRemoteAddr();
        }
        return "";
    }
}
