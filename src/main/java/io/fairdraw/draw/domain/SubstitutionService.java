package io.fairdraw.draw.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.draw.DrawEvents;
import io.fairdraw.draw.SubstitutionGrounds;
import io.fairdraw.draw.VisitProgress;
import io.fairdraw.draw.protocol.DrawDefinition;
import io.fairdraw.draw.protocol.DrawFailure;
import io.fairdraw.draw.protocol.DrawProtocol;
import io.fairdraw.draw.protocol.DrawResult;
import io.fairdraw.draw.protocol.Frame;
import io.fairdraw.draw.protocol.FrameEntry;
import io.fairdraw.draw.protocol.ProtocolException;
import io.fairdraw.draw.protocol.SelectedEntity;
import io.fairdraw.draw.protocol.Substitution;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scopes;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * FD-DRAW-1 §3 under two people's eyes (issue 17 item 6, DESIGN.md §2): the PLANNER of the draw's
 * unit requests with a reason from {@link SubstitutionReason}; a REVIEWER of the unit who is not
 * the requester approves or refuses. Only approval computes the substitute and writes it into the
 * record; each team slot at most once; none once the visit's record has been started. Every step
 * is audited in its transaction and public on the draw page.
 */
@Service
public class SubstitutionService {

    private final DrawRepository draws;
    private final SubstitutionRepository requests;
    private final Scopes scopes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final ObjectProvider<SubstitutionGrounds> grounds;
    private final ObjectProvider<VisitProgress> progress;
    private final Clock clock;
    private final TransactionTemplate tx;
    private final TransactionTemplate separateTx;

