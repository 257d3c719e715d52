package io.fairdraw.draw.domain;

import io.fairdraw.draw.protocol.SelectedEntity;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;

/**
 * The selection of one draw streamed into {@code draw_selection} by one COPY on the transaction's
 * connection while the later teams are still being drawn ({@code DrawProtocol.execute} hands over
 * each entity as soon as its team is drawn): the database stores a batch of rows while the next
 * batch of ranks is hashed, rather than the whole selection afterwards (figures: bench/draw/README.md).
 * {@link #finish} ends the COPY; closing without finishing cancels it, and the transaction then
 * rolls back: a failed draw stores nothing.
 * Public for bench/draw, which times the same code path.
 */
public final class SelectionCopy implements AutoCloseable {

    /** Rows are sent in chunks of about this many characters (a batch of teams is ~2,000 rows, 300 kB). */
    private static final int CHUNK = 64 * 1024;

    private final String drawId;
    private final DataSource dataSource;
    private final Connection connection;
    private final CopyIn copy;
    private final StringBuilder rows = new StringBuilder(CHUNK + 1024);
    private int orderNo;
    private boolean finished;

    public SelectionCopy(DataSource dataSource, String drawId) {
        this.dataSource = dataSource;
        this.drawId = drawId;
        this.connection = DataSourceUtils.getConnection(dataSource);
        try {
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY draw_selection "
                    + "(draw_id, order_no, uscc, stratum, ticket, org_code, inspectors) FROM STDIN (FORMAT csv)");
        } catch (SQLException e) {
            DataSourceUtils.releaseConnection(connection, dataSource);
            throw failed(e);
        }
    }

    /** The next selected entity, in selection order (its order_no is its position, from 1). */
    public void add(SelectedEntity e) {
        // Every field is [0-9A-Za-z._-] (FD-DRAW-1 preamble): no quoting needed, the array literal is safe.
        rows.append(drawId).append(',').append(++orderNo).append(',').append(e.uscc()).append(',').append(e.stratum())
                .append(',').append(e.ticket()).append(',').append(e.orgCode()).append(",\"{")
                .append(String.join(",", e.inspectors())).append("}\"\n");
        if (rows.length() >= CHUNK) {
            send();
        }
    }

    /** Sends the last rows and ends the COPY; the number of rows stored. */
    public long finish() {
        send();
        try {
            long stored = copy.endCopy();
            finished = true;
            return stored;
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    private void send() {
        if (rows.isEmpty()) {
            return;
        }
        byte[] bytes = rows.toString().getBytes(StandardCharsets.UTF_8);
        rows.setLength(0);
        try {
            copy.writeToCopy(bytes, 0, bytes.length);
            copy.flushCopy();
        } catch (SQLException e) {
            throw failed(e);
        }
    }

    @Override
    public void close() {
        try {
            if (!finished && copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException e) {
            throw failed(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private IllegalStateException failed(SQLException e) {
        return new IllegalStateException("cannot store the selection of " + drawId, e);
    }
}
