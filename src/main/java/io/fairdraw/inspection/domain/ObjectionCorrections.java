package io.fairdraw.inspection.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.inspection.Corrections;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.inspection.RecordStatus;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.plan.TaskView;
import io.fairdraw.shared.ConflictError;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * issue 20 item 4: an upheld 异议 opens the record's correction (更正) the way a team member would
 * ({@link RecordWorkflow#correct}: a new draft copying content and evidence, linked to the approved
 * record), then hands it to the team as a returned record, with the reason, so the team's existing
 * reminder (RECORD_RETURNED) tells them at once. Recording, 双人确认, review and publication are the
 * existing flow's, unchanged.
 */
@Service
class ObjectionCorrections implements Corrections {

    private final RecordRepository records;
    private final VisitRepository visits;
    private final RecordAccess access;
    private final RecordChecklist checklist;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ObjectionCorrections(RecordRepository records, VisitRepository visits, RecordAccess access,
                         RecordChecklist checklist, AuditLog audit, ApplicationEventPublisher events) {
        this.records = records;
        this.visits = visits;
        this.access = access;
        this.checklist = checklist;
        this.audit = audit;
        this.events = events;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<String> approvedBy(long recordId) {
        return records.find(recordId).filter(r -> r.status() == RecordStatus.APPROVED).map(InspectionRecord::approvedBy);
    }

    @Override
    @Transactional
    public long openOnObjection(long approvedRecordId, String reviewer, String reviewerUnit, String reason) {
        RecordAccess.Acting who = new RecordAccess.Acting(reviewer, reviewerUnit, null);
        InspectionRecord old = records.findForUpdate(approvedRecordId)
                .orElseThrow(() -> new OutOfScopeException("inspection_record:" + approvedRecordId, false));
        Visit v = visits.findForUpdate(old.visitId()).orElseThrow();
        TaskView t = access.requireReviewerOf(v, who);
        access.requireNotOwnTeam(old, v, who);
        if (old.status() != RecordStatus.APPROVED) {
            throw new ConflictError("inspection.correction.not_approved");
        }
        InspectionRecord open = records.ofVisit(v.id()).stream().filter(r -> r.status() != RecordStatus.APPROVED)
                .findFirst().orElse(null);
        if (open != null) {
            if (Long.valueOf(approvedRecordId).equals(open.correctsRecordId())) {
                return open.id();
            }
            throw new ConflictError("inspection.correction.open_exists");
        }
        long id = records.insert(v.id(), old.id(), reviewer, old.inspectionDate(), old.entityCategory(), old.items());
        records.copyEvidence(old.id(), id);
        checklist.copy(old.id(), id);
        audit.record(AuditEvent.of("INSPECTION_CORRECTION_STARTED", "inspection_record", String.valueOf(id),
                "corrects " + old.id() + " objection upheld").by(reviewer, reviewerUnit));
        events.publishEvent(new InspectionEvents.RecordReturned(id, v.id(), v.taskId(), t.planUnit(), v.uscc(),
                v.inspectors(), reason));
        return id;
    }
}
