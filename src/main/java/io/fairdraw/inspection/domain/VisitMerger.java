package io.fairdraw.inspection.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.draw.JointVisits;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * 同一主体多个事项 … 联合抽查，原则上一次性完成; 避免重复抽查、多头执法 (兵自然资发〔2020〕47号, issue 19
 * item 2): when a draw selects an entity that a draw executed earlier selected for an overlapping
 * period, and that visit has not been done yet, the earlier team visits once for both tasks' items
 * and this draw's team for the entity is 并入联合检查 — the person who visits is still a person drawn.
 * Runs inside the draw's transaction, right after its visits are created, so both commit together.
 */
@Component
class VisitMerger implements JointVisits {

    static final String MERGED = "MERGED";

    /** 并入联合检查: the team of a merged visit does not record it; the visit it joined covers its items. */
    static void requireOwnVisit(Visit v) {
        if (MERGED.equals(v.status())) {
            throw new io.fairdraw.shared.ConflictError("inspection.visit.merged");
        }
    }

    private final JdbcClient jdbc;
    private final Tasks tasks;
    private final AuditLog audit;

    VisitMerger(JdbcClient jdbc, Tasks tasks, AuditLog audit) {
        this.jdbc = jdbc;
        this.tasks = tasks;
        this.audit = audit;
    }

    /**
     * The items a visit's record asks: its task's, then those of the tasks whose visits joined it
     * (one visit, for both tasks' items), each code once.
     */
    static List<TaskView.Item> items(TaskView own, List<Long> jointTaskIds, Tasks tasks) {
        java.util.Map<String, TaskView.Item> out = new java.util.LinkedHashMap<>();
        own.items().forEach(i -> out.putIfAbsent(i.code(), i));
        for (long id : jointTaskIds) {
            tasks.task(id).ifPresent(t -> t.items().forEach(i -> out.putIfAbsent(i.code(), i)));
        }
        return List.copyOf(out.values());
    }

    private record Open(long id, String drawId, long taskId, String uscc) {
    }

    /** Merges this draw's new visits into earlier planned visits of the same entity; returns how many. */
    int mergeInto(String drawId, long taskId) {
        Optional<TaskView> mine = tasks.task(taskId);
        if (mine.isEmpty()) {
            return 0;
        }
        // Earlier planned visits (no record begun) of the entities this draw selected, other tasks, oldest first.
        List<Open[]> pairs = jdbc.sql("SELECT n.id, n.draw_id, n.task_id, n.uscc, o.id, o.draw_id, o.task_id, o.uscc "
                        + "FROM inspection_visit n JOIN inspection_visit o ON o.uscc = n.uscc AND o.task_id <> n.task_id "
                        + "AND o.status = 'PLANNED' AND o.id < n.id "
                        // a record already begun asks only its own items: that team cannot take on more
                        + "AND NOT EXISTS (SELECT 1 FROM inspection_record r WHERE r.visit_id = o.id) "
                        + "WHERE n.draw_id = ? AND n.status = 'PLANNED' ORDER BY n.id, o.id")
                .param(drawId)
                .query((rs, i) -> new Open[] {new Open(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)),
                        new Open(rs.getLong(5), rs.getString(6), rs.getLong(7), rs.getString(8))})
                .list();
        Set<Long> merged = new LinkedHashSet<>();
        java.util.Map<Long, Optional<TaskView>> others = new java.util.HashMap<>();
        for (Open[] p : pairs) {
            Open later = p[0];
            Open earlier = p[1];
            if (merged.contains(later.id())) {
                continue;
            }
            Optional<TaskView> other = others.computeIfAbsent(earlier.taskId(), tasks::task);
            if (other.isEmpty() || !overlap(mine.get(), other.get())) {
                continue;
            }
            jdbc.sql("UPDATE inspection_visit SET item_codes = ARRAY(SELECT DISTINCT unnest(item_codes || "
                            + "(SELECT item_codes FROM inspection_visit WHERE id = ?)) ORDER BY 1) WHERE id = ?")
                    .params(later.id(), earlier.id()).update();
            jdbc.sql("UPDATE inspection_visit SET status = 'MERGED', merged_into = ? WHERE id = ?")
                    .params(earlier.id(), later.id()).update();
            merged.add(later.id());
            audit.record(AuditEvent.of("VISIT_MERGED", "inspection_visit", String.valueOf(later.id()),
                    later.drawId() + " " + later.uscc() + " -> " + earlier.drawId() + " #" + earlier.id()));
        }
        return merged.size();
    }

    private static boolean overlap(TaskView a, TaskView b) {
        return !a.periodStart().isAfter(b.periodEnd()) && !b.periodStart().isAfter(a.periodEnd());
    }

    @Override
    public List<Joint> of(String drawId) {
        List<Joint> out = new ArrayList<>();
        // this draw's team merged into an earlier visit
        out.addAll(jdbc.sql("SELECT n.uscc, o.draw_id, o.inspectors, o.item_codes FROM inspection_visit n "
                        + "JOIN inspection_visit o ON o.id = n.merged_into WHERE n.draw_id = ? ORDER BY n.uscc")
                .param(drawId).query((rs, i) -> new Joint(rs.getString(1), true, rs.getString(2), list(rs.getArray(3)),
                        list(rs.getArray(4)))).list());
        // later draws' entities this draw's team visits for them too
        out.addAll(jdbc.sql("SELECT o.uscc, n.draw_id, o.inspectors, o.item_codes FROM inspection_visit n "
                        + "JOIN inspection_visit o ON o.id = n.merged_into WHERE o.draw_id = ? ORDER BY o.uscc, n.draw_id")
                .param(drawId).query((rs, i) -> new Joint(rs.getString(1), false, rs.getString(2), list(rs.getArray(3)),
                        list(rs.getArray(4)))).list());
        return out;
    }

    private static List<String> list(Array a) throws SQLException {
        return List.of((String[]) a.getArray());
    }
}
