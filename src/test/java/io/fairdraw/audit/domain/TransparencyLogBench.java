package io.fairdraw.audit.domain;

import io.fairdraw.FairdrawApplication;
import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.InclusionProof;
import io.fairdraw.audit.MerkleVerification;
import io.fairdraw.audit.TransparencyLog;
import io.fairdraw.audit.merkle.ProofVerifier;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * bench/transparency-log/run.sh: appends/s with 8 writers, whole-log verification at 1M entries and
 * inclusion-proof latency, each with a baseline measured in the same run on the same database.
 * Not a test; run by the script (README beside it).
 */
public final class TransparencyLogBench {

    static final int WRITERS = 8;
    static final HexFormat HEX = HexFormat.of();

    public static void main(String[] args) throws Exception {
        long entries = Long.parseLong(arg(args, "--entries", "1000000"));
        int seconds = Integer.parseInt(arg(args, "--seconds", "10"));
        int requests = Integer.parseInt(arg(args, "--requests", "10000"));
        // --only appends,verify,proofs (default all): to iterate on one part, e.g. under a profiler.
        List<String> only = List.of(arg(args, "--only", "appends,verify,proofs").split(","));
        Path dir = Files.createTempDirectory("tlog-bench");
        // Stock PostgreSQL settings (fsync and synchronous_commit on), as in production; said explicitly,
        // because zonky starts every server with -F (fsync off) and synchronous_commit=off.
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setDataDirectory(dir).setCleanDataDirectory(true)
                .setLocaleConfig("locale", "C").setServerConfig("max_connections", "100")
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_buffers", "512MB").setPGStartupWait(Duration.ofSeconds(60)).start();
        // Command-line arguments, which take precedence over application.properties (default
        // properties do not: server.port=${PORT:8080} would win and collide with a running app).
        ConfigurableApplicationContext ctx = new SpringApplicationBuilder(FairdrawApplication.class).run(
                "--fairdraw.db.url=" + pg.getJdbcUrl("postgres", "postgres"), "--fairdraw.db.user=postgres",
                "--fairdraw.db.pool-size=20", "--server.port=0", "--fairdraw.log.checkpoint-cron=-",
                "--logging.level.root=WARN");
        try {
            new TransparencyLogBench(ctx).run(entries, seconds, requests, only);
        } finally {
            ctx.close();
            pg.close();
        }
    }

    static String arg(String[] args, String name, String def) {
        int i = Arrays.asList(args).indexOf(name);
        return i >= 0 ? args[i + 1] : def;
    }

    final ConfigurableApplicationContext ctx;
    final JdbcClient jdbc;
    final TransparencyLog log;
    final AuditRepository entries;
    final TreeRepository nodes;
    final TransactionTemplate tx;
    final int port;

    TransparencyLogBench(ConfigurableApplicationContext ctx) {
        this.ctx = ctx;
        this.jdbc = ctx.getBean(JdbcClient.class);
        this.log = ctx.getBean(TransparencyLog.class);
        this.entries = ctx.getBean(AuditRepository.class);
        this.nodes = ctx.getBean(TreeRepository.class);
        this.tx = ctx.getBean(TransactionTemplate.class);
        this.port = Integer.parseInt(ctx.getEnvironment().getProperty("local.server.port"));
    }

