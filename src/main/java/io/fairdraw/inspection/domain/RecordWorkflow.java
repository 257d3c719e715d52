package io.fairdraw.inspection.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.catalog.Catalog;
import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.inspection.RecordStatus;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import io.fairdraw.shared.BusinessClock;
import io.fairdraw.shared.ConflictError;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 检查实施: the team's side of a record. Only team members record; every member confirms the
 * current content (双人确认) before it is submitted; an approved record is final and a correction is
 * a new linked record. The record itself decides what is allowed ({@link InspectionRecord}); this
 * class loads it, asks it, saves it and writes the audit entry in the same transaction. The
 * reviewer's side is {@link RecordReview}, what the pages read is {@link RecordQueries}, who may act
 * is {@link RecordAccess} and the evidence files are {@link RecordEvidence}'s.
 */
@Service
public class RecordWorkflow {


    private final VisitRepository visits;
    private final RecordRepository records;
    private final Tasks tasks;
    private final Catalog catalog;
    private final AuditLog audit;
    private final PublicationClock publicationClock;
    private final RecordAccess access;
    private final Clock clock;
    private RecordChecklist checklist;
    private org.springframework.context.ApplicationEventPublisher events;

    RecordWorkflow(VisitRepository visits, RecordRepository records, Tasks tasks, Catalog catalog, AuditLog audit,
                   PublicationClock publicationClock, RecordAccess access, Clock clock) {
        this.visits = visits;
        this.records = records;
        this.tasks = tasks;
        this.catalog = catalog;
        this.audit = audit;
        this.publicationClock = publicationClock;
        this.access = access;
        this.clock = clock;
    }

    /** issue 21 item 1: a submission tells the unit's REVIEWER at once (a setter: the constructor stays as it was). */
    @Autowired
    void setEvents(org.springframework.context.ApplicationEventPublisher events) {
        this.events = events;
    }

    /** issue 19 item 3: the record's 检查表 (a setter: RecordChecklist is its own concern). */
    @Autowired
    void setChecklist(RecordChecklist checklist) {
        this.checklist = checklist;
    }

    public LocalDate today() {
        return BusinessClock.today(clock);
    }

    // --- recording (team members only) ---

    /** Starts the record of a visit (or returns the one in progress). */
    @Transactional
    public long open(long visitId, FairdrawUser user) {
        return open(visitId, access.member(user));
    }

    long open(long visitId, RecordAccess.Acting who) {
        Visit v = visits.findForUpdate(visitId)
                .orElseThrow(() -> new OutOfScopeException("inspection_visit:" + visitId, false));
        RecordAccess.requireMember(v, who);
        VisitMerger.requireOwnVisit(v);
        List<InspectionRecord> existing = records.ofVisit(visitId);
        for (InspectionRecord r : existing) {
            if (r.status() != RecordStatus.APPROVED) {
                return r.id();
            }
        }
        if (!existing.isEmpty()) {
            throw new ConflictError("inspection.record.already_approved");
        }
        TaskView t = tasks.task(v.taskId()).orElseThrow(() -> new ConflictError("inspection.visit.task_missing"));
        List<RecordItem> items = new ArrayList<>();
        Map<String, Long> versionIds = new LinkedHashMap<>();
        int sort = 0;
        for (TaskView.Item i : VisitMerger.items(t, visits.jointTaskIds(v.id()), tasks)) {
            if (!v.itemCodes().isEmpty() && !v.itemCodes().contains(i.code())) {
                continue;
            }
            int versionNo = catalog.version(i.versionId()).map(ItemVersion::versionNo).orElse(0);
            versionIds.put(i.code(), i.versionId());
            items.add(new RecordItem(i.code(), versionNo, i.name(), i.unitCode(), i.legalBasis() == null ? "" : i.legalBasis(),
                    sort++, null, null, ""));
        }
        long id = records.insert(visitId, null, who.username(), null, null, items);
        checklist.start(id, versionIds);
        audit.record(AuditEvent.of("INSPECTION_RECORD_CREATED", "inspection_record", String.valueOf(id),
                "visit " + visitId + " " + v.uscc()).by(who.username(), who.unitCode()));
        return id;
    }

    /**
     * Saves what the team typed (explicit save or autosave). Returns the record as saved. An
     * unchanged draft writes nothing; a changed one loses its confirmations (they confirm content).
     */
    @Transactional
    public InspectionRecord save(long recordId, RecordDraft draft, FairdrawUser user) {
        return save(recordId, draft, access.member(user));
    }

    InspectionRecord save(long recordId, RecordDraft draft, RecordAccess.Acting who) {
        InspectionRecord before = access.lockedForMember(recordId, who);
        InspectionRecord after = before.edited(draft);
        if (after.equals(before)) {
            return before;
        }
        if (!java.util.Objects.equals(after.inspectionDate(), before.inspectionDate())) {
            dates(after).check(after.inspectionDate());   // issue 21 item 5: within the task's period, not after today
        }
        records.update(after, who.username());
        audit.record(AuditEvent.of("INSPECTION_RECORD_SAVED", "inspection_record", String.valueOf(recordId),
                after.auditSummary()).by(who.username(), who.unitCode()));
        return records.find(recordId).orElseThrow();
    }

