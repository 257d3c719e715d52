package io.fairdraw.inspection.domain;

import io.fairdraw.plan.TaskView;
import io.fairdraw.registry.EntityView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A visit with what its pages show: the task, the entity (null if it left the registry), the team
 * with certificate numbers, the records (newest first) and their evidence.
 */
public record VisitView(Visit visit, TaskView task, EntityView entity, List<Member> team,
                        List<InspectionRecord> records, Map<Long, List<Evidence>> evidence) {

    /** A team member: directory id, name, unit and 执法证号 (持证上岗). */
    public record Member(String inspectorId, String name, String unitCode, String certificateNo) {
    }

    /** 检查期限: the task's period end. */
    public LocalDate dueBy() {
        return task == null ? null : task.periodEnd();
    }

    public List<TaskView.Item> items() {
        return task == null ? List.of()
                : task.items().stream().filter(i -> visit.itemCodes().isEmpty() || visit.itemCodes().contains(i.code()))
                .toList();
    }

    /** The record in progress (draft or submitted), if any. */
    public InspectionRecord open() {
        return records.stream().filter(r -> r.status() != io.fairdraw.inspection.RecordStatus.APPROVED).findFirst()
                .orElse(null);
    }

    /** The newest approved record (a correction replaces the one it corrects). */
    public InspectionRecord approved() {
        return records.stream().filter(r -> r.status() == io.fairdraw.inspection.RecordStatus.APPROVED).findFirst()
                .orElse(null);
    }

    public List<Evidence> evidenceOf(long recordId, String itemCode) {
        return evidence.getOrDefault(recordId, List.of()).stream().filter(e -> e.itemCode().equals(itemCode)).toList();
    }

    public String memberName(String inspectorId) {
        return team.stream().filter(m -> m.inspectorId().equals(inspectorId)).map(Member::name).findFirst()
                .orElse(inspectorId);
    }
}
