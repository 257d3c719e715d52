package io.fairdraw.audit.domain;

import io.fairdraw.audit.AuditVerification;
import io.fairdraw.audit.scan.EntryScan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.LongFunction;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Feeds entries {@code 1..n} to an {@link EntryScan} as the COPY text its contract names: the
 * eleven columns in order, with the time printed in ISO style at UTC. Runs on the caller's
 * connection, in its (read-only) transaction.
 */
final class EntryCopy {

    private EntryCopy() {
    }

    static AuditVerification scan(Connection connection, long n, EntryScan scan, byte[] leaves, byte[] present,
                                  LongFunction<String> slowCanonical) {
        try (Statement s = connection.createStatement()) {
            // Fixes the text COPY prints for timestamptz; local to the caller's transaction.
            s.execute("SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO'");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        String sql = "COPY (SELECT seq, at, actor, unit_code, action, target_type, target_id, summary, client_addr, "
                + "prev_hash, hash FROM audit_entry WHERE seq BETWEEN 1 AND " + n + " ORDER BY seq) TO STDOUT";
        try (InputStream in = new PGCopyInputStream(connection.unwrap(PGConnection.class), sql)) {
            return scan.scan(in, n, leaves, present, slowCanonical);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
