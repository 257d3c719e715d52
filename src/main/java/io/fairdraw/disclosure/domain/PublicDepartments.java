package io.fairdraw.disclosure.domain;

import io.fairdraw.plan.PublishedPlans;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 20 item 1, the portal names every department of a joint task (跨部门联合抽查, 国发〔2019〕5号):
 * per published record, the lead unit's and each confirmed partner's name joined with 、, for the
 * result lists and the entity page (one query for the page, then the plan module's list).
 */
@Component
public class PublicDepartments {

    private final JdbcClient jdbc;
    private final PublishedPlans plans;

    PublicDepartments(JdbcClient jdbc, PublishedPlans plans) {
        this.jdbc = jdbc;
        this.plans = plans;
    }

    /** Record id → "lead、partner…" for records of joint tasks only (a one-unit task keeps its unit column). */
    @Transactional(readOnly = true)
    public Map<Long, String> ofRecords(Collection<Long> recordIds) {
        if (recordIds == null || recordIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> taskOf = new HashMap<>();
        jdbc.sql("SELECT record_id, task_id FROM disclosure_record WHERE record_id = ANY(?)")
                .param(recordIds.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    taskOf.put(rs.getLong(1), rs.getLong(2));
                });
        Map<Long, List<String>> departments = plans.departments(taskOf.values());
        Map<Long, String> out = new HashMap<>();
        taskOf.forEach((record, task) -> {
            List<String> names = departments.get(task);
            if (names != null && names.size() > 1) {
                out.put(record, String.join("、", names));
            }
        });
        return out;
    }
}
