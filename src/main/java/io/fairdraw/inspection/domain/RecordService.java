package io.fairdraw.inspection.domain;

import io.fairdraw.audit.AuditEvent;
import io.fairdraw.audit.AuditLog;
import io.fairdraw.catalog.Catalog;
import io.fairdraw.catalog.ItemVersion;
import io.fairdraw.inspection.InspectionEvents;
import io.fairdraw.inspection.RecordStatus;
import io.fairdraw.inspection.ResultCategory;
import io.fairdraw.inspector.Inspector;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.InspectorId;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scopes;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import io.fairdraw.registry.EntityView;
import io.fairdraw.registry.Registry;
import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 检查实施与结果: the team records (only team members), both confirm (双人确认), the task unit's
 * REVIEWER approves or returns; an approved record is final, a correction is a new linked record.
 * Approval publishes {@link InspectionEvents.ResultApproved} inside its transaction, so credit and
 * disclosure act on exactly the committed approvals. Every change writes an audit entry.
 */
@Service
public class RecordService {

    /** "Today" for business rules (inspection dates, the publication clock) is the Asia/Shanghai date. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Who acts: the account and, for inspectors, the directory entry it is linked to. */
    record Acting(String username, String unitCode, String inspectorId) {
    }

    private final VisitRepository visits;
    private final RecordRepository records;
    private final Tasks tasks;
    private final Catalog catalog;
    private final Registry registry;
    private final InspectorDirectory inspectors;
    private final Scopes scopes;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final EvidenceCheck evidenceCheck;
    private final PublicationClock publicationClock;
    private final Clock clock;
    private RecordChecklist checklist;

    RecordService(VisitRepository visits, RecordRepository records, Tasks tasks, Catalog catalog, Registry registry,
                  InspectorDirectory inspectors, Scopes scopes, AuditLog audit, ApplicationEventPublisher events,
                  EvidenceCheck evidenceCheck, PublicationClock publicationClock, Clock clock) {
        this.visits = visits;
        this.records = records;
        this.tasks = tasks;
        this.catalog = catalog;
        this.registry = registry;
        this.inspectors = inspectors;
        this.scopes = scopes;
        this.audit = audit;
        this.events = events;
        this.evidenceCheck = evidenceCheck;
        this.publicationClock = publicationClock;
        this.clock = clock;
    }

