package io.fairdraw.inspection.domain;

import io.fairdraw.draw.VisitProgress;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue 17 item 6: no substitution once the visit's record has been started — a record row exists
 * (a draft counts: the team has begun to write what it found).
 */
@Component
class DrawVisitProgress implements VisitProgress {

    private final JdbcClient jdbc;

    DrawVisitProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean recordStarted(String drawId, String uscc) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM inspection_record r JOIN inspection_visit v ON v.id = r.visit_id "
                + "WHERE v.draw_id = ? AND v.uscc = ?)").params(drawId, uscc).query(Boolean.class).single();
    }
}
