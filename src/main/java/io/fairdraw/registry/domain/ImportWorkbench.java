package io.fairdraw.registry.domain;

import io.fairdraw.registry.ImportWorkload;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The 工作台's read of the import log (issue 21 item 1). */
@Service
class ImportWorkbench implements ImportWorkload {

    private final JdbcClient jdbc;

    ImportWorkbench(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ImportProblem> problems(String unitCode, Instant since) {
        return jdbc.sql("SELECT id, file_name, created_at, status, rejected FROM registry_import WHERE unit_code = ? "
                        + "AND created_at >= ? AND (rejected > 0 OR status = 'FAILED') ORDER BY created_at DESC, id DESC")
                .params(unitCode, Timestamp.from(since))
                .query((rs, n) -> new ImportProblem(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
                        rs.getString(4), rs.getInt(5))).list();
    }
}
