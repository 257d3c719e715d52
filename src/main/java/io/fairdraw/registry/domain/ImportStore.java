package io.fairdraw.registry.domain;

import io.fairdraw.registry.engine.KnownEntities;
import io.fairdraw.shared.ConflictError;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyOut;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;

/**
 * The SQL of an import, on the connection of the caller's transaction: the registry is read once
 * ({@link #known}); new entities are streamed with {@code COPY} straight into it; changed ones go
 * with {@code COPY} into a temporary staging table, merged per chunk by one statement that joins
 * each staged row to its entity once and re-checks it column by column ({@code IS DISTINCT FROM})
 * before any write.
 */
@Repository
class ImportStore {

    static final String STAGE_COLUMNS =
            "row_no, uscc, name, entity_type, field, unit_code, address, legal_rep, license_no, status, risk_class";
    private static final String DATA = "name, entity_type, field, unit_code, address, legal_rep, license_no, status, risk_class";
    private static final String[] DATA_COLUMNS = DATA.split(", ");

    private static final int COPY_MESSAGE = 1 << 16;
    private static final java.security.SecureRandom SEEDS = new java.security.SecureRandom();

    /** Serialises imports: two files carrying the same new code would otherwise race on the key. */
    private static final long IMPORT_LOCK = 0x4644524547494DL; // "FDREGIM"

    record Merged(int inserted, int updated, int[] conflictRows, String[] conflictOwners) {
    }

    private final DataSource dataSource;
    /** How long an import waits for the one before it (issue 18: no wait without a timeout), in ms. */
    private final long lockWaitMillis;

    ImportStore(DataSource dataSource,
                @org.springframework.beans.factory.annotation.Value("${fairdraw.import.lock-wait:5m}")
                java.time.Duration lockWait) {
        this.dataSource = dataSource;
        this.lockWaitMillis = Math.max(1, lockWait.toMillis());
    }

    private Connection connection() {
        return DataSourceUtils.getConnection(dataSource);
    }

    long nextImportId() {
        return query1("SELECT nextval('registry_import_id_seq')");
    }