    void run(long target, int seconds, int requests, List<String> only) throws Exception {
        System.out.printf("Transparency log benchmark: %d writers, %d s per append run, %d entries, %d proof requests, "
                + "%d cores, HTTP port %d%n", WRITERS, seconds, target, requests, Runtime.getRuntime().availableProcessors(), port);
        jdbc.sql("CREATE TABLE bench_plain (LIKE audit_entry INCLUDING DEFAULTS INCLUDING INDEXES)").update();
        jdbc.sql("CREATE SEQUENCE bench_plain_seq").update();
        if (only.contains("record")) { // only the real path, synchronous_commit=on, with what the backends wait for
            java.util.concurrent.ConcurrentHashMap<String, Long> waits = new java.util.concurrent.ConcurrentHashMap<>();
            java.util.concurrent.atomic.AtomicBoolean sampling = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread sampler = new Thread(() -> {
                while (sampling.get()) {
                    jdbc.sql("SELECT coalesce(wait_event_type, 'CPU') || ':' || coalesce(wait_event, '-') || ' ' || state "
                                    + "|| ' ' || left(regexp_replace(query, '\\s+', ' ', 'g'), 60) FROM pg_stat_activity "
                                    + "WHERE backend_type = 'client backend' AND pid <> pg_backend_pid() AND state <> 'idle'")
                            .query(String.class).list().forEach(w -> waits.merge(w, 1L, Long::sum));
                }
            });
            sampler.start();
            appends("chain + Merkle tree (TransparencyLog.record)", seconds,
                    i -> log.record(AuditEvent.of("BENCH", "bench", "w" + i, "benchmark append " + i)));
            sampling.set(false);
            sampler.join();
            waits.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(15)
                    .forEach(e -> System.out.printf("    %6d  %s%n", e.getValue(), e.getKey()));
        }
        for (String commit : only.contains("appends") ? List.of("on", "off") : List.<String>of()) {
            jdbc.sql("ALTER SYSTEM SET synchronous_commit = " + commit).update();
            jdbc.sql("SELECT pg_reload_conf()").query().singleRow();
            Thread.sleep(500);
            System.out.printf("%n== Appends, synchronous_commit=%s ==%n", commit);
            appends("baseline: plain INSERT, no chain, no tree", seconds, this::plainInsert);
            appends("lower bound: lock + INSERT + COMMIT (raw JDBC)", seconds, i -> lockedInsert(i, false));
            appends("lock + INSERT + async COMMIT + WAL flush after", seconds, i -> lockedInsert(i, true));
            appends("chain only (the log before this change)", seconds, this::chainOnly);
            appends("chain + Merkle tree (TransparencyLog.record)", seconds,
                    i -> log.record(AuditEvent.of("BENCH", "bench", "w" + i, "benchmark append " + i)));
        }
        if (Boolean.getBoolean("bench.appendsOnly") || !(only.contains("verify") || only.contains("proofs"))) {
            return;
        }
        long loaded = bulkLoad(target);
        if (only.contains("verify")) {
            System.out.printf("%n== Verification of %d entries ==%n", loaded);
            verification();
        }
        if (only.contains("proofs")) {
            System.out.printf("%n== Inclusion proofs at %d entries, %d requests ==%n", loaded, requests);
            proofs(loaded, requests);
        }
    }

    // ---- appends

    void appends(String name, int seconds, LongConsumer op) throws Exception {
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        CountDownLatch finished = new CountDownLatch(WRITERS);
        long t0 = System.nanoTime();
        for (int w = 0; w < WRITERS; w++) {
            new Thread(() -> {
                try {
                    while (System.nanoTime() < end) {
                        op.accept(done.incrementAndGet());
                    }
                } finally {
                    finished.countDown();
                }
            }).start();
        }
        finished.await();
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("  %-48s %8.0f appends/s (%d in %.1f s)  load %s%n", name, done.get() / s, done.get(), s,
                load());
    }

    void plainInsert(long i) {
        jdbc.sql("INSERT INTO bench_plain (seq, at, actor, unit_code, action, target_type, target_id, summary, "
                        + "client_addr, prev_hash, hash) VALUES (nextval('bench_plain_seq'),?,?,?,?,?,?,?,?,?,?)")
                .params(Timestamp.from(Instant.now()), "system", "", "BENCH", "bench", "w" + i, "benchmark append " + i,
                        "", AuditChain.GENESIS, AuditChain.GENESIS).update();
    }

