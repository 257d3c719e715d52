package io.fairdraw.plan.domain;

import io.fairdraw.plan.PlanStatus;
import io.fairdraw.plan.PublishedPlans;
import io.fairdraw.plan.TaskView;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read side of published plans for the portal (no scoping: published plans are public). */
@Service
class PublishedPlanService implements PublishedPlans {

    private final PlanRepository plans;
    private final TaskRepository tasks;
    private final TaskFrames frames;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final io.fairdraw.organization.Organization organization;

    PublishedPlanService(PlanRepository plans, TaskRepository tasks, TaskFrames frames,
                         org.springframework.jdbc.core.simple.JdbcClient jdbc,
                         io.fairdraw.organization.Organization organization) {
        this.organization = organization;
        this.jdbc = jdbc;
        this.plans = plans;
        this.tasks = tasks;
        this.frames = frames;
    }

    @Override
    @Transactional(readOnly = true)
    public List<PlanSummary> published(Integer year) {
        return plans.list(null, year, PlanStatus.PUBLISHED.name()).stream().map(PublishedPlanService::summary).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlanSummary> publishedPlan(long planId) {
        return plans.find(planId).filter(p -> p.status() == PlanStatus.PUBLISHED).map(PublishedPlanService::summary);
    }

    @Override
    @Transactional(readOnly = true)
    public List<TaskView> publishedTasks(long planId) {
        if (publishedPlan(planId).isEmpty()) {
            return List.of();
        }
        return tasks.forPlan(planId).stream().map(t -> frames.task(t.id()).orElseThrow()).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> taskTypeKeys(java.util.Collection<Long> taskIds) {
        java.util.Map<Long, String> out = new java.util.HashMap<>();
        if (taskIds == null || taskIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT t.id, t.task_type, p.kind FROM plan_task t JOIN plan_annual p ON p.id = t.plan_id "
                        + "WHERE t.id = ANY(?)")
                .param(taskIds.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    out.put(rs.getLong(1), "SPECIAL".equals(rs.getString(3)) ? "task.type.SPECIAL"
                            : "task.type." + rs.getString(2));
                });
        return out;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, List<String>> departments(java.util.Collection<Long> taskIds) {
        java.util.Map<Long, List<String>> out = new java.util.HashMap<>();
        if (taskIds == null || taskIds.isEmpty()) {
            return out;
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        organization.units().forEach(u -> names.put(u.code(), u.name()));
        // 国发〔2019〕5号 跨部门联合抽查: the lead unit first, then the partners that confirmed (published plans only).
        jdbc.sql("SELECT t.id, p.unit_code, 0 AS o FROM plan_task t JOIN plan_annual p ON p.id = t.plan_id "
                        + "WHERE t.id = ANY(?) AND p.status = 'PUBLISHED' UNION ALL "
                        + "SELECT t.id, x.unit_code, 1 FROM plan_task t JOIN plan_annual p ON p.id = t.plan_id "
                        + "JOIN plan_task_partner x ON x.task_id = t.id "
                        + "WHERE t.id = ANY(?) AND p.status = 'PUBLISHED' AND x.status = 'CONFIRMED' ORDER BY 1, 3, 2")
                .params(taskIds.stream().distinct().toArray(Long[]::new), taskIds.stream().distinct().toArray(Long[]::new))
                .query(rs -> {
                    String code = rs.getString(2);
                    out.computeIfAbsent(rs.getLong(1), k -> new java.util.ArrayList<>()).add(names.getOrDefault(code, code));
                });
        return out;
    }

    private static PlanSummary summary(AnnualPlan p) {
        return new PlanSummary(p.id(), p.unitCode(), p.year(), p.title(), p.publishedAt(), p.kind(),
                p.coverageReason().orElse(null));
    }
}
