package io.fairdraw.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A task as other modules see it (the draw announces from it), built from named parts: its plan,
 * its type, its team rule, its period, its sampling and its reach. The flat accessors below
 * ({@code planUnit()}, {@code teamSize()}, {@code periodStart()} …) are the module's published
 * reading of it: the draw, inspection, report and disclosure modules and the templates use them.
 */
public record TaskView(long taskId, Plan plan, String code, String name, Typing typing, TeamRule team,
                       TaskPeriod period, Sampling sampling, Reach reach) {

    /** The task's plan: its unit, year, status and kind (专项 or not). */
    public record Plan(long id, String unit, int year, PlanStatus status, PlanKind kind) {
    }

    /** Issue 19 item 7: 不定向/定向 with the published reason of a 定向 task; 专项 is the plan's kind. */
    public record Typing(TaskType type, String reason) {
    }

    /** Per stratum (basis points, minimum); the cool-down window; the default source of the draw's beacon. */
    public record Sampling(Map<String, Ratio> ratios, int coolDownMonths, String beaconSource) {
    }

    /**
     * What the task checks and who takes part. {@code rosterUnits} are the lead unit and the
     * confirmed partners of a joint task: their inspectors may be drawn. {@code itemScope}: whether
     * the frame follows the items' 监管领域 or was widened (issue 19 item 8), shown wherever the task is.
     */
    public record Reach(List<Item> items, ItemScope itemScope, Set<String> rosterUnits) {
    }

    /** {@code fields}: the items' 监管领域 (SupervisionField names); {@code widened}: the frame is not narrowed to them. */
    public record ItemScope(boolean widened, Set<String> fields) {
    }

    public record Ratio(int ratioBp, int min) {
    }

    public record Item(long versionId, String code, String name, String legalBasis, String unitCode) {
    }

    /** The message key of the type every public page shows: 专项 for a SPECIAL plan's task, else 不定向/定向. */
    public String typeKey() {
        return plan.kind() == PlanKind.SPECIAL ? "task.type.SPECIAL" : "task.type." + typing.type().name();
    }

    public boolean approved() {
        return plan.status() == PlanStatus.APPROVED || plan.status() == PlanStatus.PUBLISHED;
    }

    public long planId() {
        return plan.id();
    }

    public String planUnit() {
        return plan.unit();
    }

    public int year() {
        return plan.year();
    }

    public PlanStatus planStatus() {
        return plan.status();
    }

    public PlanKind planKind() {
        return plan.kind();
    }

    public TaskType type() {
        return typing.type();
    }

    public String typeReason() {
        return typing.reason();
    }

    public int teamSize() {
        return team.size();
    }

    public boolean crossOrg() {
        return team.crossOrg();
    }

    public int capSlack() {
        return team.capSlack();
    }

    public LocalDate periodStart() {
        return period.start();
    }

    public LocalDate periodEnd() {
        return period.end();
    }

    public Map<String, Ratio> ratios() {
        return sampling.ratios();
    }

    public int coolDownMonths() {
        return sampling.coolDownMonths();
    }

    public String beaconSource() {
        return sampling.beaconSource();
    }

    public List<Item> items() {
        return reach.items();
    }

    public ItemScope itemScope() {
        return reach.itemScope();
    }

    public Set<String> rosterUnits() {
        return reach.rosterUnits();
    }
}