    /** issue 19 item 3: the record's 检查表 (a setter: RecordChecklist is its own concern). */
    @org.springframework.beans.factory.annotation.Autowired
    void setChecklist(RecordChecklist checklist) {
        this.checklist = checklist;
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(ZONE));
    }

    public long maxEvidenceBytes() {
        return evidenceCheck.maxBytes();
    }

    /** The publication deadline of a submitted or approved record (fixed at its submission), or null. */
    @Transactional(readOnly = true)
    public LocalDate publicationDue(InspectionRecord r) {
        return r == null ? null : publicationClock.dueOf(List.of(r.id())).get(r.id());
    }

    /** The directory inspector the account acts as, if it is linked to one. */
    @Transactional(readOnly = true)
    public Optional<String> inspectorOf(FairdrawUser user) {
        return records.inspectorOf(user.username());
    }

    // --- reading ---

    /** 我的检查任务: visits of the teams the user's directory entry belongs to, filtered. */
    @Transactional(readOnly = true)
    public List<VisitRow> myVisits(FairdrawUser user, String status, String query) {
        Optional<String> me = records.inspectorOf(user.username());
        if (me.isEmpty()) {
            return List.of();
        }
        List<Visit> mine = visits.ofInspector(me.get());
        Map<Long, RecordStatus> statuses = mine.isEmpty() ? Map.of()
                : records.latestStatus(mine.stream().map(Visit::id).toList());
        Map<Long, LocalDate> publicationDue = mine.isEmpty() ? Map.of()
                : publicationClock.dueOfVisitsUnderReview(mine.stream().map(Visit::id).toList());
        Map<Long, Optional<TaskView>> taskCache = new HashMap<>();
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        LocalDate today = today();
        List<VisitRow> rows = new ArrayList<>();
        for (Visit v : mine) {
            RecordStatus s = statuses.get(v.id());
            if (status != null && !status.isBlank() && !status.equals(s == null ? "PLANNED" : s.name())) {
                continue;
            }
            TaskView t = taskCache.computeIfAbsent(v.taskId(), tasks::task).orElse(null);
            String name = registry.lookup(v.uscc()).map(EntityView::name).orElse(v.uscc());
            if (!q.isEmpty() && !name.toLowerCase(Locale.ROOT).contains(q) && !v.uscc().toLowerCase(Locale.ROOT).contains(q)) {
                continue;
            }
            LocalDate due = t == null ? null : t.periodEnd();
            rows.add(new VisitRow(v.id(), v.drawId(), t == null ? "" : t.code(), t == null ? "" : t.name(),
                    t == null ? 0 : t.year(), v.uscc(), name, due, s,
                    due != null && due.isBefore(today) && s != RecordStatus.APPROVED, publicationDue.get(v.id())));
        }
        rows.sort(java.util.Comparator.comparing((VisitRow r) -> r.recordStatus() == RecordStatus.APPROVED)
                .thenComparing(r -> r.dueBy() == null ? LocalDate.MAX : r.dueBy()).thenComparing(VisitRow::visitId));
        return rows;
    }

    /**
     * A visit as its team, the task unit (and the bureau reading it) or a joint partner sees it;
     * 404 for everybody else (existence is not revealed).
     */
    @Transactional(readOnly = true)
    public VisitView visit(long visitId, FairdrawUser user) {
        Visit v = visits.find(visitId).orElseThrow(() -> new OutOfScopeException("inspection_visit:" + visitId, false));
        TaskView t = tasks.task(v.taskId()).orElse(null);
        boolean member = records.inspectorOf(user.username()).map(v::hasMember).orElse(false);
        var scope = scopes.of(user);
        boolean unit = t != null && (scope.canRead(t.planUnit()) || t.rosterUnits().stream().anyMatch(scope::canRead));
        if (!member && !unit) {
            throw new OutOfScopeException("inspection_visit:" + visitId, false);
        }
        return view(v, t);
    }

    @Transactional(readOnly = true)
    public VisitView visitOfRecord(long recordId, FairdrawUser user) {
        InspectionRecord r = records.find(recordId)
                .orElseThrow(() -> new OutOfScopeException("inspection_record:" + recordId, false));
        return visit(r.visitId(), user);
    }

    private VisitView view(Visit v, TaskView t) {
        List<VisitView.Member> team = new ArrayList<>();
        for (String id : v.inspectors()) {
            Optional<Inspector> i = InspectorId.isValid(id) ? inspectors.find(InspectorId.of(id)) : Optional.empty();
            team.add(new VisitView.Member(id, i.map(Inspector::name).orElse(id), i.map(Inspector::unitCode).orElse(""),
                    i.map(Inspector::certificateNo).orElse("")));
        }
        List<InspectionRecord> rs = records.ofVisit(v.id());
        Map<Long, List<Evidence>> evidence = new LinkedHashMap<>();
        rs.forEach(r -> evidence.put(r.id(), records.evidence(r.id())));
        return new VisitView(v, t, registry.lookup(v.uscc()).orElse(null), team, rs, evidence);
    }

    public Optional<byte[]> evidenceBytes(long evidenceId, boolean thumbnail, FairdrawUser user) {
        Evidence e = records.evidenceMeta(evidenceId)
                .orElseThrow(() -> new OutOfScopeException("inspection_evidence:" + evidenceId, false));
        visitOfRecord(e.recordId(), user);
        return records.evidenceBytes(evidenceId, thumbnail);
    }

    @Transactional(readOnly = true)
    public Evidence evidence(long evidenceId, FairdrawUser user) {
        Evidence e = records.evidenceMeta(evidenceId)
                .orElseThrow(() -> new OutOfScopeException("inspection_evidence:" + evidenceId, false));
        visitOfRecord(e.recordId(), user);
        return e;
    }

    /** 待审核: submitted records of the REVIEWER's unit's tasks. */
    @Transactional(readOnly = true)
    public List<ReviewRow> reviewQueue(FairdrawUser user) {
        if (!user.has(Role.REVIEWER)) {
            return List.of();
        }
        List<ReviewRow> out = new ArrayList<>();
        Map<Long, Optional<TaskView>> taskCache = new HashMap<>();
        List<InspectionRecord> submitted = records.submittedAll();
        Map<Long, LocalDate> due = publicationClock.dueOf(submitted.stream().map(InspectionRecord::id).toList());
        for (InspectionRecord r : submitted) {
            Visit v = visits.find(r.visitId()).orElseThrow();
            TaskView t = taskCache.computeIfAbsent(v.taskId(), tasks::task).orElse(null);
            if (t == null || !t.planUnit().equals(user.unitCode())) {
                continue;
            }
            InspectionRecord full = records.find(r.id()).orElseThrow();
            if (ReviewDuty.ownTeam(full, v, user.username(), records.inspectorOf(user.username()).orElse(null))) {
                continue;   // DESIGN.md §2: never in the queue of someone who may not review it
            }
            out.add(new ReviewRow(r.id(), v.id(), r.correctsRecordId(), t.name(), v.uscc(),
                    registry.lookup(v.uscc()).map(EntityView::name).orElse(v.uscc()), r.submittedBy(), r.submittedAt(),
                    full.hasViolation(), due.get(r.id())));
        }
        return out;
    }

    // --- recording (team members only) ---

    /** Starts the record of a visit (or returns the one in progress). */
    @Transactional
    public long open(long visitId, FairdrawUser user) {
        return open(visitId, member(user));
    }

    long open(long visitId, Acting who) {
        Visit v = visits.findForUpdate(visitId)
                .orElseThrow(() -> new OutOfScopeException("inspection_visit:" + visitId, false));
        requireMember(v, who);
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
        return save(recordId, draft, member(user));
    }

    InspectionRecord save(long recordId, RecordDraft draft, Acting who) {
        InspectionRecord before = lockedForMember(recordId, who);
        InspectionRecord after = before.edited(draft);
        if (after.equals(before)) {
            return before;
        }
        records.update(after, who.username());
        audit.record(AuditEvent.of("INSPECTION_RECORD_SAVED", "inspection_record", String.valueOf(recordId),
                summary(after)).by(who.username(), who.unitCode()));
        return records.find(recordId).orElseThrow();
    }

    /** 双人确认: this member confirms the current content (complete, or a message says what is missing). */
    @Transactional
    public InspectionRecord confirm(long recordId, FairdrawUser user) {
        return confirm(recordId, member(user));
    }

    InspectionRecord confirm(long recordId, Acting who) {
        InspectionRecord before = lockedForMember(recordId, who);
        InspectionRecord after = before.confirmedBy(who.inspectorId(), today());
        checklist.requireComplete(after);
        records.update(after, who.username());
        audit.record(AuditEvent.of("INSPECTION_RECORD_CONFIRMED", "inspection_record", String.valueOf(recordId),
                who.inspectorId() + " confirmed " + summary(after)).by(who.username(), who.unitCode()));
        return records.find(recordId).orElseThrow();
    }

    /** Submits for review: only when every team member confirmed the current content. */
    @Transactional
    public InspectionRecord submit(long recordId, FairdrawUser user) {
        return submit(recordId, member(user));
    }

    InspectionRecord submit(long recordId, Acting who) {
        InspectionRecord before = lockedForMember(recordId, who);
        Visit v = visits.find(before.visitId()).orElseThrow();
        InspectionRecord after = before.submitted(v.inspectors(), today());
        checklist.requireComplete(after);
        records.update(after, who.username());
        records.markSubmitted(recordId, who.username(), clock.instant());
        publicationClock.start(recordId, today());   // issue 19 item 5: the 20 working days start at 检查完成
        audit.record(AuditEvent.of("INSPECTION_RECORD_SUBMITTED", "inspection_record", String.valueOf(recordId),
                summary(after)).by(who.username(), who.unitCode()));
        return records.find(recordId).orElseThrow();
    }

    /**
     * Adds an evidence file to an item of a draft: type by content, size limit, stored with its
     * SHA-256, which the audit entry records. A refused file changes nothing else.
     */
    @Transactional
    public Evidence addEvidence(long recordId, String itemCode, String fileName, byte[] data, FairdrawUser user) {
        return addEvidence(recordId, itemCode, fileName, data, member(user));
    }

    Evidence addEvidence(long recordId, String itemCode, String fileName, byte[] data, Acting who) {
        InspectionRecord r = lockedForMember(recordId, who);
        r.requireDraft();
        if (r.items().stream().noneMatch(i -> i.itemCode().equals(itemCode))) {
            throw new UserError("files", "inspection.evidence.item_unknown", itemCode);
        }
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.length() > 200) {
            name = name.substring(name.length() - 200);
        }
        EvidenceCheck.Accepted ok = evidenceCheck.check(name, data);
        String sha = sha256(data);
        long id = records.insertEvidence(recordId, itemCode, name, ok.contentType(), data, sha, ok.thumbnail(),
                who.username());
        // A new file changes what the team confirmed.
        records.update(new InspectionRecord(r.id(), r.visitId(), r.correctsRecordId(), r.status(), r.inspectionDate(),
                r.entityCategory(), List.of(), r.returnReason(), r.createdBy(), r.createdAt(), r.updatedBy(),
                r.updatedAt(), r.submittedBy(), r.submittedAt(), r.approvedBy(), r.approvedAt(), r.approvedOn(),
                r.version(), r.items()), who.username());
        audit.record(AuditEvent.of("INSPECTION_EVIDENCE_ADDED", "inspection_record", String.valueOf(recordId),
                itemCode + " " + name + " " + ok.contentType() + " " + data.length + " bytes sha256=" + sha)
                .by(who.username(), who.unitCode()));
        return records.evidenceMeta(id).orElseThrow();
    }

    /** Removes a file from a draft (the audit entry keeps its hash). */
    @Transactional
    public void removeEvidence(long evidenceId, FairdrawUser user) {
        Acting who = member(user);
        Evidence e = records.evidenceMeta(evidenceId)
                .orElseThrow(() -> new OutOfScopeException("inspection_evidence:" + evidenceId, false));
        InspectionRecord r = lockedForMember(e.recordId(), who);
        r.requireDraft();
        records.deleteEvidence(evidenceId);
        records.update(new InspectionRecord(r.id(), r.visitId(), r.correctsRecordId(), r.status(), r.inspectionDate(),
                r.entityCategory(), List.of(), r.returnReason(), r.createdBy(), r.createdAt(), r.updatedBy(),
                r.updatedAt(), r.submittedBy(), r.submittedAt(), r.approvedBy(), r.approvedAt(), r.approvedOn(),
                r.version(), r.items()), who.username());
        audit.record(AuditEvent.of("INSPECTION_EVIDENCE_REMOVED", "inspection_record", String.valueOf(e.recordId()),
                e.itemCode() + " " + e.fileName() + " sha256=" + e.sha256()).by(who.username(), who.unitCode()));
    }

    /**
     * 更正: an approved record is never edited; a team member starts a new draft that copies it
     * (content and evidence) and links to it. It goes through confirmation and review again.
     */
    @Transactional
    public long correct(long approvedRecordId, FairdrawUser user) {
        return correct(approvedRecordId, member(user));
    }

    long correct(long approvedRecordId, Acting who) {
        InspectionRecord old = records.findForUpdate(approvedRecordId)
                .orElseThrow(() -> new OutOfScopeException("inspection_record:" + approvedRecordId, false));
        Visit v = visits.findForUpdate(old.visitId()).orElseThrow();
        requireMember(v, who);
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

    // --- review (REVIEWER of the task's unit) ---

    @Transactional
    public void approve(long recordId, FairdrawUser user) {
        approve(recordId, reviewer(user));
    }

    void approve(long recordId, Acting who) {
        InspectionRecord r = records.findForUpdate(recordId)
                .orElseThrow(() -> new OutOfScopeException("inspection_record:" + recordId, false));
        Visit v = visits.findForUpdate(r.visitId()).orElseThrow();
        TaskView t = requireReviewerOf(v, who);
        requireNotOwnTeam(r, v, who);
        r.requireSubmitted();
        Instant at = clock.instant();
        LocalDate on = LocalDate.ofInstant(at, ZONE);
        PublicationClock.Due due = publicationClock.of(recordId).orElseThrow();
        records.markApproved(recordId, who.username(), at, on);
        visits.approve(v.id(), at);
        audit.record(AuditEvent.of("INSPECTION_RECORD_APPROVED", "inspection_record", String.valueOf(recordId),
                (r.correctsRecordId() == null ? "" : "corrects " + r.correctsRecordId() + " ") + summary(r))
                .by(who.username(), who.unitCode()));
        EntityView entity = registry.lookup(v.uscc()).orElse(null);
        List<InspectionEvents.ItemResult> items = r.items().stream()
                .map(i -> new InspectionEvents.ItemResult(i.itemCode(), i.itemVersion(), i.itemName(), i.ownerUnit(),
                        r.effectiveCategory(i), r.effectiveDisposal(i)))
                .toList();
        events.publishEvent(new InspectionEvents.ResultApproved(recordId, r.correctsRecordId(), v.id(), v.taskId(),
                t.name(), t.year(), t.planUnit(), v.drawId(), v.uscc(), entity == null ? v.uscc() : entity.name(),
                entity == null ? "" : entity.field().name(), v.inspectors(), r.inspectionDate(), at, on, who.username(), items,
                due.submittedOn(), due.publicationDue()));
    }

    @Transactional
    public void returnRecord(long recordId, String reason, FairdrawUser user) {
        Acting who = reviewer(user);
        InspectionRecord r = records.findForUpdate(recordId)
                .orElseThrow(() -> new OutOfScopeException("inspection_record:" + recordId, false));
        Visit v = visits.find(r.visitId()).orElseThrow();
        requireReviewerOf(v, who);
        requireNotOwnTeam(r, v, who);
        InspectionRecord after = r.returned(reason);
        records.update(after, who.username());
        audit.record(AuditEvent.of("INSPECTION_RECORD_RETURNED", "inspection_record", String.valueOf(recordId),
                after.returnReason()).by(who.username(), who.unitCode()));
    }

    /** Whether this user may review records of the visit's task (for showing the buttons). */
    public boolean mayReview(VisitView view, FairdrawUser user) {
        return user.has(Role.REVIEWER) && view.task() != null && view.task().planUnit().equals(user.unitCode())
                && !isMember(view, user);
    }

    public boolean isMember(VisitView view, FairdrawUser user) {
        return records.inspectorOf(user.username()).map(view.visit()::hasMember).orElse(false);
    }

    // --- demo support ---

    @Transactional
    public void linkAccount(String username, String inspectorId) {
        records.link(username, inspectorId);
        audit.record(AuditEvent.of("INSPECTION_ACCOUNT_LINKED", "inspection_account", username, inspectorId)
                .by("system", null));
    }

    long recordCount() {
        return records.count();
    }

    // --- helpers ---

    private Acting member(FairdrawUser user) {
        String id = records.inspectorOf(user.username()).orElse(null);
        return new Acting(user.username(), user.unitCode(), id);
    }

    private Acting reviewer(FairdrawUser user) {
        if (!user.has(Role.REVIEWER)) {
            throw new OutOfScopeException("inspection_review", true);
        }
        return new Acting(user.username(), user.unitCode(), null);
    }

    /** 只有检查组成员可以记录: everybody else gets 403 and changes nothing. */
    private static void requireMember(Visit v, Acting who) {
        if (!v.hasMember(who.inspectorId())) {
            throw new OutOfScopeException("inspection_visit:" + v.id(), true);
        }
    }

    private InspectionRecord lockedForMember(long recordId, Acting who) {
        InspectionRecord r = records.findForUpdate(recordId)
                .orElseThrow(() -> new OutOfScopeException("inspection_record:" + recordId, false));
        requireMember(visits.find(r.visitId()).orElseThrow(), who);
        return r;
    }

    /** 谁抽查、谁公示: the REVIEWER of the unit whose plan holds the task reviews its results. */
    private TaskView requireReviewerOf(Visit v, Acting who) {
        TaskView t = tasks.task(v.taskId()).orElseThrow(() -> new ConflictError("inspection.visit.task_missing"));
        if (!t.planUnit().equals(who.unitCode())) {
            throw new OutOfScopeException(t.planUnit(), true);
        }
        return t;
    }

    /**
     * DESIGN.md §2 (issue 17 item 7): whatever roles the account holds, it never reviews a record its
     * own team recorded — not as a team member (through its linked inspector), not as the account
     * that wrote, edited or submitted it.
     */
    private void requireNotOwnTeam(InspectionRecord r, Visit v, Acting who) {
        if (ReviewDuty.ownTeam(r, v, who.username(), records.inspectorOf(who.username()).orElse(null))) {
            throw new ConflictError("inspection.review.own_team", r.id());
        }
    }

    private static String summary(InspectionRecord r) {
        StringBuilder sb = new StringBuilder();
        sb.append("date=").append(r.inspectionDate());
        if (r.entityCategory() != null) {
            sb.append(" entity=").append(r.entityCategory());
        }
        for (RecordItem i : r.items()) {
            ResultCategory c = r.effectiveCategory(i);
            sb.append(' ').append(i.itemCode()).append('=').append(c == null ? "-" : c.name());
            if (r.effectiveDisposal(i) != null) {
                sb.append('/').append(r.effectiveDisposal(i));
            }
        }
        return sb.toString();
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
