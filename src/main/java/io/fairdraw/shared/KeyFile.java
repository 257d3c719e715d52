package io.fairdraw.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.function.Supplier;

/**
 * A key the demo generates for itself when none is configured (issue 18 §7): kept in a file of the
 * key directory, readable by the operating-system account that runs the application only, never in
 * the database — so whoever can read the database (a backup, a read-only account, an SQL injection)
 * cannot learn it. Production configures its keys instead and never reaches this class.
 *
 * <p>Several application nodes sharing a directory may start at once: the file is written aside and
 * linked into place, which fails when the name exists, so exactly one key wins and every node reads that one.
 */
public final class KeyFile {

    private KeyFile() {
    }

    /**
     * The key directory: {@code configured} if set, else {@code keys/} beside the embedded database's
     * cluster directory ({@code ./data/pg} gives {@code ./data/keys}), outside the cluster so that a
     * copy of the database files carries no key.
     */
    public static Path directory(String configured, String databaseDataDir) {
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip());
        }
        Path cluster = Path.of(databaseDataDir).toAbsolutePath().normalize();
        Path parent = cluster.getParent() == null ? cluster : cluster.getParent();
        return parent.resolve("keys");
    }

    /** The bytes of {@code file}; when it does not exist, {@code generate}'s bytes, stored there first. */
    public static byte[] loadOrCreate(Path file, Supplier<byte[]> generate) {
        try {
            if (Files.exists(file)) {
                return Files.readAllBytes(file);
            }
            Path dir = file.toAbsolutePath().getParent();
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            }
            Path aside = Files.createTempFile(dir, file.getFileName().toString(), ".tmp",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            try {
                Files.write(aside, generate.get());
                // link(2) fails when the name exists (rename(2) would replace it): the first node wins.
                Files.createLink(file, aside);
            } catch (FileAlreadyExistsException e) {
                // another node won
            } finally {
                Files.deleteIfExists(aside);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file
                    + " (set its directory with FAIRDRAW_KEY_DIR)", e);
        }
    }
}
