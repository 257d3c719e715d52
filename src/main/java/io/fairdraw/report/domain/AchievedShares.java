package io.fairdraw.report.domain;

import io.fairdraw.catalog.Catalog;
import io.fairdraw.draw.DrawEvents;
import io.fairdraw.draw.TaskDraws;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 19 item 1: the share of each item's frame inspected in the year, per unit, against the
 * ratio the catalog publishes. The frame is the largest frame an executed draw of the item froze
 * that year (the unit's tasks of one item draw from the same directory); inspected counts the
 * distinct entities with an approved, not superseded result for the item.
 */
@Component
public class AchievedShares {

    /** One row: {@code achievedPercent} null when no frame was drawn. */
    public record Row(String unitCode, String itemCode, String itemName, BigDecimal publishedPercent, int frameSize,
                      long inspected, BigDecimal achievedPercent) {

        public boolean below() {
            return achievedPercent != null && achievedPercent.compareTo(publishedPercent) < 0;
        }
    }

    private final JdbcClient jdbc;
    private final Tasks tasks;
    private final TaskDraws draws;
    private final Catalog catalog;

    AchievedShares(JdbcClient jdbc, Tasks tasks, TaskDraws draws, Catalog catalog) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.draws = draws;
        this.catalog = catalog;
    }

    /** In the draw's transaction, as the other facts (FactRecorder). */
    @EventListener
    void on(DrawEvents.DrawExecuted e) {
        TaskView task = tasks.task(e.taskId()).orElse(null);
        if (task == null) {
            return;
        }
        int frame = draws.frameSize(e.drawId());
        for (TaskView.Item i : task.items()) {
            catalog.version(i.versionId()).ifPresent(v -> jdbc.sql("""
                            INSERT INTO report_item_frame (draw_id, task_id, unit_code, year, item_code, item_name,
                                   ratio_percent, frame_size) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT DO NOTHING""")
                    .params(e.drawId(), e.taskId(), task.planUnit(), task.year(), i.code(), i.name(),
                            v.content().ratioPercent(), frame).update());
        }
    }

    @Transactional(readOnly = true)
    public List<Row> of(int year, Collection<String> units) {
        return jdbc.sql("""
                        SELECT f.unit_code, f.item_code, max(f.item_name) AS item_name, max(f.ratio_percent) AS ratio,
                               max(f.frame_size) AS frame,
                               (SELECT count(DISTINCT r.uscc) FROM report_result r
                                  JOIN report_result_item ri ON ri.record_id = r.record_id
                                 WHERE r.year = f.year AND r.unit_code = f.unit_code AND ri.item_code = f.item_code
                                   AND NOT r.superseded) AS inspected
                          FROM report_item_frame f
                         WHERE f.year = ? AND f.unit_code = ANY(?)
                         GROUP BY f.year, f.unit_code, f.item_code ORDER BY f.unit_code, f.item_code""")
                .params(year, units.toArray(String[]::new))
                .query((rs, n) -> {
                    int frame = rs.getInt("frame");
                    long inspected = rs.getLong("inspected");
                    BigDecimal achieved = frame == 0 ? null : BigDecimal.valueOf(inspected * 100)
                            .divide(BigDecimal.valueOf(frame), 2, RoundingMode.DOWN);
                    return new Row(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getBigDecimal("ratio").stripTrailingZeros(), frame, inspected, achieved);
                }).list();
    }
}
