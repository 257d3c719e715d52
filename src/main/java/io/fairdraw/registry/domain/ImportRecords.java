package io.fairdraw.registry.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Read side of stored imports and their rejected rows. */
@Repository
class ImportRecords {

    private static final String COLUMNS = "id, file_name, unit_code, created_by, created_at, finished_at, status, "
            + "total, inserted, updated, unchanged, rejected, message";

    private final JdbcClient jdbc;

    ImportRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ImportRecord> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM registry_import WHERE id = ?").param(id)
                .query(ImportRecords::map).optional();
    }

    List<ImportRecord> recent(String[] unitsOrNull, int limit) {
        if (unitsOrNull == null) {
            return jdbc.sql("SELECT " + COLUMNS + " FROM registry_import ORDER BY id DESC LIMIT ?")
                    .param(limit).query(ImportRecords::map).list();
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM registry_import WHERE unit_code = ANY(?) ORDER BY id DESC LIMIT ?")
                .params(unitsOrNull, limit).query(ImportRecords::map).list();
    }

    void forEachError(long id, int limit, Consumer<RejectedRow> consumer) {
        jdbc.sql("SELECT row_no, columns, messages, original FROM registry_import_error WHERE import_id = ? "
                        + "ORDER BY row_no LIMIT ?")
                .params(id, limit).withFetchSize(2000)
                .query(rs -> {
                    consumer.accept(new RejectedRow(rs.getInt(1), strings(rs.getArray(2)), strings(rs.getArray(3)),
                            strings(rs.getArray(4))));
                });
    }

    void recordFailure(long id, String fileName, String unitCode, String actor, String message) {
        jdbc.sql("INSERT INTO registry_import (id, file_name, unit_code, created_by, status, finished_at, message) "
                        + "VALUES (?,?,?,?,'FAILED',now(),?)")
                .params(id, fileName, unitCode, actor, message).update();
    }

    private static List<String> strings(Array a) throws SQLException {
        return Arrays.asList((String[]) a.getArray());
    }

    private static ImportRecord map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp(6);
        return new ImportRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getTimestamp(5).toInstant(), finished == null ? null : finished.toInstant(), rs.getString(7),
                rs.getInt(8), rs.getInt(9), rs.getInt(10), rs.getInt(11), rs.getInt(12), rs.getString(13));
    }
}
