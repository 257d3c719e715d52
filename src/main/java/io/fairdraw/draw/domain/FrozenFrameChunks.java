package io.fairdraw.draw.domain;

import java.io.ByteArrayInputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * Where a draw's frozen frame is stored: its canonical text (frame.csv) and the org codes of its
 * lines ({@link FrozenInputs}), each cut into chunks of at most {@link #CHUNK_BYTES} in
 * {@code draw_frozen_chunk}, numbered from 0, and read back by concatenating them in that order,
 * byte for byte what was hashed (FD-DRAW-1 §1).
 *
 * <p>Why chunks (issue 22 item 7): stored as one value per text (25 MB per million entities), every
 * statement that wrote or read a frame made the server's backend allocate, copy and free the whole
 * text several times (the bound parameter, the detoasted copy, the protocol buffer); past glibc's
 * largest dynamic mmap threshold each of those was mapped and faulted in afresh, which once took a
 * malloc wrapper around the embedded server's binary. A bounded chunk is allocated again and again
 * from the same heap. Cutting at byte offsets, not at lines, keeps the texts opaque here: a line
 * may straddle two chunks. Public for bench/draw, which times the same code path.
 */
public final class FrozenFrameChunks {

    /** The largest chunk, as the migration V20270207_1000 cut the frames stored before. */
    public static final int CHUNK_BYTES = 1 << 20;

    /** Chunks sent to the server per batch: a few MB in flight, not the whole frame. */
    private static final int BATCH = 16;

    static final String FRAME = "frame";
    static final String ORG_CODES = "org_codes";

    /** The two stored texts of a frame. */
    public record Texts(byte[] frame, byte[] orgCodes) {
    }

    private FrozenFrameChunks() {
    }

    /** Stores both texts of {@code drawId}, in the caller's transaction, after its announcement row. */
    public static void write(Connection connection, String drawId, byte[] frame, byte[] orgCodes) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO draw_frozen_chunk (draw_id, part, ordinal, bytes) VALUES (?, ?, ?, ?)")) {
            int pending = add(insert, drawId, FRAME, frame, 0);
            pending = add(insert, drawId, ORG_CODES, orgCodes, pending);
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static int add(PreparedStatement insert, String drawId, String part, byte[] text, int pending)
            throws SQLException {
        for (int ordinal = 0, from = 0; from < text.length; ordinal++, from += CHUNK_BYTES) {
            int length = Math.min(CHUNK_BYTES, text.length - from);
            insert.setString(1, drawId);
            insert.setString(2, part);
            insert.setInt(3, ordinal);
            // a view of the text, sent as binary: no copy of the chunk in the JVM
            insert.setBinaryStream(4, new ByteArrayInputStream(text, from, length), length);
            insert.addBatch();
            if (++pending == BATCH) {
                insert.executeBatch();
                pending = 0;
            }
        }
        return pending;
    }

    /** Both texts of {@code drawId}, for an execution or orgs.csv; empty texts if none were stored. */
    public static Texts read(Connection connection, String drawId) throws SQLException {
        return new Texts(read(connection, drawId, FRAME), read(connection, drawId, ORG_CODES));
    }

    /** One text, its chunks fetched a few at a time into an array of its exact size. */
    private static byte[] read(Connection connection, String drawId, String part) throws SQLException {
        byte[] text = new byte[size(connection, drawId, part)];
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT bytes FROM draw_frozen_chunk WHERE draw_id = ? AND part = ? ORDER BY ordinal")) {
            // binary transfer: a chunk arrives as its bytes, not as twice as many hex digits to decode
            select.unwrap(PGStatement.class).setPrepareThreshold(-1);
            select.setFetchSize(BATCH);
            select.setString(1, drawId);
            select.setString(2, part);
            int at = 0;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    byte[] chunk = rs.getBytes(1);
                    System.arraycopy(chunk, 0, text, at, chunk.length);
                    at += chunk.length;
                }
            }
            return text;
        }
    }

    /** {@link #read} on the transaction's connection. */
    static Texts read(DataSource dataSource, String drawId) {
        return onConnection(dataSource, drawId, c -> read(c, drawId));
    }

    /** The canonical frame text alone (frame.csv), on the transaction's connection. */
    static byte[] frame(DataSource dataSource, String drawId) {
        return onConnection(dataSource, drawId, c -> read(c, drawId, FRAME));
    }

    /** {@link #write} on the transaction's connection. */
    static void write(DataSource dataSource, String drawId, byte[] frame, byte[] orgCodes) {
        onConnection(dataSource, drawId, c -> {
            write(c, drawId, frame, orgCodes);
            return null;
        });
    }

    /** The byte size of one stored text: the chunks' lengths, read without fetching their bytes. */
    private static int size(Connection connection, String drawId, String part) throws SQLException {
        try (PreparedStatement sum = connection.prepareStatement(
                "SELECT coalesce(sum(octet_length(bytes)), 0) FROM draw_frozen_chunk WHERE draw_id = ? AND part = ?")) {
            sum.setString(1, drawId);
            sum.setString(2, part);
            try (ResultSet rs = sum.executeQuery()) {
                rs.next();
                return Math.toIntExact(rs.getLong(1));
            }
        }
    }

    private interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private static <T> T onConnection(DataSource dataSource, String drawId, Work<T> work) {
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            return work.on(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store or read the frozen frame of " + drawId, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }
}