    /** 双人确认: this member confirms the current content (complete, or a message says what is missing). */
    @Transactional
    public InspectionRecord confirm(long recordId, FairdrawUser user) {
        return confirm(recordId, access.member(user));
    }

    InspectionRecord confirm(long recordId, RecordAccess.Acting who) {
        InspectionRecord before = access.lockedForMember(recordId, who);
        InspectionRecord after = before.confirmedBy(who.inspectorId(), today());
        dates(after).check(after.inspectionDate());
        checklist.requireComplete(after);
        records.update(after, who.username());
        audit.record(AuditEvent.of("INSPECTION_RECORD_CONFIRMED", "inspection_record", String.valueOf(recordId),
                who.inspectorId() + " confirmed " + after.auditSummary()).by(who.username(), who.unitCode()));
        return records.find(recordId).orElseThrow();
    }

    /** Submits for review: only when every team member confirmed the current content. */
    @Transactional
    public InspectionRecord submit(long recordId, FairdrawUser user) {
        return submit(recordId, access.member(user));
    }

    InspectionRecord submit(long recordId, RecordAccess.Acting who) {
        InspectionRecord before = access.lockedForMember(recordId, who);
        Visit v = visits.find(before.visitId()).orElseThrow();
        InspectionRecord after = before.submit(v.inspectors(), who.username(), clock.instant(), today());
        dates(after).check(after.inspectionDate());
        checklist.requireComplete(after);
        records.update(after, who.username());
        publicationClock.start(recordId, today());   // issue 19 item 5: the 20 working days start at 检查完成
        audit.record(AuditEvent.of("INSPECTION_RECORD_SUBMITTED", "inspection_record", String.valueOf(recordId),
                after.auditSummary()).by(who.username(), who.unitCode()));
        tasks.task(v.taskId()).ifPresent(t -> events.publishEvent(new io.fairdraw.inspection.InspectionEvents.RecordSubmitted(
                recordId, v.id(), v.taskId(), t.planUnit(), v.uscc())));
        return records.find(recordId).orElseThrow();
    }

    /**
     * 更正: an approved record is never edited; a team member starts a new draft that copies it
     * (content and evidence) and links to it. It goes through confirmation and review again.
     */
    @Transactional
    public long correct(long approvedRecordId, FairdrawUser user) {
        return correct(approvedRecordId, access.member(user));
    }

    long correct(long approvedRecordId, RecordAccess.Acting who) {
        InspectionRecord old = records.findForUpdate(approvedRecordId)
                .orElseThrow(() -> new OutOfScopeException("inspection_record:" + approvedRecordId, false));
        Visit v = visits.findForUpdate(old.visitId()).orElseThrow();
        RecordAccess.requireMember(v, who);
        if (old.status() != RecordStatus.APPROVED) {
            throw new ConflictError("inspection.correction.not_approved");
        }
        InspectionRecord open = records.ofVisit(v.id()).stream().filter(r -> r.status() != RecordStatus.APPROVED)
                .findFirst().orElse(null);
        if (open != null) {
            throw new ConflictError("inspection.correction.open_exists");
        }
        long id = records.insert(v.id(), old.id(), who.username(), old.inspectionDate(), old.entityCategory(), old.items());
        records.copyEvidence(old.id(), id);
        checklist.copy(old.id(), id);
        audit.record(AuditEvent.of("INSPECTION_CORRECTION_STARTED", "inspection_record", String.valueOf(id),
                "corrects " + old.id()).by(who.username(), who.unitCode()));
        return id;
    }

    /** The days the record's 检查日期 may take: its visit's task period and today (issue 21 item 5). */
    InspectionDates dates(InspectionRecord r) {
        TaskView task = visits.find(r.visitId()).flatMap(v -> tasks.task(v.taskId())).orElse(null);
        return InspectionDates.of(task, r, today());
    }

    // --- demo support ---

    /** A demo record's date: {@code daysAgo} before the last allowed day, not before the first (issue 21 item 5). */
    LocalDate demoDate(InspectionRecord r, int daysAgo) {
        InspectionDates d = dates(r);
        LocalDate date = d.latest().minusDays(daysAgo);
        return d.earliest() != null && date.isBefore(d.earliest()) ? d.earliest() : date;
    }

    @Transactional
    public void linkAccount(String username, String inspectorId) {
        records.link(username, inspectorId);
        audit.record(AuditEvent.of("INSPECTION_ACCOUNT_LINKED", "inspection_account", username, inspectorId)
                .by("system", null));
    }

    long recordCount() {
        return records.count();
    }
}
