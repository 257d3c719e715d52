package io.fairdraw.audit.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.shared.Actor;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class JdbcAuditLog implements AuditLog {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcAuditLog.class);

    private static final int MAX_FIELD = 2000;

    private final AuditRepository repository;
    private final AuditIntegrator integrator;
    private final Clock clock;

    /**
     * Actions after whose commit a checkpoint is signed, so that the entry is at once provable by a
     * signed inclusion proof (docs/transparency-log.md, "Checkpoints": after every draw).
     */
    private final Set<String> checkpointActions;
    private Runnable afterCheckpointAction = () -> { };

    JdbcAuditLog(AuditRepository repository, AuditIntegrator integrator, Clock clock,
                 @Value("${fairdraw.log.checkpoint-actions:DRAW_ANNOUNCED,DRAW_EXECUTED,DRAW_SUBSTITUTION}")
                 Set<String> checkpointActions) {
        this.repository = repository;
        this.integrator = integrator;
        this.clock = clock;
        this.checkpointActions = Set.copyOf(checkpointActions);
    }

    /** Set by the transparency log (which depends on this class): signs a checkpoint after commit. */
    void onCheckpointAction(Runnable checkpointAfterCommit) {
        this.afterCheckpointAction = checkpointAfterCommit;
    }

    @Override
    public long record(AuditEvent e) {
        return append(e, false);
    }

    /**
     * Writes the entry in the caller's transaction (or in one of its own) and chains it as soon as
     * that transaction has committed: the entry commits or rolls back with the change, and only
     * committed entries get sequence numbers, so the chain has no gaps. Without a caller's
     * transaction the sequence number is returned; inside one it is not known yet (0): the caller's
     * commit returns once the entry is chained. A disclosed entry is shown in full on the portal, so
     * it is recorded without the client address (an official's network address is personal data).
     */
    public long append(AuditEvent e, boolean disclosed) {
        Optional<Actor> current = Actor.current();
        String actor = e.actor() != null ? e.actor() : current.map(Actor::username).orElse("system");
        String unit = e.unitCode() != null ? e.unitCode() : current.map(Actor::unitCode).orElse("");
        AuditRow fields = new AuditRow(0, AuditChain.truncate(Instant.now(clock)), clip(actor), clip(unit),
                clip(e.action()), clip(e.targetType()), clip(e.targetId()), clip(e.summary()),
                disclosed ? "" : clientAddress(), "", "");
        if (TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isSynchronizationActive()) {
            AuditRepository.Pending committed = new AuditRepository.Pending(repository.insertPending(fields, disclosed),
                    fields, disclosed);
            long id = committed.id();
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    // The change and its pending entry are committed: a failure to chain now (e.g. the
                    // integrator's connection went stale in a database restart) must not turn the
                    // committed change into an error for the caller (FaultIT). Retry once on a fresh
                    // connection; otherwise the entry stays pending and the next round chains it.
                    try {
                        integrator.awaitChained(committed);
                    } catch (RuntimeException first) {
                        try {
                            integrator.awaitChained(committed);
                        } catch (RuntimeException again) {
                            LOG.warn("audit entry {} committed, chaining deferred to the next round: {}", id,
                                    again.toString());
                        }
                    }
                }
            });
            if (checkpointActions.contains(fields.action())) {
                afterCheckpointAction.run(); // registered after the chaining, so it runs after it
            }
            return 0;
        }
        // No transaction: the single INSERT commits by itself (one round trip).
        long seq = integrator.awaitChained(new AuditRepository.Pending(repository.insertPending(fields, disclosed),
                fields, disclosed));
        if (checkpointActions.contains(fields.action())) {
            afterCheckpointAction.run();
        }
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
