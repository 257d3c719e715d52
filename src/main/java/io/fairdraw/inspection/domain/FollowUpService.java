package io.fairdraw.inspection.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.inspection.FollowUpKind;
import io.fairdraw.inspection.FollowUpStatus;
import io.fairdraw.inspection.FollowUps;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.inspection.RecordStatus;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Scopes;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 后续处置 carried to the end (issue 19 item 4). An approved result whose item has a problem and a
 * disposal that needs following up opens a {@link FollowUp}; the team records its 复查 / 移送 / 抄告,
 * which starts a correction of the first result (a new draft record, with the 复查 evidence) that the
 * team confirms and submits as any record; the REVIEWER's approval (never by the team: the record
 * review's separation of duties) closes the follow-up, and disclosure publishes the correction linked
 * to the first result — the path every correction takes.
 */
@Service
public class FollowUpService implements FollowUps {

    private final FollowUpRepository followUps;
    private final RecordRepository records;
    private final RecordWorkflow recordService;
    private final VisitRepository visits;
    private final Scopes scopes;
    private final EvidenceCheck evidenceCheck;
    private final AuditLog audit;
    private final MessageSource messages;
    private final Clock clock;

    FollowUpService(FollowUpRepository followUps, RecordRepository records, RecordWorkflow recordService,
                    VisitRepository visits, Scopes scopes, EvidenceCheck evidenceCheck, AuditLog audit,
                    MessageSource messages, Clock clock) {
        this.recordService = recordService;
        this.followUps = followUps;
        this.records = records;
        this.visits = visits;
        this.scopes = scopes;
        this.evidenceCheck = evidenceCheck;
        this.audit = audit;
        this.messages = messages;
        this.clock = clock;
    }

    public LocalDate today() {
        return io.fairdraw.shared.BusinessClock.today(clock);
    }

    /**
     * In the approving transaction: the approval of a follow-up's correction closes it (its date
     * checked again: the team may have edited it since); any other approval opens the follow-ups its
     * items call for, once per visit and item.
     */
    @EventListener
    @Transactional
    public void on(InspectionEvents.ResultApproved e) {
        Optional<FollowUp> outcomeOf = followUps.byOutcomeRecordForUpdate(e.recordId());
        if (outcomeOf.isPresent()) {
            FollowUp closed = outcomeOf.get().closed(e.inspectionDate(), e.approvedBy(), e.approvedAt(), e.approvedOn());
            followUps.update(closed);
            audit.record(AuditEvent.of("FOLLOW_UP_CLOSED", "inspection_follow_up", String.valueOf(closed.id()),
                    closed.kind() + " " + closed.outcome() + " record " + e.recordId() + " corrects " + e.correctsRecordId())
                    .by(e.approvedBy(), e.unitCode()));
            return;
        }
        if (visits.find(e.visitId()).isEmpty() || records.find(e.recordId()).isEmpty()) {
            return;   // an approval of no record of ours (the event is a contract others also publish in tests)
        }
        for (InspectionEvents.ItemResult i : e.items()) {
            if (i.category() == null || !i.category().problem() || i.category().followUpOutcome()) {
                continue;
            }
            Optional<FollowUpKind> kind = FollowUpKind.of(i.disposal());
            if (kind.isPresent() && followUps.insertIfAbsent(new FollowUp.Origin(e.visitId(),
                    e.recordId(), i.itemCode(), i.itemName(), e.unitCode(), e.uscc(), e.entityName(), e.inspectionDate()),
                    kind.get(), e.inspectionDate().plusDays(FollowUp.DEADLINE_DAYS))) {
                audit.record(AuditEvent.of("FOLLOW_UP_OPENED", "inspection_visit", String.valueOf(e.visitId()),
                        kind.get() + " " + i.itemCode() + " record " + e.recordId() + " deadline "
                                + e.inspectionDate().plusDays(FollowUp.DEADLINE_DAYS)).by(e.approvedBy(), e.unitCode()));
            }
        }
    }

    // --- reading ---

    /** 后续处置: the unit's follow-ups and those of the person's own visits. */
    @Transactional(readOnly = true)
    public List<FollowUp> list(FairdrawUser user) {
        return followUps.forUnitOrInspector(user.unitCode() == null ? "" : user.unitCode(),
                records.inspectorOf(user.username()).orElse(""), 500);
    }

    /** One follow-up for its task unit (and who reads it) or the visit's team; 404 for everybody else. */
    @Transactional(readOnly = true)
    public FollowUp find(long id, FairdrawUser user) {
        FollowUp f = followUps.find(id).orElseThrow(() -> new OutOfScopeException("inspection_follow_up:" + id, false));
        if (!isMember(f, user) && !scopes.of(user).canRead(f.unitCode())) {
            throw new OutOfScopeException("inspection_follow_up:" + id, false);
        }
        return f;
    }

