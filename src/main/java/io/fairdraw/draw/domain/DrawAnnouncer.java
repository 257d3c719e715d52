package io.fairdraw.draw.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.draw.RosterSource;
import io.fairdraw.draw.protocol.Announcement;
import io.fairdraw.draw.protocol.ConflictPair;
import io.fairdraw.draw.protocol.Conflicts;
import io.fairdraw.draw.protocol.DrawDefinition;
import io.fairdraw.draw.protocol.DrawParams;
import io.fairdraw.draw.protocol.DrawProtocol;
import io.fairdraw.draw.protocol.Frame;
import io.fairdraw.draw.protocol.FrameBuilder;
import io.fairdraw.draw.protocol.ProtocolException;
import io.fairdraw.draw.protocol.Roster;
import io.fairdraw.draw.protocol.RosterEntry;
import io.fairdraw.draw.protocol.Secret;
import io.fairdraw.draw.protocol.StratumOutcome;
import io.fairdraw.draw.protocol.StratumParams;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.plan.FrameRules;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import io.fairdraw.shared.ConflictError;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * FD-DRAW-1 §1 inside the caller's transaction: frame (the plan's frame function), roster and
 * conflicts (the inspector directory), parameters and items are frozen as snapshots; the secret is
 * drawn and committed; the announcement is stored, audited and thereby published.
 */
@Component
class DrawAnnouncer {

    private final Tasks tasks;
    private final ObjectProvider<RosterSource> rosterSource;
    private final DrawRepository draws;
    private final BeaconRules beacons;
    private final AuditLog audit;
    private final StaffingOverrides staffing;

    DrawAnnouncer(Tasks tasks, ObjectProvider<RosterSource> rosterSource, DrawRepository draws, BeaconRules beacons,
                  AuditLog audit, StaffingOverrides staffing) {
        this.tasks = tasks;
        this.beacons = beacons;
        this.rosterSource = rosterSource;
        this.draws = draws;
        this.audit = audit;
        this.staffing = staffing;
    }

    String announce(TaskView task, List<DeclaredBeacon> declared, LocalDate date, Instant at, FairdrawUser by) {
        // The roster comes from the inspector directory (inspector module); an application without
        // it has no roster to freeze, and FD-DRAW-1 §1 announces nothing unfrozen: refuse clearly.
        RosterSource source = rosterSource.getIfAvailable();
        if (source == null) {
            throw new ConflictError("draw.roster.unavailable");
        }
        draws.lockTask(task.taskId());
        Optional<Draw> live = draws.live(task.taskId());
        if (live.isPresent() && live.get().executed()) {
            throw new ConflictError("draw.task.already_drawn", live.get().drawId());
        }
        String taskRef = task.year() + "-" + task.planUnit() + "-" + task.code();
        int attempt = draws.nextAttempt(task.taskId());
        String drawId = taskRef + "-" + attempt;

        FrameRules.Result frameRules = tasks.frame(task.taskId(), date);
        if (frameRules.entries().isEmpty()) {
            throw new ConflictError("draw.frame.empty");
        }
        DrawDefinition definition = definition(drawId, task, frameRules, source, date);
        // Issue 17 item 5: refuse a draw some beacon could fail, unless a reviewer's override is used.
        staffing.requireStaffable(task, drawId, definition);
        Secret secret = Secret.generate();
        Announcement announced = DrawProtocol.announce(definition, secret);
        String orgsHash = definition.frame().orgsHash();
        // A new announcement (重新公告) replaces the announced one, which can then never run; only
        // before its declared moment (BeaconRules.requireVoidable).
        live.ifPresent(found -> {
            beacons.requireVoidable(found.drawId());
            // Locked like an execution of it: a draw is superseded or executed, never both.
            Draw previous = draws.lock(found.drawId()).orElseThrow();
            previous.supersede(at);
            draws.save(previous);
            audit.record(AuditEvent.of("DRAW_SUPERSEDED", "draw", previous.drawId(), "by " + drawId));
        });
        Draw draw = Draw.announce(
                new DrawIdentity(drawId, task.taskId(), taskRef, task.name(), task.planUnit(), attempt),
                new Commitment(new Stamp(at, by.username()), announced.commitment(), BeaconRules.summary(declared)),
                new AnnouncedInputs(announced.frameHash(), orgsHash, announced.frameSize(), announced.paramsHash(),
                        announced.rosterHash(), announced.rosterSize(), announced.conflictsHash()),
                new TeamRules(task.teamSize(), task.capSlack(), task.crossOrg()));
        DrawRepository.Frozen frozen = new DrawRepository.Frozen(definition.frame().canonicalBytes(),
                definition.frame().orgCodeLines(), definition.params().canonicalText(),
                definition.roster().canonicalText(), definition.conflicts().canonicalText());
        draws.insert(draw, frozen, secret.hex());
        beacons.declare(drawId, declared);
        draws.insertStrata(drawId, strata(definition));
        draws.insertItems(drawId, task.items().stream()
                .map(i -> new DrawItem(i.code(), i.name(), i.legalBasis() == null ? "" : i.legalBasis())).toList());
        audit.record(AuditEvent.of("DRAW_ANNOUNCED", "draw", drawId, "frame=" + announced.frameHash() + " ("
                + announced.frameSize() + "); params=" + announced.paramsHash() + "; roster=" + announced.rosterHash()
                + " (" + announced.rosterSize() + "); conflicts=" + announced.conflictsHash() + "; commitment="
                + announced.commitment() + "; beacon=" + BeaconRules.summary(declared) + " after "
                + declared.stream().map(d -> PublishedDraws.iso(d.availableAt())).toList()));
        return drawId;
    }

