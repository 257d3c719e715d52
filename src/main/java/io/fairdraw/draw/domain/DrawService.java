package io.fairdraw.draw.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.draw.DrawEvents;
import io.fairdraw.draw.protocol.DrawDefinition;
import io.fairdraw.draw.protocol.DrawFailure;
import io.fairdraw.draw.protocol.DrawProtocol;
import io.fairdraw.draw.protocol.DrawResult;
import io.fairdraw.draw.protocol.Secret;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scopes;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announce (FD-DRAW-1 §1), execute (§2) and substitute (§3), each in one transaction with its
 * audit entry; only the PLANNER of the task's lead unit acts. Reads of what is published are in
 * {@link PublishedDraws}.
 */
@Service
public class DrawService {


    private final Tasks tasks;
    private final DrawAnnouncer announcer;
    private final DrawRepository draws;
    private final BeaconRules beacons;
    private final Scopes scopes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate tx;

    DrawService(Tasks tasks, DrawAnnouncer announcer, DrawRepository draws, BeaconRules beacons, Scopes scopes,
                AuditLog audit, ApplicationEventPublisher events, Clock clock, PlatformTransactionManager transactions) {
        this.tasks = tasks;
        this.beacons = beacons;
        this.announcer = announcer;
        this.draws = draws;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
    }

    /**
     * §1: freezes and publishes a new draw of an approved task with its beacon declaration (each
     * source's code, event and the moment its value exists, later than now); returns its draw id.
     */
    public String announce(long taskId, List<BeaconRequest> beacon, FairdrawUser by) {
        TaskView task = tasks.task(taskId).orElseThrow(() -> new OutOfScopeException("task:" + taskId, false));
        authorize(task.planUnit(), by);
        if (!task.approved()) {
            throw new ConflictError("draw.task.not_approved");
        }
        List<DeclaredBeacon> declared = beacons.declaration(beacon);
        Instant now = now();
        return tx.execute(status -> announcer.announce(task, declared, BusinessClock.dateOf(now), now, by));
    }

    /**
     * §2: the beacon in, the selection, teams and visits out, exactly once: the announcement row
     * is locked and must still be ANNOUNCED, so concurrent or repeated requests get 409. A draw the
     * rules cannot staff becomes FAILED in the same transaction (§2b: for good and in public, with
     * its beacon, secret and seed, no selection, no visits) and the caller gets 409 {@code draw.failed}.
     */
    public Draw execute(String drawId, String beacon, FairdrawUser by) {
        authorizeFirst(drawId, by);
        if (beacon == null || beacon.isBlank() || beacon.length() > 200 || beacon.indexOf('\n') >= 0
                || beacon.indexOf('\r') >= 0) {
            throw new UserError("beacon", "draw.beacon.invalid");
        }
        Outcome outcome = tx.execute(status -> executeLocked(drawId, beacon, by, status));
        if (outcome.failure() != null) {
            DrawFailure failure = outcome.failure();
            throw new ConflictError("draw.failed", failure.uscc(), ruleLabel(failure), failure.available(),
                    failure.needed());
        }
        return outcome.draw();
    }

    /** What one execution ended in: the executed draw, or the failure the draw is now FAILED by. */
    private record Outcome(Draw draw, DrawFailure failure) {
    }

