package io.fairdraw.system.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per data directory and JVM. Several Spring contexts in one test JVM
 * share it; a JVM shutdown hook (zonky's) stops it.
 */
public final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final Map<Path, EmbeddedPostgres> RUNNING = new ConcurrentHashMap<>();

    private EmbeddedPostgresServer() {
    }

    private static final Path EPHEMERAL = Path.of("<ephemeral>");

    /** Starts (or returns the running) server whose cluster lives in {@code dataDir}. */
    public static EmbeddedPostgres forDirectory(Path dataDir) {
        Path key = dataDir.toAbsolutePath().normalize();
        return RUNNING.computeIfAbsent(key, EmbeddedPostgresServer::start);
    }

    /** A throw-away cluster in a temporary directory, deleted when the JVM stops (tests). */
    public static EmbeddedPostgres ephemeral() {
        return RUNNING.computeIfAbsent(EPHEMERAL, k -> {
            try {
                return EmbeddedPostgres.builder().setLocaleConfig("locale", "C")
                        .setServerConfig("max_connections", "200")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setPGStartupWait(Duration.ofSeconds(60)).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start embedded PostgreSQL", e);
            }
        });
    }

    private static EmbeddedPostgres start(Path dataDir) {
        try {
            Files.createDirectories(dataDir);
            // A JVM killed with SIGKILL leaves its postmaster running on this directory; the
            // next start would fail on postmaster.pid. Stop the orphan first (DESIGN.md §4).
            StalePostmaster.stopIfRunning(dataDir);
            long t0 = System.nanoTime();
            // zonky's own extracted binaries, bin/postgres as shipped: a draw's frozen frame is stored
            // in bounded chunks (draw/domain/FrozenFrameChunks), so the server runs with glibc's
            // defaults (issue 22 item 7; bench/draw/README.md, "Frozen frame in chunks").
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setLocaleConfig("locale", "C")
                    .setServerConfig("max_connections", "100")
                    // zonky starts every server with -F (fsync off) and synchronous_commit=off, right for
                    // throw-away test clusters, not for the operator's data: an OS crash or power cut
                    // could lose committed writes or corrupt the cluster. These come after -F on the
                    // command line and win. (The audit log turns synchronous commit off per transaction
                    // where it means to, and makes its checkpoints durable with a synchronous flush.)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    // Bulk loads (a 1,000,000-row registry import, DESIGN.md §4): with the defaults
                    // (128 MB buffers, 1 GB WAL between checkpoints) a bare COPY spends most of its time
                    // in checkpoints (figures: bench/registry-import/README.md).
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {} ({} ms)", pg.getPort(), dataDir,
                    (System.nanoTime() - t0) / 1_000_000);
            return pg;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start embedded PostgreSQL in " + dataDir, e);
        }
    }
}
