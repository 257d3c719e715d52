package io.fairdraw.report.domain;

import io.fairdraw.disclosure.DisclosureEvents;
import io.fairdraw.draw.DrawEvents;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.organization.SubOffices;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import io.fairdraw.registry.Registry;
import io.fairdraw.report.Publications;
import io.fairdraw.shared.SupervisionField;
import java.util.List;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the report's fact tables. Plain {@code @EventListener}s run in the publisher's
 * transaction, so a draw, an approval or a publication and its statistics fact commit together.
 */
@Component
public class FactRecorder implements Publications {

    private final FactRepository facts;
    private final Tasks tasks;
    private final Registry registry;

    private final SubOffices offices;

    FactRecorder(FactRepository facts, Tasks tasks, Registry registry, SubOffices offices) {
        this.offices = offices;
        this.facts = facts;
        this.tasks = tasks;
        this.registry = registry;
    }

    @EventListener
    void on(DrawEvents.DrawExecuted e) {
        TaskView task = tasks.task(e.taskId()).orElseThrow(() -> new IllegalStateException("task " + e.taskId()));
        Map<String, SupervisionField> fields = registry.fieldsOf(e.visits().stream().map(DrawEvents.Visit::uscc).toList());
        // The org code is a sub-office's code for an entity supervised by one (所所交叉): coverage counts its unit.
        Map<String, String> unitOfOrg = new java.util.HashMap<>();
        for (DrawEvents.Visit v : e.visits()) {
            SupervisionField f = fields.get(v.uscc());
            String entityUnit = unitOfOrg.computeIfAbsent(v.orgCode(),
                    org -> offices.find(org).map(SubOffices.Office::unitCode).orElse(org));
            facts.addVisit(e.drawId(), e.taskId(), task.planUnit(), task.year(), v.uscc(), entityUnit,
                    f == null ? null : f.name(), v.inspectors());
        }
    }

    @EventListener
    void on(DrawEvents.InspectorSubstituted e) {
        facts.substitute(e.drawId(), e.uscc(), e.out(), e.in());
    }

    /** Overdue flags count from submission (issue 19 item 5): the due date is the one the inspection module carries. */
    @EventListener
    void on(InspectionEvents.ResultApproved e) {
        if (facts.addResult(e)) {
            for (InspectionEvents.ItemResult i : e.items()) {
                facts.addResultItem(e.recordId(), i.itemCode(), i.itemName(), i.category().name(),
                        i.category().problem());
            }
        }
    }

    @EventListener
    void on(DisclosureEvents.ResultPublished e) {
        facts.addPublication(e.recordId(), e.taskId(), e.unitCode(), e.approvedOn(), e.dueOn(), e.publishedOn(),
                e.onTime());
    }

    @Override
    public List<Pending> pending() {
        return facts.pending();
    }
}
