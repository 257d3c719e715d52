package io.fairdraw.plan.domain;

import io.fairdraw.plan.TaskType;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The stored type of a task (issue 19 item 7): 不定向 or 定向 with its published reason. */
@Component
public class TaskTypes {

    static final TaskType DEFAULT = TaskType.RANDOM;

    /** A task's type and, for TARGETED, the reason published with it (empty otherwise). */
    public record Declared(TaskType type, String reason) {
        public static final Declared RANDOM = new Declared(TaskType.RANDOM, "");

        public boolean targeted() {
            return type == TaskType.TARGETED;
        }
    }

    private final JdbcClient jdbc;

    TaskTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Declared of(long taskId) {
        return jdbc.sql("SELECT task_type, type_reason FROM plan_task WHERE id = ?").param(taskId)
                .query((rs, n) -> new Declared(TaskType.valueOf(rs.getString(1)),
                        rs.getString(2) == null ? "" : rs.getString(2)))
                .optional().orElse(Declared.RANDOM);
    }

    /** {@link #of(long)} for each of these tasks, in one query (issue 23 item 4: a plan page's rows). */
    public Map<Long, Declared> of(Collection<Long> taskIds) {
        Map<Long, Declared> out = new HashMap<>();
        jdbc.sql("SELECT id, task_type, type_reason FROM plan_task WHERE id = ANY(?)").param(taskIds.toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getLong(1), new Declared(TaskType.valueOf(rs.getString(2)),
                            rs.getString(3) == null ? "" : rs.getString(3)));
                });
        return out;
    }

    void save(long taskId, Declared declared) {
        jdbc.sql("UPDATE plan_task SET task_type = ?, type_reason = ? WHERE id = ?")
                .params(declared.type().name(), declared.reason().isEmpty() ? null : declared.reason(), taskId).update();
    }
}