    @Transactional(readOnly = true)
    public List<FollowUp> ofVisit(long visitId) {
        return followUps.ofVisit(visitId);
    }

    public boolean isMember(FollowUp f, FairdrawUser user) {
        String me = records.inspectorOf(user.username()).orElse(null);
        return visits.find(f.visitId()).map(v -> v.hasMember(me)).orElse(false);
    }

    /** 只有检查组成员可以记录: 403 for whoever else may read the follow-up. */
    public void requireMember(FollowUp f, FairdrawUser user) {
        if (!isMember(f, user)) {
            throw new OutOfScopeException("inspection_follow_up:" + f.id(), true);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<Awaiting> awaiting() {
        return followUps.awaiting();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UnitCount> perUnit(Collection<String> unitCodes, LocalDate today) {
        return followUps.perUnit(unitCodes, today);
    }

    // --- recording (team members only) ---

    /**
     * The team records the follow-up's action. A 复查 needs its evidence (a photo or document of the
     * site after rectification). Starts the correction of the visit's latest approved result that
     * carries the outcome; @return that draft record's id.
     */
    @Transactional
    public long record(long id, FollowUp.Action action, String fileName, byte[] evidence, FairdrawUser user) {
        FollowUp f = followUps.find(id).orElseThrow(() -> new OutOfScopeException("inspection_follow_up:" + id, false));
        boolean visible = scopes.of(user).canRead(f.unitCode());
        return record(id, action, fileName, evidence, new RecordAccess.Acting(user.username(), user.unitCode(),
                records.inspectorOf(user.username()).orElse(null)), visible);
    }

    long record(long id, FollowUp.Action action, String fileName, byte[] evidence, RecordAccess.Acting who,
                boolean visible) {
        FollowUp f = followUps.findForUpdate(id)
                .orElseThrow(() -> new OutOfScopeException("inspection_follow_up:" + id, false));
        Visit v = visits.findForUpdate(f.visitId()).orElseThrow();
        if (!v.hasMember(who.inspectorId())) {
            // 只有检查组成员可以记录 (as for the first record).
            throw new OutOfScopeException("inspection_follow_up:" + id, visible);
        }
        Instant now = clock.instant();
        FollowUp recorded = f.recorded(action, who.username(), now, today());
        boolean hasFile = evidence != null && evidence.length > 0;
        if (f.kind() == FollowUpKind.RECTIFY && !hasFile) {
            throw new UserError("file", "inspection.followup.evidence.required");
        }
        List<InspectionRecord> ofVisit = records.ofVisit(v.id());
        if (ofVisit.stream().anyMatch(r -> r.status() != RecordStatus.APPROVED)) {
            throw new ConflictError("inspection.followup.record_open");
        }
        InspectionRecord latest = ofVisit.stream().max(Comparator.comparingLong(InspectionRecord::id)).orElseThrow();
        EvidenceCheck.Accepted accepted = hasFile ? evidenceCheck.check(fileName, evidence) : null;
        // The team's own correction path (RecordWorkflow#correct copies the record and its evidence), then
        // the follow-up's item carries the outcome and the correction is dated on the action.
        long recordId = recordService.correct(latest.id(), who);
        InspectionRecord draft = records.find(recordId).orElseThrow();
        RecordItem item = draft.items().stream().filter(i -> i.itemCode().equals(f.itemCode())).findFirst().orElseThrow();
        records.update(draft.edited(new RecordDraft(recorded.actionDate(), null, Map.of(f.itemCode(),
                new RecordDraft.Item(recorded.outcome(), item.disposal(), findings(recorded))))), who.username());
        String hash = "";
        if (hasFile) {
            String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
            name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
            hash = RecordEvidence.sha256(evidence);
            records.insertEvidence(recordId, f.itemCode(), name.length() > 200 ? name.substring(name.length() - 200) : name,
                    accepted.contentType(), evidence, hash, accepted.thumbnail(), who.username());
        }
        followUps.update(recorded.withOutcomeRecord(recordId));
        audit.record(AuditEvent.of("FOLLOW_UP_RECORDED", "inspection_follow_up", String.valueOf(id),
                f.kind() + " " + recorded.outcome() + " on " + recorded.actionDate() + " correction " + recordId
                        + " corrects " + latest.id() + (hasFile ? " evidence sha256=" + hash : ""))
                .by(who.username(), who.unitCode()));
        return recordId;
    }

    /** The correction's findings say what was done, in the language of the record (zh-CN). */
    private String findings(FollowUp f) {
        Object[] args = {f.actionDate().toString(), nz(f.receivingBody()), nz(f.caseNo()), nz(f.department()), f.note()};
        String text = messages.getMessage("inspection.followup.findings." + f.outcome().name(), args,
                Locale.SIMPLIFIED_CHINESE);
        return text.length() > 4000 ? text.substring(0, 4000) : text;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
