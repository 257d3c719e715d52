package io.fairdraw.disclosure.domain;

import io.fairdraw.plan.PublishedPlans;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 19 item 7, every public page shows a task's type: the type's message key per published
 * record, for the result lists (one query for the page, then the plan module's labels).
 */
@Component
public class PublicTaskTypes {

    private final JdbcClient jdbc;
    private final PublishedPlans plans;

    PublicTaskTypes(JdbcClient jdbc, PublishedPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    @Transactional(readOnly = true)
    public Map<Long, String> ofRecords(Collection<Long> recordIds) {
        Map<Long, Long> taskOf = new HashMap<>();
        if (recordIds == null || recordIds.isEmpty()) {
            return Map.of();
        }
        jdbc.sql("SELECT record_id, task_id FROM disclosure_record WHERE record_id = ANY(?)")
                .param(recordIds.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    taskOf.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, String> keys = plans.taskTypeKeys(taskOf.values());
        Map<Long, String> out = new HashMap<>();
        taskOf.forEach((record, task) -> {
            if (keys.containsKey(task)) {
                out.put(record, keys.get(task));
            }
        });
        return out;
    }
}