    SubstitutionService(DrawRepository draws, SubstitutionRepository requests, Scopes scopes, AuditLog audit,
                        ApplicationEventPublisher events, ObjectProvider<SubstitutionGrounds> grounds,
                        ObjectProvider<VisitProgress> progress, Clock clock, PlatformTransactionManager transactions) {
        this.draws = draws;
        this.requests = requests;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.grounds = grounds;
        this.progress = progress;
        this.clock = clock;
        this.tx = new TransactionTemplate(transactions);
        this.separateTx = new TransactionTemplate(transactions);
        this.separateTx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The PLANNER's request; changes nothing of the draw until a reviewer approves it. */
    public long request(String drawId, String uscc, String out, String reason, String text, FairdrawUser by) {
        Draw first = draws.find(drawId).orElseThrow(() -> new OutOfScopeException("draw:" + drawId, false));
        authorize(first.unitCode(), by, Role.PLANNER);
        SubstitutionReason code = parseReason(reason);
        String oneLine = SubstitutionRequest.oneLineText(code, text);
        return tx.execute(status -> {
            Draw draw = lockExecuted(drawId);
            SelectedEntity entity = draws.selection(drawId).stream().filter(e -> e.uscc().equals(uscc)).findFirst()
                    .orElseThrow(() -> new UserError("uscc", "draw.substitution.not_selected", uscc));
            if (!entity.inspectors().contains(out)) {
                // A substitute holds a slot that was substituted already: no chain A→B→C.
                boolean substitute = draws.substitutions(drawId).stream()
                        .anyMatch(s -> s.uscc().equals(uscc) && s.in().equals(out));
                if (substitute) {
                    throw new ConflictError("draw.substitution.slot_used", out, uscc);
                }
                throw new UserError("out", "draw.substitution.not_in_team", out, uscc);
            }
            TeamSlot slot = new TeamSlot(uscc, out);
            if (requests.slotTaken(drawId, slot)) {
                throw new ConflictError("draw.substitution.slot_used", out, uscc);
            }
            requireNoRecord(drawId, uscc);
            Instant at = now();
            // "recorded before the request": compared with the exact moment, not the published second.
            requireBacked(code, out, uscc, Instant.now(clock));
            long id = requests.insert(draw.requestSubstitution(slot, code, oneLine, new Stamp(at, by.username())));
            audit.record(AuditEvent.of("DRAW_SUBSTITUTION_REQUESTED", "draw", draw.drawId(),
                    "request " + id + ": " + uscc + ": " + out + "; " + code.name() + (oneLine.isEmpty() ? "" : " " + oneLine)));
            // issue 21 item 1: the unit's REVIEWER is told now, in this transaction.
            events.publishEvent(new DrawEvents.SubstitutionRequested(id, drawId, draw.taskId(), draw.unitCode(), uscc, out));
            return id;
        });
    }

    /** A REVIEWER of the unit, not the requester, approves: §3 picks the substitute now. */
    public SubstitutionEvent approve(long requestId, FairdrawUser by) {
        SubstitutionRequest first = authorizeDecision(requestId, by);
        try {
            return tx.execute(status -> {
                Draw draw = lockExecuted(first.drawId());
                SubstitutionRequest r = requests.find(requestId).orElseThrow();
                r.requireOpen();
                requireNoRecord(r.drawId(), r.uscc());
                SubstitutionEvent event = substitute(draw, r, by);
                requests.saveDecision(draw.approve(r, event.in(), new Stamp(event.at(), by.username())));
                events.publishEvent(new DrawEvents.SubstitutionDecided(requestId, r.drawId(), draw.unitCode()));
                return event;
            });
        } catch (DrawFailure failure) {
            separateTx.executeWithoutResult(status -> audit.record(AuditEvent.of("DRAW_SUBSTITUTION_FAILED", "draw",
                    first.drawId(), "request " + requestId + ": " + failure.getMessage())));
            throw new ConflictError("draw.substitution.failed", failure.uscc(),
                    new DefaultMessageSourceResolvable("draw.rule." + failure.rule().id()));
        }
    }

    /** A REVIEWER of the unit, not the requester, refuses; the request stays public as refused. */
    public SubstitutionRequest refuse(long requestId, FairdrawUser by) {
        SubstitutionRequest first = authorizeDecision(requestId, by);
        return tx.execute(status -> {
            Draw draw = lockExecuted(first.drawId());
            SubstitutionRequest r = requests.find(requestId).orElseThrow();
            requests.saveDecision(draw.refuse(r, new Stamp(now(), by.username())));
            audit.record(AuditEvent.of("DRAW_SUBSTITUTION_REFUSED", "draw", r.drawId(),
                    "request " + requestId + ": " + r.uscc() + ": " + r.out()));
            events.publishEvent(new DrawEvents.SubstitutionDecided(requestId, r.drawId(), draw.unitCode()));
            return requests.find(requestId).orElseThrow();
        });
    }

    /** Every request of a draw, oldest first: public (一公开). */
    public List<SubstitutionRequest> requests(String drawId) {
        return requests.forDraw(drawId);
    }

    public Optional<SubstitutionRequest> find(long requestId) {
        return requests.find(requestId);
    }

    /** Whether {@code user} may approve or refuse for this unit (the requester check is per request). */
    public boolean mayDecide(String unitCode, FairdrawUser user) {
        return user != null && user.has(Role.REVIEWER) && scopes.current().canWrite(unitCode);
    }

    private SubstitutionEvent substitute(Draw draw, SubstitutionRequest r, FairdrawUser by) {
        String drawId = r.drawId();
        List<SelectedEntity> selected = draws.selection(drawId);
        List<SubstitutionEvent> earlier = draws.substitutions(drawId);
        List<Substitution> made = earlier.stream().map(s -> new Substitution(s.uscc(), s.out(), s.in())).toList();
        DrawRepository.Inputs frozen = draws.inputs(drawId);
        // §3 reads only the roster, conflicts, parameters and the selected entities; the frame of the
        // selected entities stands in for the full frame (a million lines need not be parsed again).
        List<FrameEntry> entries = selected.stream().map(e -> new FrameEntry(e.uscc(), e.stratum(), e.orgCode())).toList();
        DrawDefinition definition = new DrawDefinition(drawId, Frame.of(entries), FrozenInputs.params(frozen.params()),
                FrozenInputs.roster(frozen.roster()), FrozenInputs.conflicts(frozen.conflicts()));
        DrawResult result = new DrawResult(draw.seed(), draw.loadCap(), draws.strata(drawId), selected);
        Substitution substitution;
        try {
            substitution = DrawProtocol.substitute(definition, result, made, r.uscc(), r.out());
        } catch (ProtocolException e) {
            throw new UserError("out", "draw.substitution.not_in_team", r.out(), r.uscc());
        }
        SubstitutionEvent event = new SubstitutionEvent(earlier.size() + 1, r.uscc(), r.out(), substitution.in(),
                r.publishedReason(), now(), by.username());
        draws.insertSubstitution(drawId, event);
        events.publishEvent(new DrawEvents.InspectorSubstituted(drawId, r.uscc(), r.out(), substitution.in(),
                r.publishedReason()));
        audit.record(AuditEvent.of("DRAW_SUBSTITUTION", "draw", drawId, "request " + r.id() + " by " + r.requestedBy()
                + ": " + r.uscc() + ": " + r.out() + " -> " + substitution.in() + "; " + r.publishedReason()));
        return event;
    }

    private SubstitutionRequest authorizeDecision(long requestId, FairdrawUser by) {
        SubstitutionRequest r = requests.find(requestId)
                .orElseThrow(() -> new OutOfScopeException("substitution-request:" + requestId, false));
        Draw draw = draws.find(r.drawId()).orElseThrow();
        scopes.current().requireWrite(draw.unitCode());
        // DESIGN.md §2: the requester of a substitution is never its approver, whatever roles it holds.
        if (r.requestedBy().equals(by.username())) {
            throw new AccessDeniedException("the requester of a substitution cannot decide it");
        }
        if (!by.has(Role.REVIEWER)) {
            throw new AccessDeniedException("REVIEWER only");
        }
        return r;
    }

    private void authorize(String unitCode, FairdrawUser by, Role role) {
        scopes.current().requireWrite(unitCode);
        if (!by.has(role)) {
            throw new AccessDeniedException(role + " only");
        }
    }

    private Draw lockExecuted(String drawId) {
        Draw draw = draws.lock(drawId).orElseThrow(() -> new OutOfScopeException("draw:" + drawId, false));
        draw.requireExecuted();
        return draw;
    }

    private static SubstitutionReason parseReason(String reason) {
        try {
            return SubstitutionReason.valueOf(reason == null ? "" : reason.strip());
        } catch (IllegalArgumentException e) {
            throw new UserError("reason", "draw.substitution.reason_invalid");
        }
    }

    private void requireNoRecord(String drawId, String uscc) {
        VisitProgress visits = progress.getIfAvailable();
        if (visits != null && visits.recordStarted(drawId, uscc)) {
            throw new ConflictError("draw.substitution.record_started", uscc);
        }
    }

    private void requireBacked(SubstitutionReason code, String out, String uscc, Instant at) {
        SubstitutionGrounds directory = grounds.getIfAvailable();
        if (code == SubstitutionReason.LEAVE
                && (directory == null || !directory.leaveRecorded(out, BusinessClock.dateOf(at), at))) {
            throw new UserError("reason", "draw.substitution.leave_unbacked", out);
        }
        if (code == SubstitutionReason.CONFLICT && (directory == null || !directory.conflictDeclared(out, uscc))) {
            throw new UserError("reason", "draw.substitution.conflict_unbacked", out, uscc);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }
}
