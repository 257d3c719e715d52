package io.fairdraw.inspection.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.plan.TaskView;
import io.fairdraw.registry.EntityView;
import io.fairdraw.registry.Registry;
import io.fairdraw.shared.BusinessClock;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 审核: the REVIEWER of the task's unit (谁抽查、谁公示), never of its own team (DESIGN.md §2),
 * approves a submitted record or returns it with a reason. Approval publishes
 * {@link InspectionEvents.ResultApproved} inside its transaction, so credit and disclosure act on
 * exactly the committed approvals; every decision writes its audit entry in the same transaction.
 */
@Service
public class RecordReview {

    private final VisitRepository visits;
    private final RecordRepository records;
    private final Registry registry;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final PublicationClock publicationClock;
    private final RecordAccess access;
    private final Clock clock;

    RecordReview(VisitRepository visits, RecordRepository records, Registry registry, AuditLog audit,
                 ApplicationEventPublisher events, PublicationClock publicationClock, RecordAccess access, Clock clock) {
        this.visits = visits;
        this.records = records;
        this.registry = registry;
        this.audit = audit;
        this.events = events;
        this.publicationClock = publicationClock;
        this.access = access;
        this.clock = clock;
    }

    @Transactional
    public void approve(long recordId, FairdrawUser user) {
        approve(recordId, access.reviewer(user));
    }

    void approve(long recordId, RecordAccess.Acting who) {
        InspectionRecord r = records.findForUpdate(recordId)
                .orElseThrow(() -> new OutOfScopeException("inspection_record:" + recordId, false));
        Visit v = visits.findForUpdate(r.visitId()).orElseThrow();
        TaskView t = access.requireReviewerOf(v, who);
        access.requireNotOwnTeam(r, v, who);
        Instant at = clock.instant();
        LocalDate on = BusinessClock.dateOf(at);
        InspectionRecord approved = r.approve(who.username(), at, on);
        PublicationClock.Due due = publicationClock.of(recordId).orElseThrow();
        records.update(approved, null);
        visits.approve(v.id(), at);
        audit.record(AuditEvent.of("INSPECTION_RECORD_APPROVED", "inspection_record", String.valueOf(recordId),
                (r.correctsRecordId() == null ? "" : "corrects " + r.correctsRecordId() + " ") + r.auditSummary())
                .by(who.username(), who.unitCode()));
        EntityView entity = registry.lookup(v.uscc()).orElse(null);
        List<InspectionEvents.ItemResult> items = r.items().stream()
                .map(i -> new InspectionEvents.ItemResult(i.itemCode(), i.itemVersion(), i.itemName(), i.ownerUnit(),
                        r.effectiveCategory(i), r.effectiveDisposal(i)))
                .toList();
        events.publishEvent(new InspectionEvents.ResultApproved(recordId, r.correctsRecordId(),
                new InspectionEvents.ResultApproved.Task(v.taskId(), t.name(), t.year(), t.planUnit()),
                new InspectionEvents.ResultApproved.Visited(v.id(), v.drawId(), v.uscc(),
                        entity == null ? v.uscc() : entity.name(), entity == null ? "" : entity.field().name(),
                        v.inspectors(), r.inspectionDate()),
                new InspectionEvents.ResultApproved.Approval(who.username(), at, on), items,
                new InspectionEvents.ResultApproved.Publication(due.submittedOn(), due.publicationDue())));
    }

    @Transactional
    public void returnRecord(long recordId, String reason, FairdrawUser user) {
        RecordAccess.Acting who = access.reviewer(user);
        InspectionRecord r = records.findForUpdate(recordId)
                .orElseThrow(() -> new OutOfScopeException("inspection_record:" + recordId, false));
        Visit v = visits.find(r.visitId()).orElseThrow();
        TaskView task = access.requireReviewerOf(v, who);
        access.requireNotOwnTeam(r, v, who);
        InspectionRecord after = r.returnForCorrection(reason);
        records.update(after, who.username());
        audit.record(AuditEvent.of("INSPECTION_RECORD_RETURNED", "inspection_record", String.valueOf(recordId),
                after.returnReason()).by(who.username(), who.unitCode()));
        events.publishEvent(new InspectionEvents.RecordReturned(recordId, v.id(), v.taskId(), task.planUnit(), v.uscc(),
                v.inspectors(), after.returnReason()));
    }
}