    /** The least any append serialised by a lock held to commit can cost: 3 round trips, nothing computed. */
    void lockedInsert(long i, boolean asyncCommit) {
        try (Connection c = ctx.getBean(DataSource.class).getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.prepareStatement("SELECT pg_advisory_xact_lock(12345)" + (asyncCommit
                    ? ", set_config('synchronous_commit', 'off', true)" : ""))) {
                st.executeQuery().close();
            }
            try (var st = c.prepareStatement("INSERT INTO bench_plain (seq, at, actor, unit_code, action, target_type, "
                    + "target_id, summary, client_addr, prev_hash, hash) VALUES (nextval('bench_plain_seq'),now(),"
                    + "'system','','BENCH','bench',?,?,'',?,?)")) {
                st.setString(1, "w" + i);
                st.setString(2, "benchmark append " + i);
                st.setString(3, AuditChain.GENESIS);
                st.setString(4, AuditChain.GENESIS);
                st.executeUpdate();
            }
            c.commit();
            if (asyncCommit) {
                c.setAutoCommit(true);
                try (var st = c.prepareStatement("SELECT pg_logical_emit_message(false, 'fd', '', true)")) {
                    st.executeQuery().close();
                }
            }
            c.setAutoCommit(true);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JdbcAuditLog.record as it was before the tree: lock, read the last entry, hash, insert. */
    void chainOnly(long i) {
        tx.executeWithoutResult(s -> {
            entries.lockForAppend();
            AuditRow last = entries.last().orElseThrow();
            Instant at = AuditChain.truncate(Instant.now());
            at = at.isBefore(last.at()) ? last.at() : at;
            AuditRow draft = new AuditRow(last.seq() + 1, at, "system", "", "BENCH", "bench", "w" + i,
                    "benchmark append " + i, "", last.hash(), "");
            String hash = AuditChain.hash(last.hash(), AuditChain.canonical(draft));
            jdbc.sql("INSERT INTO bench_plain (seq, at, actor, unit_code, action, target_type, target_id, summary, "
                            + "client_addr, prev_hash, hash) VALUES (nextval('bench_plain_seq'),?,?,?,?,?,?,?,?,?,?)")
                    .params(Timestamp.from(at), "system", "", "BENCH", "bench", "w" + i, draft.summary(), "",
                            last.hash(), hash).update();
        });
    }

    // ---- 1M entries, written as the application would have written them (same chain and tree)

    long bulkLoad(long target) throws Exception {
        long t0 = System.nanoTime();
        long have = entries.last().orElseThrow().seq();
        DataSource ds = ctx.getBean(DataSource.class);
        try (Connection c = ds.getConnection()) {
            AuditBulkLoad.fill(c, target, seq -> new AuditBulkLoad.Entry("user" + seq % 50, "D01", "BENCH", "bench",
                    "id-" + seq, "bulk entry " + seq, "10.0.0." + seq % 250));
            c.createStatement().execute("VACUUM ANALYZE audit_entry");
            c.createStatement().execute("VACUUM ANALYZE audit_tree_node");
        }
        long size = log.size();
        System.out.printf("%n(loaded %d entries to %d in %.1f s with COPY)%n", size - have, size,
                (System.nanoTime() - t0) / 1e9);
        log.checkpoint();
        return size;
    }

    // ---- verification

    void verification() {
        LogVerifier verifier = ctx.getBean(LogVerifier.class);
        AuditVerifier chain = ctx.getBean(AuditVerifier.class);
        for (int run = 1; run <= 2; run++) {
            long t0 = System.nanoTime();
            long[] rows = {0};
            tx.executeWithoutResult(s -> jdbc.sql("SELECT seq, at, actor, unit_code, action, target_type, target_id, "
                    + "summary, client_addr, prev_hash, hash FROM audit_entry ORDER BY seq").withFetchSize(5000).query(rs -> {
                        rs.getLong(1);
                        rs.getTimestamp(2);
                        for (int i = 3; i <= 11; i++) {
                            rs.getString(i);
                        }
                        rows[0]++;
                    }));
            report(run, "baseline: bare SELECT streaming the entries", t0, rows[0] + " rows");
            t0 = System.nanoTime();
            long[] nodeRows = {0};
            tx.executeWithoutResult(s -> jdbc.sql("SELECT level, idx, hash FROM audit_tree_node ORDER BY level, idx")
                    .withFetchSize(10000).query(rs -> {
                        rs.getBytes(3);
                        nodeRows[0]++;
                    }));
            report(run, "baseline: bare SELECT streaming the tree nodes", t0, nodeRows[0] + " rows");
            t0 = System.nanoTime();
            List<byte[]> copied = new ArrayList<>();
            long[] bytes = {0};
            tx.executeWithoutResult(st -> {
                try {
                    Connection con = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(
                            ctx.getBean(DataSource.class));
                    try (var in = new org.postgresql.copy.PGCopyInputStream(con.unwrap(PGConnection.class),
                            "COPY (SELECT seq, at, actor, unit_code, action, target_type, target_id, summary, client_addr, "
                                    + "prev_hash, hash FROM audit_entry ORDER BY seq) TO STDOUT")) {
                        byte[] row;
                        while ((row = in.readFromCopy()) != null) {
                            copied.add(row);
                            bytes[0] += row.length;
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            report(run, "baseline: COPY streaming the entries (bytes only)", t0, bytes[0] / 1_000_000 + " MB");
            t0 = System.nanoTime();
            long[] nodeBytes = {0};
            tx.executeWithoutResult(st -> {
                try {
                    Connection con = org.springframework.jdbc.datasource.DataSourceUtils.getConnection(
                            ctx.getBean(DataSource.class));
                    try (var in = new org.postgresql.copy.PGCopyInputStream(con.unwrap(PGConnection.class),
                            "COPY (SELECT level, idx, hash FROM audit_tree_node) TO STDOUT (FORMAT binary)")) {
                        byte[] row;
                        while ((row = in.readFromCopy()) != null) {
                            nodeBytes[0] += row.length;
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            report(run, "baseline: binary COPY streaming the tree nodes", t0, nodeBytes[0] / 1_000_000 + " MB");
            t0 = System.nanoTime();
            try {
                var sha = java.security.MessageDigest.getInstance("SHA-256");
                byte[] out = new byte[32];
                for (byte[] row : copied) { // the chain hash and the leaf hash of every row
                    sha.update(row);
                    sha.digest(out, 0, 32);
                    sha.update((byte) 0);
                    sha.update(row);
                    sha.digest(out, 0, 32);
                }
                byte[] node = new byte[65];
                for (int i = 0; i < copied.size(); i++) { // one interior node per leaf
                    sha.update(node);
                    sha.digest(out, 0, 32);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            report(run, "baseline: bare SHA-256 of those bytes, 1 thread", t0, "2 per row + 1 node per row");
            copied.clear();
            t0 = System.nanoTime();
            var c = chain.verify();
            report(run, "chain check (GET /api/v1/audit/verify)", t0, "ok=" + c.ok());
            t0 = System.nanoTime();
            MerkleVerification m = verifier.verify();
            report(run, "chain + Merkle check (/api/v1/audit/verify/merkle)", t0,
                    "ok=" + m.ok() + ", checkpoints=" + m.checkpoints());
        }
    }

    static void report(int run, String name, long t0, String detail) {
        System.out.printf("  run %d  %-52s %6.2f s  (%s)  load %s%n", run, name, (System.nanoTime() - t0) / 1e9, detail,
                load());
    }

    /** The 1-minute load average: on a shared machine every figure needs it beside it. */
    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (Exception e) {
            return "?";
        }
    }

    // ---- proofs

    void proofs(long size, int requests) throws Exception {
        Random random = new Random(42);
        byte[] root = HexFormat.of().parseHex(log.latestCheckpoint().orElseThrow().root());
        InclusionProof sample = log.inclusionProof(size / 3, size);
        System.out.printf("  (sample proof: %d hashes, verifies: %s)%n", sample.path().size(),
                ProofVerifier.verifyInclusion(sample.index(), size, HEX.parseHex(sample.leafHash()),
                        sample.path().stream().map(HEX::parseHex).toList(), root));
        latency("baseline: primary-key lookup of one entry", requests, random, size,
                seq -> entries.find(seq).orElseThrow());
        latency("inclusion proof (TransparencyLog.inclusionProof)", requests, random, size,
                seq -> log.inclusionProof(seq, size));
        HttpClient http = HttpClient.newHttpClient();
        latency("HTTP baseline: GET /public/log/checkpoint", requests, random, size,
                seq -> get(http, "/public/log/checkpoint"));
        latency("HTTP: GET /public/log/proof/inclusion", requests, random, size,
                seq -> get(http, "/public/log/proof/inclusion?seq=" + seq + "&size=" + size));
        // The JDK client hands every request to its selector and worker threads: on a loaded 2-core
        // machine each hand-off waits for a core. A blocking HTTP/1.1 keep-alive client on one socket
        // measures what the server itself takes.
        try (RawHttp raw = new RawHttp(port)) {
            latency("HTTP, one keep-alive socket: GET /public/log/checkpoint", requests, random, size,
                    seq -> raw.get("/public/log/checkpoint"));
            latency("HTTP, one keep-alive socket: GET /public/log/proof/inclusion", requests, random, size,
                    seq -> raw.get("/public/log/proof/inclusion?seq=" + seq + "&size=" + size));
            // What a public request costs the database: transactions per request (the session store
            // must not be touched without a session cookie).
            long before = transactions();
            for (String path : List.of("/public/log/checkpoint", "/public/log/proof/inclusion?seq=1&size=" + size)) {
                for (int i = 0; i < 500; i++) {
                    raw.get(path);
                }
                long after = transactions();
                System.out.printf("  database transactions per request, %-40s %.2f%n", path.replaceAll("\\?.*", ""),
                        (after - before - 1) / 500.0);
                before = after;
            }
            System.out.printf("  response headers of GET /public/log/checkpoint: %s%n", raw.lastHeaders);
        }
    }

    /** Committed + rolled-back transactions of the database so far (counting this query's own). */
    long transactions() {
        try {
            Thread.sleep(11_000); // an idle backend flushes its statistics after 10 s (PGSTAT_IDLE_INTERVAL)
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return jdbc.sql("SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = current_database()")
                .query(Long.class).single();
    }

    /** A minimal blocking HTTP/1.1 client on one keep-alive connection (Content-Length responses only). */
    static final class RawHttp implements AutoCloseable {
        java.net.Socket socket;
        java.io.BufferedInputStream in;
        java.io.OutputStream out;
        final int port;
        String lastHeaders = "";

        RawHttp(int port) throws java.io.IOException {
            this.port = port;
            connect();
        }

        /** Tomcat closes a keep-alive connection after 100 requests (maxKeepAliveRequests). */
        private void connect() throws java.io.IOException {
            if (socket != null) {
                socket.close();
            }
            socket = new java.net.Socket("localhost", port);
            socket.setTcpNoDelay(true);
            in = new java.io.BufferedInputStream(socket.getInputStream(), 1 << 16);
            out = socket.getOutputStream();
        }

        void get(String path) {
            try {
                out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost:" + port + "\r\n\r\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                out.flush();
                StringBuilder head = new StringBuilder();
                int c;
                while ((c = in.read()) >= 0) {
                    head.append((char) c);
                    if (head.length() >= 4 && head.lastIndexOf("\r\n\r\n") == head.length() - 4) {
                        break;
                    }
                }
                String h = head.toString();
                if (!h.startsWith("HTTP/1.1 200")) {
                    throw new IllegalStateException(path + ": " + h);
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(h);
                if (!m.find()) {
                    throw new IllegalStateException("no Content-Length: " + h);
                }
                in.readNBytes(Integer.parseInt(m.group(1)));
                if (h.toLowerCase(java.util.Locale.ROOT).contains("connection: close")) {
                    connect();
                }
                lastHeaders = h.lines().skip(1).filter(l -> !l.isEmpty() && !l.startsWith("Connection"))
                        .map(l -> l.replaceAll(":.*", ""))
                        .reduce((a, b) -> a + ", " + b).orElse("");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }

    void get(HttpClient http, String path) {
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + ": " + r.statusCode());
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static void latency(String name, int requests, Random random, long size, LongConsumer op) {
        for (int i = 0; i < Math.min(2000, requests); i++) { // warm-up: JIT, statement cache, buffers
            op.accept(1 + (long) (random.nextDouble() * size));
        }
        long[] nanos = new long[requests];
        for (int i = 0; i < requests; i++) {
            long seq = 1 + (long) (random.nextDouble() * size);
            long t0 = System.nanoTime();
            op.accept(seq);
            nanos[i] = System.nanoTime() - t0;
        }
        Arrays.sort(nanos);
        System.out.printf("  %-52s p50 %6.3f ms  p99 %6.3f ms  load %s%n", name, nanos[requests / 2] / 1e6,
                nanos[requests * 99 / 100] / 1e6, load());
    }
}
