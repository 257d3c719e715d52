package io.fairdraw.audit.domain;

import io.fairdraw.audit.merkle.CompactRange;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves committed entries from {@code audit_pending} into the chain and the Merkle tree, in
 * batches (docs/transparency-log.md, "Appending"). One thread per node does it, in rounds: a
 * writer whose transaction has committed hands its entry over and waits for the next round;
 * everything handed over during a round is chained by the next one together — group commit: one
 * statement (lock, check, insert, delete) with an asynchronous commit per batch, instead of a lock
 * held by every writer until its commit. A full round reads the table under the lock instead: on a
 * conflict with another node, before checkpoints, at start-up and every few seconds. Rounds of
 * several nodes are serialised by the append lock, so the chain has no gaps and no forks.
 */
@Service
class AuditIntegrator {

    private static final int BATCH = 2000;
    private static final long FULL_ROUND_EVERY = java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
    /** When this node last read the pending rows of the table (worker thread only). */
    private long lastFull = System.nanoTime();

    private final DataSource dataSource;
    /** On the integrator's own connection (see {@link #connect()}); rebuilt after a failed round. */
    private AuditRepository repository;
    private MerkleTree tree;
    private TransactionTemplate ownTransaction;
    private SingleConnectionDataSource connection;

    /** The last entry this node chained and the tree's right edge after it (checked before use). */
    private record Tip(long seq, Instant at, String hash, CompactRange range) {
    }

