package io.fairdraw.registry.domain;

import io.fairdraw.registry.engine.KnownEntities;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One import on two threads: a parser thread reads, validates and encodes rows into chunks of
 * COPY data; the calling thread, which owns the transaction, first reads the registry once
 * ({@link KnownEntities}), then writes each chunk while the parser reads on. Memory stays flat:
 * at most {@link #QUEUED} chunks of {@link #CHUNK_ROWS} rows wait, and chunks are reused.
 */
final class ImportPipeline {

    static final int CHUNK_ROWS = 20_000;
    private static final int QUEUED = 2;
    /** Rejected rows kept for the report; all are counted. */
    static final int STORED_ERRORS = 100_000;
    /** Rejected rows returned in the API response; the rest are in the error report. */
    static final int RETURNED_ERRORS = 1_000;

    /** Rows handed from the parser to the database thread. */
    static final class Chunk {
        /** Valid rows in canonical form (see {@link RowValidator#validate}) until encoded, then only the changed ones. */
        final List<String[]> rows = new ArrayList<>(CHUNK_ROWS);
        /** Row numbers of {@link #rows}, then of {@link #changedRows}. */
        final int[] rowNumbers = new int[CHUNK_ROWS];
        final List<String[]> changedRows = new ArrayList<>();
        /** New entities as COPY rows for the registry, in file order, then in code order ({@link #sorted}). */
        final CopyBuffer fresh = new CopyBuffer(1 << 18);
        final CopyBuffer sorted = new CopyBuffer(1 << 18);
        /** Per new row: where it starts in {@link #fresh}, and its code. */
        final int[] freshStart = new int[CHUNK_ROWS + 1];
        final String[] freshCode = new String[CHUNK_ROWS];
        /** Changed entities as COPY rows for the staging table (row number first). */
        final CopyBuffer changed = new CopyBuffer(1 << 12);
        final List<RejectedRow> rejected = new ArrayList<>();
        int staged;
        int freshRows;
        int unchanged;
        int rejectedCount;
        int rowsRead;
        double progress;
        boolean last;

        void clear() {
            rows.clear();
            changedRows.clear();
            fresh.clear();
            sorted.clear();
            changed.clear();
            rejected.clear();
            staged = 0;
            freshRows = 0;
            unchanged = 0;
            rejectedCount = 0;
        }
    }

    interface Sink {
        /** Reads the registry as it is before the first write (on the database thread, in the transaction). */
        KnownEntities known();

        /** Writes one chunk's rows to the registry; returns the rows rejected on the way. */
        List<RejectedRow> merge(Chunk chunk);

        /** Keeps rejected rows for the error report (in the import's transaction). */
        void store(List<RejectedRow> rejected);

        void progress(double fraction, int rowsRead);
    }

    private final RowSource source;
    private final RowValidator validator;
    private final ChunkEncoder encoder;
    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(QUEUED);
    /** Written chunks, back to the parser: their buffers have grown to size already. */
    private final BlockingQueue<Chunk> free = new ArrayBlockingQueue<>(QUEUED + 2);
    private final CompletableFuture<KnownEntities> known = new CompletableFuture<>();
    private volatile boolean cancelled;
    /**
     * What ended the parser, if anything did, down to an {@link Error}: set before the parser
     * ends, without allocating (an {@link OutOfMemoryError} leaves no room for a chunk to carry
     * it), and read by the database thread, which never waits for the parser without a timeout
     * (issue 18: the import lock was held forever).
     */
    private volatile Throwable failure;
    private Thread parser;
    /** How often the database thread checks whether the parser is still there. */
    private static final long POLL_MILLIS = 200;

    ImportPipeline(RowSource source, RowValidator validator, ChunkEncoder encoder) {
        this.source = source;
        this.validator = validator;
        this.encoder = encoder;
    }

    /** The parser also encodes the chunk, in parallel with the previous chunk's COPY. */
    private void send(Chunk chunk) {
        if (!chunk.rows.isEmpty()) {
            encoder.encode(chunk, known());
        }
        put(chunk);
    }

    /** The registry as read by the database thread; waits for it in steps, giving up once the import is over. */
    private KnownEntities known() {
        try {
            while (true) {
                try {
                    return known.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
                } catch (java.util.concurrent.TimeoutException e) {
                    if (cancelled) {
                        throw new java.util.concurrent.CancellationException("import over");
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("registry not read", e.getCause());
        }
    }

    /** Runs the import; returns the row counts and the first rejected rows. */
    Totals run(Sink sink, String threadName) {
        parser = new Thread(this::parse, threadName);
        parser.setDaemon(true);
        parser.start();
        Totals totals = new Totals();
        long started = System.nanoTime();
        try {
            known.complete(sink.known());
            totals.knownNanos = System.nanoTime() - started;
            while (true) {
                long t0 = System.nanoTime();
                Chunk chunk = take();
                totals.waitNanos += System.nanoTime() - t0;
                totals.total = chunk.rowsRead;
                totals.rejected += chunk.rejectedCount;
                List<RejectedRow> lost = sink.merge(chunk);
                totals.rejected += lost.size();
                List<RejectedRow> rejected = new ArrayList<>(chunk.rejected);
                rejected.addAll(lost);
                rejected.sort(java.util.Comparator.comparingInt(RejectedRow::row));
                sink.store(rejected);
                for (RejectedRow r : rejected) {
                    if (totals.first.size() < RETURNED_ERRORS) {
                        totals.first.add(r);
                    }
                }
                sink.progress(chunk.progress, chunk.rowsRead);
                if (chunk.last) {
                    totals.elapsedNanos = System.nanoTime() - started;
                    return totals;
                }
                chunk.clear();
                free.offer(chunk);
            }
        } finally {
            cancelled = true;
            known.cancel(false); // a parser waiting for it gives up
            queue.clear();
        }
    }

    static final class Totals {
        /** Time spent reading the registry, waiting for the parser, and the whole run: where an import spends its time. */
        long knownNanos;
        long waitNanos;
        long elapsedNanos;
        int total;
        int rejected;
        /** The first rejected rows, for the response; the report reads them all from the database. */
        final List<RejectedRow> first = new ArrayList<>();
    }

    /** The next chunk; if the parser failed or ended without one, its failure (the transaction then rolls back). */
    private Chunk take() {
        try {
            while (true) {
                Throwable f = failure;
                if (f != null) {
                    throw failed(f);
                }
                Chunk chunk = queue.poll(POLL_MILLIS, TimeUnit.MILLISECONDS);
                if (chunk != null) {
                    return chunk;
                }
                if (!parser.isAlive() && queue.isEmpty()) {
                    throw failure != null ? failed(failure) : new IllegalStateException("import parser ended early");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        }
    }

    /** A refusal as it is; anything else the parser threw as the refusal of a file it could not read. */
    private static RuntimeException failed(Throwable f) {
        if (f instanceof RuntimeException r) {
            return r;
        }
        if (f instanceof VirtualMachineError) {
            org.slf4j.LoggerFactory.getLogger(ImportPipeline.class).error("Import parser ran out of resources", f);
            return new BadFileException("spreadsheet.unreadable");
        }
        return new IllegalStateException("import parser failed", f);
    }

    private void parse() {
        SourceRow row = new SourceRow();
        Chunk chunk = nextChunk();
        int rowsRead = 0;
        int stored = 0;
        try {
            while (!cancelled && source.next(row)) {
                if (row.isBlank()) {
                    continue; // Excel keeps formatted empty rows; they are not data
                }
                rowsRead++;
                String[] values = new String[10];
                RejectedRow rejected = validator.validate(row, values);
                if (rejected == null) {
                    chunk.rows.add(values);
                    chunk.rowNumbers[chunk.staged++] = row.number;
                } else {
                    chunk.rejectedCount++;
                    if (stored++ < STORED_ERRORS) {
                        chunk.rejected.add(rejected);
                    }
                }
                if (chunk.staged + chunk.rejectedCount >= CHUNK_ROWS) {
                    chunk.rowsRead = rowsRead;
                    chunk.progress = source.progress();
                    send(chunk);
                    chunk = nextChunk();
                }
            }
            chunk.rowsRead = rowsRead;
            chunk.progress = 1.0;
            chunk.last = true;
            send(chunk);
        } catch (Throwable e) {
            failure = e;
        }
    }

    private Chunk nextChunk() {
        Chunk chunk = free.poll();
        return chunk != null ? chunk : new Chunk();
    }

    private void put(Chunk chunk) {
        try {
            while (!cancelled) {
                if (queue.offer(chunk, 200, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
