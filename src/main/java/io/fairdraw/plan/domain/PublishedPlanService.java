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
    private final PreviewService views;

    PublishedPlanService(PlanRepository plans, TaskRepository tasks, PreviewService views) {
        this.plans = plans;
        this.tasks = tasks;
        this.views = views;
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
        return tasks.forPlan(planId).stream().map(t -> views.task(t.id()).orElseThrow()).toList();
    }

    private static PlanSummary summary(AnnualPlan p) {
        return new PlanSummary(p.id(), p.unitCode(), p.year(), p.title(), p.publishedAt(), p.kind(),
                p.coverageReason().orElse(null));
    }
}