    private Tip tip;
    private final Object monitor = new Object();
    private CompletableFuture<Map<Long, Long>> next = new CompletableFuture<>();
    /** A round that reads the table is asked for (a checkpoint, start-up, a conflict). */
    private boolean wanted;
    /** Committed entries this node's writers handed over for the next round. */
    private List<AuditRepository.Pending> handedOver = new ArrayList<>();
    private Thread worker;
    /**
     * Pending id → sequence number of the entries this node chained lately: a writer whose entry a
     * full round already chained (it read the row before the writer handed it over) gets its number
     * at once instead of causing a conflict. Used by the worker thread only.
     */
    private final Map<Long, Long> recent = new java.util.LinkedHashMap<>(1024, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Long> eldest) {
            return size() > 100_000;
        }
    };

    AuditIntegrator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The integrator keeps one connection of the pool for itself. Writers wait for a round while
     * still holding their own connection (Spring releases it after {@code afterCommit}); were the
     * rounds to borrow from the pool, as many concurrent commits as the pool has connections would
     * leave none for the round that they wait for.
     */
    private void connect() throws SQLException {
        if (connection != null) {
            return;
        }
        connection = new SingleConnectionDataSource(dataSource.getConnection(), true);
        JdbcClient jdbc = JdbcClient.create(connection);
        repository = new AuditRepository(jdbc);
        tree = new MerkleTree(new TreeRepository(jdbc), repository);
        ownTransaction = new TransactionTemplate(new DataSourceTransactionManager(connection));
    }

    private void disconnect() {
        if (connection != null) {
            try {
                connection.destroy(); // returns it to the pool, which discards it if broken
            } catch (RuntimeException ignored) {
                // nothing more to do with a broken connection
            }
            connection = null;
        }
    }

    /**
     * Waits until the committed pending entry {@code id} is chained; returns its sequence number
     * (0 when another node chained it first).
     */
    long awaitChained(AuditRepository.Pending committed) {
        return await(committed).getOrDefault(committed.id(), 0L);
    }

    /** Runs (or joins) a round that starts after this call: every entry committed before it is chained. */
    Map<Long, Long> awaitRound() {
        return await(null);
    }

    /**
     * With an entry: hands it over to the next round, which chains it without reading it back
     * (one statement). Without: asks for a round that reads every committed pending row.
     */
    private Map<Long, Long> await(AuditRepository.Pending committed) {
        CompletableFuture<Map<Long, Long>> round;
        synchronized (monitor) {
            if (worker == null) {
                worker = new Thread(this::loop, "audit-integrator");
                worker.setDaemon(true);
                worker.start();
            }
            if (committed == null) {
                wanted = true;
            } else {
                handedOver.add(committed);
            }
            round = next;
            monitor.notifyAll();
        }
        try {
            return round.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : e;
        }
    }

    /** Ends the worker thread once it is idle, returning its connection to the pool (tests: a second node). */
    void stop() {
        synchronized (monitor) {
            if (worker != null) {
                worker.interrupt();
            }
        }
    }

    private void loop() {
        while (true) {
            CompletableFuture<Map<Long, Long>> round;
            boolean full;
            List<AuditRepository.Pending> batch;
            synchronized (monitor) {
                while (!wanted && handedOver.isEmpty()) {
                    try {
                        monitor.wait();
                    } catch (InterruptedException e) {
                        worker = null;
                        disconnect();
                        return;
                    }
                }
                full = wanted;
                wanted = false;
                batch = handedOver;
                handedOver = new ArrayList<>();
                round = next;
                next = new CompletableFuture<>();
            }
            try {
                connect();
                Map<Long, Long> chained = new HashMap<>();
                if (!full) {
                    full = !chainHandedOver(batch, chained);
                }
                if (full) {
                    chained.putAll(chainAll());
                }
                recent.putAll(chained);
                round.complete(chained);
            } catch (Throwable t) {
                tip = null;
                disconnect(); // the next round starts on a fresh connection (e.g. after a database restart)
                round.completeExceptionally(t);
            }
        }
    }

    /**
     * The usual round: chains the entries handed over by this node's writers in one statement
     * (lock, check, insert, delete, asynchronous commit), without reading them back. False when a
     * round that reads the table is needed: the tip is unknown, another node appended or chained
     * some of them (the statement then wrote nothing), or the periodic full round is due (entries
     * a dead node committed and left pending).
     */
    private boolean chainHandedOver(List<AuditRepository.Pending> batch, Map<Long, Long> chained) {
        List<AuditRepository.Pending> todo = new ArrayList<>(batch.size());
        for (AuditRepository.Pending p : batch) {
            Long seq = recent.get(p.id());
            if (seq != null) {
                chained.put(p.id(), seq); // a full round read it before it was handed over
            } else {
                todo.add(p);
            }
        }
        if (todo.isEmpty()) {
            return true;
        }
        if (tip == null) {
            return false;
        }
        todo.sort(java.util.Comparator.comparingLong(AuditRepository.Pending::id));
        Batch b = chain(tip, todo);
        try {
            repository.appendHandedOver(b.rows, b.disclosed, b.ids, b.nodes, tip.seq(), tip.hash());
        } catch (org.springframework.dao.DataAccessException conflict) {
            // Another node appended or chained some of them (or the connection failed: the full
            // round fails too and the loop reconnects). Nothing was written.
            tip = null;
            return false;
        }
        chained.putAll(b.chained);
        tip = b.tip;
        // Entries another node committed and could not chain (it died) are read by full rounds:
        // at start-up, before every checkpoint and, while this node appends, every few seconds.
        return System.nanoTime() - lastFull <= FULL_ROUND_EVERY;
    }

    /** Chains every committed pending entry; pending id → sequence number. */
    private Map<Long, Long> chainAll() {
        lastFull = System.nanoTime();
        Map<Long, Long> chained = new HashMap<>();
        while (true) {
            Integer batch = ownTransaction.execute(s -> {
                // The lock is held until this transaction ends; taken with the first read (one round trip).
                List<AuditRepository.Pending> pending = repository.lockAndPending(BATCH);
                if (pending.isEmpty()) {
                    return 0;
                }
                Tip base = tip;
                if (base == null || !chain(base, pending, chained, true)) {
                    // Another node appended (or this node's tip is unknown): read both again under the lock.
                    repository.lockForAppend();
                    pending = repository.pending(BATCH);
                    if (pending.isEmpty()) {
                        return 0;
                    }
                    chain(fromTable(), pending, chained, false);
                }
                return pending.size();
            });
            if (batch == null || batch < BATCH) {
                return chained;
            }
        }
    }

    private Tip fromTable() {
        Optional<AuditRow> last = repository.last();
        return last.map(r -> new Tip(r.seq(), r.at(), r.hash(), tree.rightEdge(r.seq())))
                .orElseGet(() -> new Tip(0, Instant.EPOCH, AuditChain.GENESIS, CompactRange.empty()));
    }

    /**
     * Chains the batch after {@code base}: sequence numbers, times never earlier than the previous
     * entry's (so time and sequence order agree), chain hashes, leaves and completed subtrees.
     */
    private boolean chain(Tip base, List<AuditRepository.Pending> pending, Map<Long, Long> chained, boolean check) {
        Batch b = chain(base, pending);
        boolean done = repository.appendBatch(b.rows, b.disclosed, b.ids, b.nodes, base.seq(), base.hash());
        if (!done) {
            if (check) {
                return false;
            }
            throw new IllegalStateException("the audit chain changed under the append lock");
        }
        chained.putAll(b.chained);
        tip = b.tip;
        return true;
    }

    /** A batch chained after a tip, not yet written. */
    private record Batch(List<AuditRow> rows, List<Boolean> disclosed, List<Long> ids, List<CompactRange.Node> nodes,
                         Map<Long, Long> chained, Tip tip) {
    }

    private static Batch chain(Tip base, List<AuditRepository.Pending> pending) {
        CompactRange range = base.range().copy();
        long seq = base.seq();
        Instant at = base.at();
        String prev = base.hash();
        List<AuditRow> rows = new ArrayList<>(pending.size());
        List<Boolean> disclosed = new ArrayList<>(pending.size());
        List<Long> ids = new ArrayList<>(pending.size());
        List<CompactRange.Node> nodes = new ArrayList<>(pending.size() * 2);
        Map<Long, Long> mine = new HashMap<>();
        for (AuditRepository.Pending p : pending) {
            AuditRow f = p.fields();
            seq++;
            at = f.at().isBefore(at) ? at : f.at();
            AuditRow draft = new AuditRow(seq, at, f.actor(), f.unitCode(), f.action(), f.targetType(), f.targetId(),
                    f.summary(), f.clientAddr(), prev, "");
            String canonical = AuditChain.canonical(draft);
            String hash = AuditChain.hash(prev, canonical);
            rows.add(new AuditRow(seq, at, f.actor(), f.unitCode(), f.action(), f.targetType(), f.targetId(),
                    f.summary(), f.clientAddr(), prev, hash));
            disclosed.add(p.disclosed());
            ids.add(p.id());
            nodes.addAll(range.append(MerkleTree.leafHash(canonical)));
            mine.put(p.id(), seq);
            prev = hash;
        }
        return new Batch(rows, disclosed, ids, nodes, mine, new Tip(seq, at, prev, range));
    }
}