    private static DrawDefinition definition(String drawId, TaskView task, FrameRules.Result frameRules,
                                             RosterSource source, LocalDate date) {
        try {
            // Straight into the frame's byte buffers: no second object per entity (bench/draw).
            FrameBuilder frame = Frame.builder(frameRules.entries().size());
            frameRules.entries().forEach(e -> frame.add(e.uscc(), e.stratum(), e.orgCode()));
            List<StratumParams> strata = new ArrayList<>();
            for (Map.Entry<String, TaskView.Ratio> r : task.ratios().entrySet()) {
                strata.add(new StratumParams(r.getKey(), r.getValue().ratioBp(), r.getValue().min()));
            }
            List<RosterEntry> roster = new ArrayList<>();
            source.roster(task.planUnit(), task.rosterUnits(), date)
                    .forEach(r -> roster.add(new RosterEntry(r.inspectorId(), r.unitCode())));
            List<String> ids = roster.stream().map(RosterEntry::inspectorId).toList();
            List<ConflictPair> pairs = new ArrayList<>();
            source.conflicts(ids).forEach(c -> pairs.add(new ConflictPair(c.inspectorId(), c.uscc())));
            return new DrawDefinition(drawId, frame.build(),
                    new DrawParams(strata, task.teamSize(), task.capSlack(), task.crossOrg()),
                    Roster.of(roster), Conflicts.of(pairs));
        } catch (ProtocolException e) {
            // A value the protocol cannot publish (line break, character outside [0-9A-Za-z._-], duplicate).
            throw new ConflictError("draw.input.invalid", e.code(), String.valueOf(e.value()));
        }
    }

    /** §1 sizes: every stratum with a ratio, with {@code N_s} and {@code n_s}, as published. */
    private static List<StratumOutcome> strata(DrawDefinition definition) {
        Map<String, Integer> sizes = definition.frame().stratumSizes();
        List<StratumOutcome> out = new ArrayList<>();
        for (StratumParams s : definition.params().strata()) {
            int size = sizes.getOrDefault(s.stratum(), 0);
            out.add(new StratumOutcome(s.stratum(), size, s.ratioBp(), s.min(), s.sampleSize(size)));
        }
        return out;
    }
}
