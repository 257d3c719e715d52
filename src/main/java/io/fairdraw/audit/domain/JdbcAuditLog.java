package io.fairdraw.audit.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import io.fairdraw.audit.merkle.CompactRange;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
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
     * The last entry this node appended and the tree's right edge after it. The chain hash commits
     * to every earlier entry, so while the table's last row still has this (seq, hash) — checked in
     * the same statement as the insert — nothing needs to be read before appending. Another node's
     * append or a rolled-back transaction fails the check and the slow path reads the table.
     */
    private record Tip(long seq, Instant at, String hash, CompactRange range, List<CompactRange.Node> added) {
    }

    private final AtomicReference<Tip> tip = new AtomicReference<>();

    /**
     * Appends to the chain and the Merkle tree in the caller's transaction (which must exist). A
     * disclosed entry is shown in full on the portal, so it is recorded without the client address
     * (an official's network address is personal data).
     */
    public long append(AuditEvent e, boolean disclosed) {
        Optional<Actor> current = Actor.current();
        String actor = e.actor() != null ? e.actor() : current.map(Actor::username).orElse("system");
        String unit = e.unitCode() != null ? e.unitCode() : current.map(Actor::unitCode).orElse("");
        AuditRow fields = new AuditRow(0, Instant.EPOCH, clip(actor), clip(unit), clip(e.action()),
                clip(e.targetType()), clip(e.targetId()), clip(e.summary()), disclosed ? "" : clientAddress(), "", "");
        // Serialises appends across threads and nodes: no gaps, no forks. Held until commit.
        repository.lockForAppend();
        Tip known = tip.get();
        if (known != null) {
            Tip next = next(known, fields);
            if (repository.insertIfLast(row(next, fields, known.hash()), disclosed, known.seq(), known.hash(),
                    next.added())) {
                tip.set(next);
                return next.seq();
            }
        }
        Optional<AuditRow> last = repository.last();
        Tip base = last.map(r -> new Tip(r.seq(), r.at(), r.hash(), tree.rightEdge(r.seq()), List.of()))
                .orElseGet(() -> new Tip(0, Instant.EPOCH, AuditChain.GENESIS, CompactRange.empty(), List.of()));
        Tip next = next(base, fields);
        AuditRow row = row(next, fields, base.hash());
        repository.insert(row, disclosed);
        // Same lock, same transaction: an entry is in the tree exactly when it is in the chain.
        tree.store(next.added());
        tip.set(next);
        return next.seq();
    }

    /** The entry after {@code last}: its time never earlier than the last one, so time and sequence order agree. */
    private Tip next(Tip last, AuditRow fields) {
        Instant at = AuditChain.truncate(Instant.now(clock));
        if (at.isBefore(last.at())) {
            at = last.at();
        }
        AuditRow draft = row(last.seq() + 1, at, fields, last.hash(), "");
        String canonical = AuditChain.canonical(draft);
        CompactRange range = last.range().copy();
        List<CompactRange.Node> added = range.append(MerkleTree.leafHash(canonical));
        return new Tip(draft.seq(), at, AuditChain.hash(last.hash(), canonical), range, added);
    }

    private static AuditRow row(Tip tip, AuditRow fields, String prevHash) {
        return row(tip.seq(), tip.at(), fields, prevHash, tip.hash());
    }

    private static AuditRow row(long seq, Instant at, AuditRow f, String prevHash, String hash) {
        return new AuditRow(seq, at, f.actor(), f.unitCode(), f.action(), f.targetType(), f.targetId(), f.summary(),
                f.clientAddr(), prevHash, hash);
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
