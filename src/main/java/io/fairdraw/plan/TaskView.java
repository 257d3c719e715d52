package io.fairdraw.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task as other modules see it (the draw announces from it). {@code rosterUnits} are the lead
 * unit and the confirmed partners of a joint task: their inspectors may be drawn. {@code itemScope}:
 * whether the frame follows the items' 监管领域 or was widened (issue 19 item 8), shown wherever the task is.
 */
public record TaskView(long taskId, long planId, String planUnit, int year, PlanStatus planStatus, String code,
                       String name, int teamSize, boolean crossOrg, int capSlack, int coolDownMonths,
                       LocalDate periodStart, LocalDate periodEnd, String beaconSource,
                       Map<String, Ratio> ratios, List<Item> items, Set<String> rosterUnits, ItemScope itemScope,
                       // issue 19 item 7: 不定向/定向 with the published reason of a 定向 task; 专项 is the plan's kind
                       TaskType type, String typeReason, PlanKind planKind) {

    /** {@code fields}: the items' 监管领域 (SupervisionField names); {@code widened}: the frame is not narrowed to them. */
    public record ItemScope(boolean widened, Set<String> fields) {
    }

    /** The message key of the type every public page shows: 专项 for a SPECIAL plan's task, else 不定向/定向. */
    public String typeKey() {
        return planKind == PlanKind.SPECIAL ? "task.type.SPECIAL" : "task.type." + type.name();
    }

    public record Ratio(int ratioBp, int min) {
    }

    public record Item(long versionId, String code, String name, String legalBasis, String unitCode) {
    }

    public boolean approved() {
        return planStatus == PlanStatus.APPROVED || planStatus == PlanStatus.PUBLISHED;
    }
}
