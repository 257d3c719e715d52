package io.fairdraw.system.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The environment the operator's embedded PostgreSQL runs with: glibc's malloc keeps large blocks
 * in its heap instead of mapping and unmapping them for every statement.
 *
 * <p>Why: a backend allocates a large value (a draw's frozen frame, 25 MB per million entities,
 * DRAW-PROTOCOL.md §1) several times per statement: the protocol buffer, the bound parameter, the
 * detoasted copy. Above 128 kB (at most 32 MB) glibc serves each from a fresh {@code mmap} and
 * returns it when freed, so every statement faults each page in again, at ~17 µs a page on these
 * VMs. Measured in bench/draw at 10,000,000 entities (250 MB of frame): announce 18.0 s and execute
 * 12.5 s with the defaults, 12.0 s and 9.6 s with these thresholds; on a bare server, a 250 MB
 * bytea inserted in 23–34 ms/MB and read back in 8–11 ms/MB, with them in 4.6–5.8 and 1.3 ms/MB.
 * The cost: a backend keeps the memory of its largest statement until its connection closes.
 *
 * <p>How: zonky (2.2.2) starts {@code bin/postgres} with the JVM's environment and has no setting
 * for it, so the binary is moved to {@code postgres.bin} and {@code bin/postgres} becomes a shell
 * script that sets the variables and executes it (same process, same pid). This is done in a
 * binaries directory of our own, not in the one the test clusters share. An external production
 * server is given the same variables by its operator (README, "Running on an external PostgreSQL").
 */
final class ServerEnvironment {

    /** glibc's tunables (mallopt(3)): 1 GiB, larger than any value the application stores. */
    static final List<String> MALLOC = List.of(
            "MALLOC_MMAP_THRESHOLD_=1073741824",
            "MALLOC_TRIM_THRESHOLD_=1073741824");

    private static final String MARKER = "# Fairdraw: system/db/ServerEnvironment";

    private ServerEnvironment() {
    }

    /** Where the operator's server's binaries are extracted (zonky's override working directory). */
    static Path binariesDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"), "fairdraw-embedded-pg-" + System.getProperty("user.name"));
    }

    /** Installs the wrapper in every extracted binaries directory under {@code workingDirectory}. */
    static void install(Path workingDirectory) {
        try (Stream<Path> dirs = Files.list(workingDirectory)) {
            for (Path dir : (Iterable<Path>) dirs.filter(d -> d.getFileName().toString().startsWith("PG-"))::iterator) {
                Path bin = dir.resolve("bin");
                if (Files.isRegularFile(bin.resolve("postgres"))) {
                    wrap(bin);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the PostgreSQL binaries in " + workingDirectory, e);
        }
    }

    /**
     * Idempotent, and safe against another JVM doing the same: each file is written aside and moved
     * into place atomically, and the real binary is only ever copied, never left half written.
     */
    static void wrap(Path bin) throws IOException {
        Path postgres = bin.resolve("postgres");
        Path real = bin.resolve("postgres.bin");
        String script = script();
        if (isScript(postgres) && Files.readString(postgres).equals(script)) {
            return;
        }
        // zonky re-extracts the binaries when an entry of their directory is newer than its marker
        // file (EmbeddedPostgres.isPgBinReady): bin/ keeps its modification time.
        FileTime modified = Files.getLastModifiedTime(bin);
        if (!isScript(postgres)) {
            Path copy = Files.createTempFile(bin, "postgres.bin", ".tmp");
            Files.copy(postgres, copy, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
            Files.move(copy, real, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        }
        Path next = Files.createTempFile(bin, "postgres", ".tmp");
        Files.writeString(next, script);
        Files.setPosixFilePermissions(next, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.move(next, postgres, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        Files.setLastModifiedTime(bin, modified);
    }

    private static String script() {
        StringBuilder s = new StringBuilder("#!/bin/sh\n").append(MARKER).append('\n');
        MALLOC.forEach(variable -> s.append("export ").append(variable).append('\n'));
        // "$0" is the absolute path zonky and initdb run; postgres finds its lib and share directories
        // from its own path, which stays in bin/.
        return s.append("exec \"$(dirname \"$0\")/postgres.bin\" \"$@\"\n").toString();
    }

    private static boolean isScript(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(2);
            return Arrays.equals(head, "#!".getBytes(StandardCharsets.US_ASCII));
        }
    }
}
