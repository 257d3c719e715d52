package io.fairdraw.draw.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.draw.protocol.DrawDefinition;
import io.fairdraw.draw.protocol.StaffingCondition;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scopes;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 17 item 5: announcing is refused when the sufficient staffing condition fails
 * ({@link StaffingCondition}, docs/draw-protocol-notes.md), unless a REVIEWER of the unit approved
 * an override that a PLANNER requested with a published reason (DESIGN.md §2: never the same
 * account). The announcement that uses it names it; both are public and counted in 抽取监督.
 */
@Service
public class StaffingOverrides {

    private final StaffingOverrideRepository overrides;
    private final Tasks tasks;
    private final Scopes scopes;
    private final AuditLog audit;
    private final Clock clock;

    StaffingOverrides(StaffingOverrideRepository overrides, Tasks tasks, Scopes scopes, AuditLog audit, Clock clock) {
        this.overrides = overrides;
        this.tasks = tasks;
        this.scopes = scopes;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Inside the announcement's transaction, after the definition is frozen: passes when the
     * condition holds or an approved override is used (and marked with this draw), else 409.
     */
    void requireStaffable(TaskView task, String drawId, DrawDefinition definition) {
        StaffingCondition.Result result = StaffingCondition.check(definition);
        if (result.holds()) {
            return;
        }
        Optional<StaffingOverride> usable = overrides.lockUsable(task.taskId());
        if (usable.isEmpty()) {
            Object slack = result.smallestCapSlack() < 0
                    ? new DefaultMessageSourceResolvable("draw.staffing.no_slack")
                    : new DefaultMessageSourceResolvable(new String[] {"draw.staffing.slack"},
                    new Object[] {result.smallestCapSlack()});
            throw new ConflictError("draw.staffing.insufficient", result.orgCode(), result.uscc(), result.eligible(),
                    result.atCap(), result.team(), result.shortfall(), slack);
        }
        String staffing = "uscc=" + result.uscc() + "; org=" + result.orgCode() + "; eligible=" + result.eligible()
                + "; atCap=" + result.atCap() + "; team=" + result.team() + "; shortfall=" + result.shortfall()
                + "; smallestCapSlack=" + result.smallestCapSlack();
        overrides.use(usable.get().id(), drawId, staffing);
        audit.record(AuditEvent.of("DRAW_STAFFING_OVERRIDDEN", "draw", drawId, "override " + usable.get().id()
                + " approved by " + usable.get().decidedBy() + ": " + usable.get().reason() + "; " + staffing));
    }

    @Transactional
    public long request(long taskId, String reason, FairdrawUser by) {
        TaskView task = tasks.task(taskId).orElseThrow(() -> new OutOfScopeException("task:" + taskId, false));
        scopes.current().requireWrite(task.planUnit());
        if (!by.has(Role.PLANNER)) {
            throw new AccessDeniedException("PLANNER only");
        }
        String oneLine = reason == null ? "" : reason.strip().replaceAll("[\\r\\n]+", " ");
        if (oneLine.isEmpty() || oneLine.length() > 500) {
            throw new UserError("reason", "draw.staffing.override.reason_required");
        }
        if (overrides.inPlay(taskId)) {
            throw new ConflictError("draw.staffing.override.in_play");
        }
        long id = overrides.insert(taskId, task.planUnit(), oneLine, now(), by.username());
        audit.record(AuditEvent.of("DRAW_STAFFING_OVERRIDE_REQUESTED", "task", String.valueOf(taskId),
                "override " + id + ": " + oneLine));
        return id;
    }

    @Transactional
    public StaffingOverride approve(long id, FairdrawUser by) {
        return decide(id, SubstitutionRequest.APPROVED, by);
    }

    @Transactional
    public StaffingOverride refuse(long id, FairdrawUser by) {
        return decide(id, SubstitutionRequest.REFUSED, by);
    }

    private StaffingOverride decide(long id, String status, FairdrawUser by) {
        StaffingOverride o = overrides.find(id).orElseThrow(() -> new OutOfScopeException("override:" + id, false));
        scopes.current().requireWrite(o.unitCode());
        // DESIGN.md §2: the requester of an override is never its approver, whatever roles it holds.
        if (o.requestedBy().equals(by.username())) {
            throw new AccessDeniedException("the requester of an override cannot decide it");
        }
        if (!by.has(Role.REVIEWER)) {
            throw new AccessDeniedException("REVIEWER only");
        }
        if (overrides.decide(id, status, now(), by.username()) == 0) {
            throw new ConflictError("draw.staffing.override.decided", id);
        }
        audit.record(AuditEvent.of("DRAW_STAFFING_OVERRIDE_" + status, "task", String.valueOf(o.taskId()),
                "override " + id + ": " + o.reason()));
        return overrides.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<StaffingOverride> forTask(long taskId) {
        return overrides.forTask(taskId);
    }

    /** The override a draw was announced under, if any: public on its page and record. */
    @Transactional(readOnly = true)
    public Optional<StaffingOverride> forDraw(String drawId) {
        return overrides.forDraw(drawId);
    }

    public boolean mayDecide(String unitCode, FairdrawUser user) {
        return user != null && user.has(Role.REVIEWER) && scopes.current().canWrite(unitCode);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
