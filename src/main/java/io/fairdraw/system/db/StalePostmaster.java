package io.fairdraw.system.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Detects a PostgreSQL server left running on a data directory by a JVM that died without
 * stopping it (SIGKILL, power loss of the JVM only) and stops it, so a crash never blocks the
 * next start. The first line of {@code postmaster.pid} is the server's process id.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = readPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(StalePostmaster::isPostgres);
        if (orphan.isEmpty()) {
            // The process is gone: the pid file is merely stale. PostgreSQL would cope, but a
            // reused pid could fool it, so remove the file.
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle server = orphan.get();
        log.warn("Found a leftover PostgreSQL server (pid {}) on {}; stopping it before start-up",
                server.pid(), dataDir);
        server.destroy(); // SIGTERM = smart shutdown; its clients died with the old JVM
        if (!waitForExit(server, Duration.ofSeconds(30))) {
            server.destroyForcibly();
            waitForExit(server, Duration.ofSeconds(10));
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> readPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        // A recycled pid may now belong to another program: only stop a postgres binary.
        return process.info().command().map(c -> c.contains("postgres")).orElse(true);
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