    /** Once per import, inside its transaction: lock, staging table, plan settings. */
    void begin(long id, String fileName, String unitCode, String actor) {
        try (Statement st = connection().createStatement()) {
            // Issue 18: no thread waits without a timeout. Imports take turns; one that waits
            // longer than fairdraw.import.lock-wait is told to try again.
            st.execute("SET LOCAL lock_timeout = " + lockWaitMillis);
            try {
                st.execute("SELECT pg_advisory_xact_lock(" + IMPORT_LOCK + ")");
            } catch (SQLException e) {
                if ("55P03".equals(e.getSQLState())) { // lock_not_available
                    throw new ConflictError("registry.import.busy");
                }
                throw e;
            }
            st.execute("SET LOCAL lock_timeout = 0");
            st.execute("CREATE TEMP TABLE registry_import_stage (row_no INT NOT NULL, uscc TEXT NOT NULL, "
                    + "name TEXT, entity_type TEXT, field TEXT, unit_code TEXT, address TEXT, legal_rep TEXT, "
                    + "license_no TEXT, status TEXT, risk_class TEXT) ON COMMIT DROP");
            // Each chunk probes the primary key once per staged row; a hash join would scan the
            // whole (growing, not yet analysed) entity table once per chunk instead.
            st.execute("SET LOCAL enable_hashjoin = off");
            st.execute("SET LOCAL enable_mergejoin = off");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        update("INSERT INTO registry_import (id, file_name, unit_code, created_by, status) VALUES (?,?,?,?,'RUNNING')",
                id, fileName, unitCode, actor);
    }

    /**
     * The registry as this import finds it, in one sequential read (DESIGN.md §4 import anchors).
     * Read on the import's connection after its lock, so no other import can add codes meanwhile;
     * a code created by hand meanwhile makes the COPY of new rows fail, and the import with it,
     * rather than be overwritten.
     */
    KnownEntities known() {
        Connection c = connection();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM registry_entity")) {
            rs.next();
            KnownEntities known = KnownEntities.engine(rs.getInt(1), SEEDS.nextLong());
            CopyOut out = c.unwrap(PGConnection.class).getCopyAPI()
                    .copyOut("COPY (SELECT uscc, " + DATA + " FROM registry_entity) TO STDOUT");
            byte[] row;
            // One CopyData message per row (PostgreSQL protocol, COPY TO).
            while ((row = out.readFromCopy()) != null) {
                known.add(row);
            }
            return known;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** New entities go straight into the registry with COPY: as fast as a bare load (DESIGN.md §4). */
    void copyNew(CopyBuffer rows) {
        copy("COPY registry_entity (uscc, " + DATA + ", created_by, created_import, updated_by) FROM STDIN", rows);
    }

    void copyToStage(CopyBuffer rows) {
        copy("COPY registry_import_stage (" + STAGE_COLUMNS + ") FROM STDIN", rows);
    }

    private void copy(String sql, CopyBuffer rows) {
        CopyIn in = null;
        try {
            in = connection().unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
            // 64 KB messages: the server parses each as soon as it has it, while the next is on its way.
            for (int from = 0; from < rows.length(); from += COPY_MESSAGE) {
                in.writeToCopy(rows.array(), from, Math.min(COPY_MESSAGE, rows.length() - from));
            }
            in.endCopy();
        } catch (SQLException e) {
            cancel(in);
            throw new IllegalStateException(e);
        }
    }

    private static void cancel(CopyIn in) {
        if (in != null && in.isActive()) {
            try {
                in.cancelCopy();
            } catch (SQLException ignored) {
                // the transaction is rolled back anyway
            }
        }
    }

    /** Merges the staged chunk into the registry and empties the stage. */
    Merged mergeStage(long importId, String actor, String[] writableUnits) {
        String sql = MERGE_SQL;
        Connection c = connection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", writableUnits));
            ps.setString(2, actor);
            ps.setLong(3, importId);
            ps.setString(4, actor);
            ps.setString(5, actor);
            ps.setLong(6, importId);
            ps.setString(7, actor);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                Array rows = rs.getArray(3);
                Array owners = rs.getArray(4);
                return new Merged(rs.getInt(1), rs.getInt(2),
                        rows == null ? new int[0] : toInts((Integer[]) rows.getArray()),
                        owners == null ? new String[0] : (String[]) owners.getArray());
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static final String MERGE_SQL = mergeSql();

    private static String mergeSql() {
        String distinct = "(" + prefixed("e_") + ") IS DISTINCT FROM (" + DATA + ")";
        StringBuilder changes = new StringBuilder("jsonb_strip_nulls(jsonb_build_object(");
        for (int i = 0; i < DATA_COLUMNS.length; i++) {
            String c = DATA_COLUMNS[i];
            changes.append(i == 0 ? "" : ", ").append("'").append(c).append("', CASE WHEN e_").append(c)
                    .append(" IS DISTINCT FROM ").append(c).append(" THEN jsonb_build_array(e_").append(c)
                    .append(", ").append(c).append(") END");
        }
        changes.append("))");
        String sql = "WITH j AS MATERIALIZED (SELECT s.*, e.uscc AS e_uscc, " + prefixedFrom("e.", "e_")
                + " FROM registry_import_stage s LEFT JOIN registry_entity e ON e.uscc = s.uscc), "
                + "conflict AS (SELECT row_no, e_unit_code FROM j WHERE e_uscc IS NOT NULL "
                + "  AND e_unit_code <> unit_code AND NOT (e_unit_code = ANY(?))), "
                + "changed AS (SELECT * FROM j WHERE e_uscc IS NOT NULL AND " + distinct
                + "  AND row_no NOT IN (SELECT row_no FROM conflict)), "
                + "hist AS (INSERT INTO registry_entity_change (uscc, actor, source, import_id, changes) "
                + "  SELECT uscc, ?, 'IMPORT', ?, " + changes + " FROM changed), "
                + "upd AS (UPDATE registry_entity e SET " + assignments()
                + ", updated_at = now(), updated_by = ?, version = e.version + 1 "
                + "  FROM changed c WHERE e.uscc = c.uscc RETURNING 1), "
                + "ins AS (INSERT INTO registry_entity (uscc, " + DATA + ", created_by, created_import, updated_by) "
                + "  SELECT uscc, " + DATA + ", ?, ?, ? FROM j WHERE e_uscc IS NULL RETURNING 1) "
                + "SELECT (SELECT count(*) FROM ins), (SELECT count(*) FROM upd), "
                + "(SELECT array_agg(row_no ORDER BY row_no) FROM conflict), "
                + "(SELECT array_agg(e_unit_code ORDER BY row_no) FROM conflict)";
        return sql;
    }

    void clearStage() {
        update("TRUNCATE registry_import_stage");
    }

    void storeErrors(long importId, List<RejectedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        Connection c = connection();
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO registry_import_error (import_id, row_no, columns, messages, original) VALUES (?,?,?,?,?)")) {
            for (RejectedRow r : rows) {
                ps.setLong(1, importId);
                ps.setInt(2, r.row());
                ps.setArray(3, c.createArrayOf("text", r.columns().toArray()));
                ps.setArray(4, c.createArrayOf("text", r.messages().toArray()));
                ps.setArray(5, c.createArrayOf("text", r.original().toArray()));
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void finish(long id, int total, int inserted, int updated, int unchanged, int rejected) {
        update("UPDATE registry_import SET status = 'DONE', finished_at = now(), total = ?, inserted = ?, "
                + "updated = ?, unchanged = ?, rejected = ? WHERE id = ?", total, inserted, updated, unchanged, rejected, id);
    }

    private void update(String sql, Object... params) {
        Connection c = connection();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long query1(String sql) {
        Connection c = connection();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        } finally {
            DataSourceUtils.releaseConnection(c, dataSource);
        }
    }

    private static String prefixed(String prefix) {
        return prefixedFrom("", prefix);
    }

    /** "e.name AS e_name, …" (or "e_name, …" via {@link #prefixed}). */
    private static String prefixedFrom(String table, String prefix) {
        StringBuilder sb = new StringBuilder();
        for (String c : DATA_COLUMNS) {
            sb.append(sb.length() == 0 ? "" : ", ");
            sb.append(table.isEmpty() ? prefix + c : table + c + " AS " + prefix + c);
        }
        return sb.toString();
    }

    private static String assignments() {
        StringBuilder sb = new StringBuilder();
        for (String c : DATA_COLUMNS) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c).append(" = c.").append(c);
        }
        return sb.toString();
    }

    private static int[] toInts(Integer[] boxed) {
        int[] out = new int[boxed.length];
        for (int i = 0; i < boxed.length; i++) {
            out[i] = boxed[i];
        }
        return out;
    }
}
