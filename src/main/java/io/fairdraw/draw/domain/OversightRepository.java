package io.fairdraw.draw.domain;

import io.fairdraw.draw.DrawOversight;
import io.fairdraw.plan.PlanAmendments;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * 抽取监督 from the draw tables. The plan year is the first part of the task reference
 * ({@code year-unit-code}, see DrawAnnouncer); each {@link DrawStatus} is counted apart.
 */
@Repository
class OversightRepository implements DrawOversight {

    private static final String WHERE = " WHERE (CAST(:units AS text[]) IS NULL OR a.unit_code = ANY(CAST(:units AS text[]))) "
            + "AND (CAST(:year AS int) IS NULL OR split_part(a.task_ref, '-', 1)::int = :year)";

    private final JdbcClient jdbc;
    private final PlanAmendments amendments;

    OversightRepository(JdbcClient jdbc, PlanAmendments amendments) {
        this.jdbc = jdbc;
        this.amendments = amendments;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Row> table(Collection<String> unitCodes, Integer year) {
        String[] units = unitCodes == null ? null : unitCodes.toArray(String[]::new);
        Map<String, Map<String, Long>> substitutions = new HashMap<>();
        jdbc.sql("SELECT a.unit_code, split_part(a.task_ref, '-', 1)::int, r.reason_code, count(*) "
                        + "FROM draw_substitution_request r JOIN draw_announcement a ON a.draw_id = r.draw_id"
                        + WHERE + " AND r.status = 'APPROVED' GROUP BY 1, 2, 3")
                .param("units", units).param("year", year)
                .query((rs, i) -> substitutions.computeIfAbsent(rs.getString(1) + "/" + rs.getInt(2),
                        k -> new HashMap<>()).put(rs.getString(3), rs.getLong(4)))
                .list();
        // Issue 19 item 6: a drawn task cancelled by a reviewed plan amendment counts here.
        Map<String, Long> cancelled = amendments.cancelledAfterDraw(unitCodes, year);
        return new ArrayList<>(jdbc.sql("SELECT a.unit_code, split_part(a.task_ref, '-', 1)::int AS year, count(*), "
                        + "count(*) FILTER (WHERE a.status = 'EXECUTED'), count(*) FILTER (WHERE a.status = 'FAILED'), "
                        + "count(*) FILTER (WHERE a.status = 'SUPERSEDED'), count(o.id), "
                        + "array_agg(a.draw_id ORDER BY a.announced_at, a.draw_id) "
                        + "FROM draw_announcement a LEFT JOIN draw_staffing_override o ON o.draw_id = a.draw_id"
                        + WHERE + " GROUP BY 1, 2 ORDER BY 2 DESC, 1")
                .param("units", units).param("year", year)
                .query((rs, i) -> new Row(rs.getString(1), rs.getInt(2), rs.getLong(3), rs.getLong(4), rs.getLong(5),
                        rs.getLong(6), rs.getLong(7),
                        substitutions.getOrDefault(rs.getString(1) + "/" + rs.getInt(2), Map.of()),
                        Arrays.asList((String[]) rs.getArray(8).getArray()),
                        cancelled.getOrDefault(rs.getString(1) + "/" + rs.getInt(2), 0L)))
                .list());
    }
}
