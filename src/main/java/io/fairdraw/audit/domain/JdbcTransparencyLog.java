package io.fairdraw.audit.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.Checkpoint;
import io.fairdraw.audit.ConsistencyProof;
import io.fairdraw.audit.InclusionProof;
import io.fairdraw.audit.TransparencyLog;
import io.fairdraw.audit.merkle.CheckpointNote;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JdbcTransparencyLog implements TransparencyLog {

    private static final Logger log = LoggerFactory.getLogger(JdbcTransparencyLog.class);
    /** Serialises signing, so checkpoint sizes never decrease in the order they are stored. */
    private static final long SIGN_LOCK = 0x4644544C5349474EL; // "FDTLSIGN"
    /** Lets one node of a cluster run the hourly job (DESIGN.md §4: jobs guarded by a database lock). */
    static final long HOURLY_LOCK = 0x4644544C484F5552L; // "FDTLHOUR"
    private static final HexFormat HEX = HexFormat.of();

    private final JdbcAuditLog auditLog;
    private final AuditIntegrator integrator;
    private final AuditRepository entries;
    private final MerkleTree tree;
    private final CheckpointRepository checkpoints;
    private final CheckpointKeys keys;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    JdbcTransparencyLog(JdbcAuditLog auditLog, AuditIntegrator integrator, AuditRepository entries, MerkleTree tree,
                        CheckpointRepository checkpoints, CheckpointKeys keys, Clock clock,
                        PlatformTransactionManager transactions) {
        this.auditLog = auditLog;
        this.integrator = integrator;
        this.entries = entries;
        this.tree = tree;
        this.checkpoints = checkpoints;
        this.keys = keys;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        auditLog.onCheckpointAction(this::checkpointAfterCommit);
    }

    @Override
    public long record(AuditEvent event) {
        return auditLog.append(event, false);
    }

    @Override
    public long recordPublic(AuditEvent event) {
        return auditLog.append(event, true);
    }

    @Override
    public Checkpoint checkpoint() {
        integrator.awaitRound(); // entries committed before this call are covered
        return ownTransaction.execute(s -> sign());
    }

    @Override
    public void checkpointAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    checkpoint();
                }
            });
        } else {
            checkpoint();
        }
    }

    /** The hourly checkpoint: on one node only, and only when the log grew since the last one. */
    public Optional<Checkpoint> checkpointIfGrown() {
        integrator.awaitRound();
        return ownTransaction.execute(s -> {
            if (!checkpoints.tryLock(HOURLY_LOCK)) {
                return Optional.<Checkpoint>empty();
            }
            long size = tree.size();
            boolean grown = checkpoints.latest().map(c -> c.size() < size).orElse(true);
            return grown ? Optional.of(sign()) : Optional.<Checkpoint>empty();
        });
    }

    /**
     * At start-up: add to the tree any entries written before it existed (a database migrated
     * from an older version), then sign a checkpoint if the log grew while no node was running.
     */
    @EventListener(ApplicationReadyEvent.class)
    void integrateAtStartup() {
        Long added = ownTransaction.execute(s -> {
            entries.lockForAppend();
            return tree.catchUp(entries.maxSeq());
        });
        integrator.awaitRound(); // entries committed while no node was running to chain them
        if (added != null && added > 0) {
            log.info("Transparency log: {} earlier audit entries added to the Merkle tree", added);
        }
        checkpointIfGrown();
    }

    private Checkpoint sign() {
        checkpoints.lock(SIGN_LOCK);
        long size = tree.size();
        Instant now = clock.instant();
        Optional<Checkpoint> latest = checkpoints.latest();
        if (latest.isPresent() && latest.get().time().isAfter(now)) {
            now = latest.get().time(); // clocks of two nodes differ: never sign "earlier" than the last checkpoint
        }
        CheckpointKeys.SigningKey key = keys.signingKey();
        CheckpointNote note = new CheckpointNote(key.origin(), size, tree.root(size), now);
        String signature = note.sign(key.privateKey(), key.publicKey());
        Checkpoint c = new Checkpoint(size, HEX.formatHex(note.root()), note.time(), key.keyId(), signature,
                note.note(signature));
        checkpoints.insert(c);
        return c;
    }

    /** One statement, so no transaction: BEGIN and COMMIT would double the round trips of a public read. */
    @Override
    public Optional<Checkpoint> latestCheckpoint() {
        return checkpoints.latest();
    }

    @Override
    @Transactional(readOnly = true)
    public long size() {
        return tree.size();
    }

    /**
     * One query of O(log n) primary-key lookups in autocommit: a read-only transaction around it
     * would add a COMMIT round trip to every proof (docs/transparency-log.md).
     */
    @Override
    public InclusionProof inclusionProof(long seq, long treeSize) {
        if (seq < 1 || seq > treeSize) {
            throw new UserError("seq", "audit.tlog.error.not_in_tree", seq, treeSize);
        }
        try {
            MerkleTree.Inclusion proof = tree.inclusion(seq, treeSize);
            return new InclusionProof(seq, seq - 1, treeSize, HEX.formatHex(proof.leaf()), hex(proof.path()));
        } catch (MerkleTree.MissingNodes e) {
            throw new UserError("size", "audit.tlog.error.beyond_log", treeSize);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public ConsistencyProof consistencyProof(long from, long to) {
        if (from < 1 || from > to) {
            throw new UserError("from", "audit.tlog.error.bad_range", from, to);
        }
        try {
            return new ConsistencyProof(from, to, hex(tree.consistency(from, to)));
        } catch (MerkleTree.MissingNodes e) {
            throw new UserError("to", "audit.tlog.error.beyond_log", to);
        }
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HEX::formatHex).toList();
    }
}
