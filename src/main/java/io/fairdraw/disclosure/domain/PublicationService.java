package io.fairdraw.disclosure.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.disclosure.DisclosureEvents;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.shared.ConflictError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 谁抽查、谁公示: approved results wait here until the REVIEWER of the task's unit publishes them;
 * 国发〔2019〕5号 gives 20 working days, counted from the team's submission (issue 19 item 5). A published record is never changed: it can
 * only be corrected by a later approved record that is itself published.
 */
@Service
public class PublicationService {


    private final DisclosureRepository repository;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PublicationService(DisclosureRepository repository, AuditLog audit,
                       ApplicationEventPublisher events, Clock clock) {
        this.repository = repository;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Takes an approved record into the publication queue, in the approving transaction (a plain
     * listener: approval and its pending publication commit together). Applied once per record.
     */
    @EventListener
    @Transactional
    public void on(InspectionEvents.ResultApproved e) {
        // The due date is the inspection module's, fixed at submission (issue 19 item 5): never recomputed here.
        if (repository.insertRecord(e, e.publicationDue()) && e.correctsRecordId() != null) {
            repository.supersedeIfPending(e.correctsRecordId());
        }
    }

    public LocalDate today() {
        return io.fairdraw.shared.BusinessClock.today(clock);
    }

    /** Approved, not yet published records of the reviewer's unit, soonest due first. */
    @Transactional(readOnly = true)
    public List<ApprovedRecord> pending(FairdrawUser user) {
        requireReviewer(user, user.unitCode());
        return repository.pending(user.unitCode());
    }

    @Transactional(readOnly = true)
    public List<ApprovedRecord> recentlyPublished(FairdrawUser user) {
        requireReviewer(user, user.unitCode());
        return repository.recentlyPublished(user.unitCode(), 20);
    }

    @Transactional(readOnly = true)
    public List<PublicResult> itemsOf(List<Long> recordIds) {
        return repository.itemsOf(recordIds);
    }

    @Transactional
    public void publish(long recordId, FairdrawUser by) {
        publishLocked(recordId, by);
    }

    /** Publishes every pending record of a task (of the reviewer's unit) at once. @return how many */
    @Transactional
    public int publishTask(long taskId, FairdrawUser by) {
        // The task's own unit publishes (谁抽查、谁公示): another unit is refused, not told "nothing to publish".
        String unit = repository.unitOfTask(taskId)
                .orElseThrow(() -> new OutOfScopeException("task:" + taskId, false));
        requireReviewer(by, unit);
        List<Long> ids = repository.pendingOfTask(taskId, by.unitCode());
        if (ids.isEmpty()) {
            throw new ConflictError("disclosure.publish.nothing");
        }
        ids.forEach(id -> publishLocked(id, by));
        return ids.size();
    }

    private void publishLocked(long recordId, FairdrawUser by) {
        ApprovedRecord r = repository.lock(recordId)
                .orElseThrow(() -> new OutOfScopeException("record:" + recordId, false));
        requireReviewer(by, r.unitCode());
        if (!"PENDING".equals(r.status())) {
            throw new ConflictError("disclosure.publish.not_pending", recordId);
        }
        LocalDate today = today();
        Instant now = clock.instant();
        repository.markPublished(recordId, today, now, by.username());
        if (r.correctsRecordId() != null) {
            // The old record stays public, marked as corrected and linked to this one.
            repository.find(r.correctsRecordId()).filter(old -> "PUBLISHED".equals(old.status()))
                    .ifPresent(old -> repository.markCorrected(old.recordId(), recordId));
        }
        boolean onTime = !today.isAfter(r.dueOn());
        audit.record(AuditEvent.of("RESULT_PUBLISHED", "inspection_record", String.valueOf(recordId),
                r.unitCode() + " " + r.taskName() + " " + r.uscc() + (onTime ? "" : " overdue " + r.dueOn())
                        + (r.correctsRecordId() == null ? "" : " corrects " + r.correctsRecordId())));
        events.publishEvent(new DisclosureEvents.ResultPublished(recordId, r.taskId(), r.unitCode(), r.uscc(),
                r.approvedOn(), r.dueOn(), today, onTime));
    }

    /** 谁抽查、谁公示: only a REVIEWER of the task's own unit publishes. */
    private static void requireReviewer(FairdrawUser user, String unitCode) {
        if (user == null || !user.has(Role.REVIEWER) || !unitCode.equals(user.unitCode())) {
            throw new OutOfScopeException(unitCode, true);
        }
    }
}
