package io.fairdraw.inspection.domain;

import io.fairdraw.draw.DirectoryChanges;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Issue 17 item 7: a login account linked to a drawn inspector after the draw. */
@Component
class AccountLinkChanges implements DirectoryChanges {

    private final JdbcClient jdbc;

    AccountLinkChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Change> since(Collection<String> inspectorIds, Instant since) {
        return jdbc.sql("SELECT inspector_id, created_at FROM inspection_account WHERE inspector_id = ANY(?) "
                        + "AND created_at > ?").params(inspectorIds.toArray(String[]::new), Timestamp.from(since))
                .query((rs, i) -> new Change(rs.getString(1), rs.getTimestamp(2).toInstant(), Kind.ACCOUNT_LINKED))
                .list();
    }
}
