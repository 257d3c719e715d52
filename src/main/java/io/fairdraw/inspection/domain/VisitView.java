package io.fairdraw.inspection.domain;

import io.fairdraw.plan.TaskView;
import io.fairdraw.registry.EntityView;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A visit with what its pages show: the task, the entity (null if it left the registry), the team
 * with certificate numbers, the records (newest first), their evidence and their 检查表 points
 * ({@code pointEvidence}: which file belongs to which point, {@code id -> itemCode#no}).
 */
public record VisitView(Visit visit, TaskView task, EntityView entity, List<Member> team,
                        List<InspectionRecord> records, Map<Long, List<Evidence>> evidence,
                        Map<Long, List<RecordPoint>> points, Map<Long, String> pointEvidence) {

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

    /** The 检查表 points of a record, in the order of its items. */
    public List<RecordPoint> pointsOf(long recordId) {
        return points.getOrDefault(recordId, List.of());
    }

    public String memberName(String inspectorId) {
        return team.stream().filter(m -> m.inspectorId().equals(inspectorId)).map(Member::name).findFirst()
                .orElse(inspectorId);
    }
}
