package io.fairdraw.exchange.domain;

import io.fairdraw.catalog.CatalogEvents;
import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.credit.CreditEvents;
import io.fairdraw.disclosure.DisclosureEvents;
import io.fairdraw.draw.DrawEvents;
import io.fairdraw.exchange.MessageType;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.plan.PlanEvents;
import io.fairdraw.plan.PublishedPlans;
import io.fairdraw.plan.TaskView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns the modules' events into outbox messages. Plain (synchronous) listeners, never
 * {@code @TransactionalEventListener}: the message is written in the transaction of the change, so a
 * rolled-back change leaves no message and a committed one cannot lose it (issue 20 item 2).
 */
@Component
class OutboxListeners {

    private final Outbox outbox;
    private final OutboxRepository repository;
    private final PublishedPlans plans;
    private final JsonMapper json;

    OutboxListeners(Outbox outbox, OutboxRepository repository, PublishedPlans plans, JsonMapper json) {
        this.outbox = outbox;
        this.repository = repository;
        this.plans = plans;
        this.json = json;
    }

    @EventListener
    void on(CatalogEvents.VersionPublished e) {
        ItemVersion v = e.version();
        var c = v.content();
        outbox.write(MessageType.CATALOG_VERSION_PUBLISHED, v.code(), new Bodies.CatalogVersion(v.code(), v.id(),
                v.versionNo(), v.unitCode(), v.itemStatus().name(), c.name(), c.field().name(), c.legalBasis(),
                c.inspectingUnit(), c.targetType(), c.content(), c.methods().stream().map(Enum::name).sorted().toList(),
                c.ratioPercent(), c.frequencyPerYear(), text(v.effectiveFrom()), text(v.effectiveTo())));
    }

    @EventListener
    void on(PlanEvents.PlanPublished e) {
        // PlanService saves the plan before it publishes the event, so it reads as published here.
        PublishedPlans.PlanSummary p = plans.publishedPlan(e.planId()).orElse(null);
        List<Bodies.Task> tasks = plans.publishedTasks(e.planId()).stream().map(OutboxListeners::task).toList();
        outbox.write(MessageType.PLAN_PUBLISHED, String.valueOf(e.planId()), new Bodies.Plan(e.planId(), e.unitCode(),
                e.year(), p == null ? null : p.title(), p == null || p.kind() == null ? null : p.kind().name(),
                p == null ? null : text(p.publishedAt()), tasks));
    }

    private static Bodies.Task task(TaskView t) {
        return new Bodies.Task(t.taskId(), t.code(), t.name(), t.typeKey().substring("task.type.".length()),
                t.typeReason(), text(t.periodStart()), text(t.periodEnd()), new java.util.TreeSet<>(t.rosterUnits()),
                t.items().stream().map(i -> new Bodies.Item(i.code(), i.versionId(), i.name(), i.legalBasis(),
                        i.unitCode())).toList());
    }

    @EventListener
    void on(DrawEvents.DrawExecuted e) {
        List<Bodies.Visit> visits = new ArrayList<>();
        for (DrawEvents.Visit v : e.visits()) {
            visits.add(new Bodies.Visit(visits.size() + 1, v.uscc(), v.orgCode(), v.inspectors()));
        }
        outbox.write(MessageType.DRAW_EXECUTED, e.drawId(), new Bodies.Draw(e.drawId(), e.taskId(), e.itemCodes(),
                visits));
    }

    /** Approved is not yet public: kept until {@link DisclosureEvents.ResultPublished} says it is. */
    @EventListener
    void on(InspectionEvents.ResultApproved e) {
        List<Bodies.ItemResult> items = e.items().stream().map(i -> new Bodies.ItemResult(i.itemCode(),
                i.itemVersion(), i.itemName(), i.category() == null ? null : i.category().name(),
                i.disposal() == null ? null : i.disposal().name())).toList();
        Bodies.Result r = new Bodies.Result(e.recordId(), e.correctsRecordId(), e.taskId(), e.taskName(), e.year(),
                e.unitCode(), e.drawId(), e.uscc(), e.entityName(), text(e.inspectionDate()), text(e.approvedOn()),
                items, null, null, null);
        repository.stash(e.recordId(), e.correctsRecordId(), json.writeValueAsString(r));
    }

    @EventListener
    void on(DisclosureEvents.ResultPublished e) {
        Bodies.Result r = repository.stashed(e.recordId())
                .map(s -> json.readValue(s.body(), Bodies.Result.class))
                // Approved before the exchange existed: what the publication itself says.
                .orElseGet(() -> new Bodies.Result(e.recordId(), null, e.taskId(), null, 0, e.unitCode(), null,
                        e.uscc(), null, null, text(e.approvedOn()), List.of(), null, null, null))
                .published(text(e.publishedOn()), text(e.dueOn()), e.onTime());
        MessageType type = r.correctsRecordId() == null ? MessageType.RESULT_PUBLISHED : MessageType.RESULT_CORRECTED;
        outbox.write(type, String.valueOf(e.recordId()), r);
    }

    @EventListener
    void on(CreditEvents.ClassChanged e) {
        outbox.write(MessageType.CREDIT_CLASS_CHANGED, e.uscc(), new Bodies.CreditChange(e.uscc(), e.fromClass(),
                e.toClass(), e.ruleCode(), e.inspectionRecordId(), text(e.changedOn())));
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