    private Outcome executeLocked(String drawId, String beacon, FairdrawUser by, TransactionStatus status) {
        Draw draw = draws.lock(drawId).orElseThrow(() -> new OutOfScopeException("draw:" + drawId, false));
        authorize(draw.unitCode(), by);
        draw.requireAnnounced();
        beacons.requireValue(drawId, beacon);
        DrawRepository.Frozen frozen = draws.frozen(drawId);
        DrawDefinition definition = definition(draw, frozen);
        if (!definition.frame().orgsHash().equals(draw.orgsHash())) {
            throw new IllegalStateException("stored org codes of " + drawId + " no longer match the announced hash");
        }
        Secret secret = Secret.ofHex(draws.secret(drawId));
        DrawResult result;
        // The selection is stored while it is drawn: a failure part-way rolls back to here.
        Object beforeSelection = status.createSavepoint();
        try (SelectionCopy selection = draws.selectionCopy(drawId)) {
            result = DrawProtocol.execute(definition, draw.announcement(), beacon, secret, selection::add);
            selection.finish();
        } catch (DrawFailure failure) {
            status.rollbackToSavepoint(beforeSelection);
            String seed = DrawProtocol.seed(draw.announcement(), beacon, secret);
            draw.fail(new Opening(beacon, seed, secret.hex(), null, new Stamp(now(), by.username())),
                    new Shortfall(failure.uscc(), failure.rule().id()));
            draws.save(draw);
            audit.record(AuditEvent.of("DRAW_FAILED", "draw", drawId, "beacon=" + beacon + "; seed=" + seed + "; "
                    + failure.getMessage()));
            return new Outcome(null, failure);
        }
        status.releaseSavepoint(beforeSelection);
        draw.execute(new Opening(beacon, result.seed(), secret.hex(), result.cap(), new Stamp(now(), by.username())));
        draws.save(draw);
        List<DrawEvents.Visit> visits = new ArrayList<>(result.selected().size());
        result.selected().forEach(e -> visits.add(new DrawEvents.Visit(e.uscc(), e.orgCode(), e.inspectors())));
        List<String> itemCodes = draws.items(drawId).stream().map(DrawItem::code).toList();
        events.publishEvent(new DrawEvents.DrawExecuted(drawId, draw.taskId(), itemCodes, visits));
        audit.record(AuditEvent.of("DRAW_EXECUTED", "draw", drawId, "beacon=" + beacon + "; seed=" + result.seed()
                + "; selected=" + result.selected().size()));
        return new Outcome(draw, null);
    }

    /** Draws of a task, newest attempt first, for the task's draw page. */
    public List<Draw> forTask(long taskId) {
        TaskView task = tasks.task(taskId).orElseThrow(() -> new OutOfScopeException("task:" + taskId, false));
        if (task.rosterUnits().stream().noneMatch(scopes.current()::canRead)) {
            throw new OutOfScopeException(task.planUnit(), false);
        }
        return draws.forTask(taskId);
    }

    public Optional<TaskView> task(long taskId) {
        return tasks.task(taskId);
    }

    /** Whether {@code user} may announce, execute and substitute for the task's lead unit. */
    public boolean mayAct(String unitCode, FairdrawUser user) {
        return user != null && user.has(Role.PLANNER) && scopes.current().canWrite(unitCode);
    }

    /**
     * DESIGN.md §2 before input checks: a caller who may not act on the draw gets 403/404, not the
     * form's validation message (the locked re-check in the transaction stays authoritative).
     */
    private void authorizeFirst(String drawId, FairdrawUser by) {
        Draw draw = draws.find(drawId).orElseThrow(() -> new OutOfScopeException("draw:" + drawId, false));
        authorize(draw.unitCode(), by);
    }

    private void authorize(String unitCode, FairdrawUser by) {
        scopes.current().requireWrite(unitCode);
        if (!by.has(Role.PLANNER)) {
            throw new AccessDeniedException("PLANNER only");
        }
    }

    static DrawDefinition definition(Draw draw, DrawRepository.Frozen frozen) {
        return new DrawDefinition(draw.drawId(), FrozenInputs.frameWithHashes(frozen.frame(), frozen.orgCodes()),
                FrozenInputs.params(frozen.params()), FrozenInputs.roster(frozen.roster()),
                FrozenInputs.conflicts(frozen.conflicts()));
    }

    private static DefaultMessageSourceResolvable ruleLabel(DrawFailure failure) {
        return new DefaultMessageSourceResolvable("draw.rule." + failure.rule().id());
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
