package io.fairdraw.inspector.domain;

import io.fairdraw.draw.DirectoryChanges;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Issue 17 item 7: directory entries edited, leaves entered and conflicts declared after a moment. */
@Component
class DirectoryChangeSource implements DirectoryChanges {

    private final JdbcClient jdbc;

    DirectoryChangeSource(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Change> since(Collection<String> inspectorIds, Instant since) {
        String[] ids = inspectorIds.toArray(String[]::new);
        Timestamp t = Timestamp.from(since);
        return jdbc.sql("SELECT id, updated_at, 'UPDATED' FROM inspector WHERE id = ANY(?) AND updated_at > ? "
                        + "UNION ALL SELECT inspector_id, created_at, 'LEAVE_ADDED' FROM inspector_leave "
                        + "WHERE inspector_id = ANY(?) AND created_at > ? "
                        + "UNION ALL SELECT inspector_id, created_at, 'CONFLICT_DECLARED' FROM inspector_conflict "
                        + "WHERE inspector_id = ANY(?) AND created_at > ?")
                .params(ids, t, ids, t, ids, t)
                .query((rs, i) -> new Change(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        Kind.valueOf(rs.getString(3)))).list();
    }
}
