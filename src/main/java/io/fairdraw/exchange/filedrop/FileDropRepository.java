package io.fairdraw.exchange.filedrop;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FileDropRepository {

    private final JdbcClient jdbc;

    FileDropRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One row per day: a re-run replaces it and counts the attempt. */
    FileDrop save(FileDrop d) {
        return jdbc.sql("""
                INSERT INTO exchange_file_drop (day, status, files, row_count, error, attempts, started_at,
                    finished_at, run_by) VALUES (:day, :status, :files, :rows, :error, 1, :startedAt, :finishedAt, :runBy)
                ON CONFLICT (day) DO UPDATE SET status = EXCLUDED.status, files = EXCLUDED.files,
                    row_count = EXCLUDED.row_count, error = EXCLUDED.error,
                    attempts = exchange_file_drop.attempts + 1, started_at = EXCLUDED.started_at,
                    finished_at = EXCLUDED.finished_at, run_by = EXCLUDED.run_by
                RETURNING *""")
                .param("day", d.day())
                .param("status", d.status().name())
                .param("files", String.join("\n", d.files()))
                .param("rows", d.rows())
                .param("error", d.error())
                .param("startedAt", Timestamp.from(d.startedAt()))
                .param("finishedAt", Timestamp.from(d.finishedAt()))
                .param("runBy", d.runBy())
                .query(FileDropRepository::drop).single();
    }

    Optional<FileDrop> find(LocalDate day) {
        return jdbc.sql("SELECT * FROM exchange_file_drop WHERE day = ?").param(day)
                .query(FileDropRepository::drop).optional();
    }

    /** The latest days first. */
    List<FileDrop> recent(int limit) {
        return jdbc.sql("SELECT * FROM exchange_file_drop ORDER BY day DESC LIMIT ?").param(limit)
                .query(FileDropRepository::drop).list();
    }

    /** The last day written, to catch up on days a stopped system missed. */
    Optional<LocalDate> lastWritten() {
        return jdbc.sql("SELECT max(day) FROM exchange_file_drop WHERE status = 'WRITTEN'")
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    private static FileDrop drop(ResultSet rs, int row) throws SQLException {
        String files = rs.getString("files");
        return new FileDrop(rs.getObject("day", LocalDate.class), FileDrop.Status.valueOf(rs.getString("status")),
                files.isEmpty() ? List.of() : Arrays.asList(files.split("\n")), rs.getInt("row_count"),
                rs.getString("error"), rs.getInt("attempts"), rs.getTimestamp("started_at").toInstant(),
                rs.getTimestamp("finished_at").toInstant(), rs.getString("run_by"));
    }
}
