package io.fairdraw.inspection.domain;

import io.fairdraw.inspection.RecordStatus;
import io.fairdraw.inspector.Inspector;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.InspectorId;
import io.fairdraw.organization.FairdrawUser;
import io.fairdraw.organization.OutOfScopeException;
import io.fairdraw.organization.Role;
import io.fairdraw.organization.Scopes;
import io.fairdraw.plan.PlanWorkload;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import io.fairdraw.registry.EntityNames;
import io.fairdraw.registry.EntityView;
import io.fairdraw.registry.Registry;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the pages read about records — 我的检查任务, a visit as its team or its task unit sees it,
 * 待审核 — and whether to show the team's and the reviewer's buttons. Reads only; the changes and
 * their rules are {@link RecordWorkflow}'s, {@link RecordReview}'s and {@link RecordEvidence}'s.
 */
@Service
public class RecordQueries {

    private final VisitRepository visits;
    private final RecordRepository records;
    private final Tasks tasks;
    private final Registry registry;
    private final InspectorDirectory inspectors;
    private final Scopes scopes;
    private final PublicationClock publicationClock;
    private final Clock clock;
    private RecordPointRepository points;
    private ReviewQueue reviewQueue;
    private PlanWorkload taskItems;
    private EntityNames entityNames;

    RecordQueries(VisitRepository visits, RecordRepository records, Tasks tasks, Registry registry,
                InspectorDirectory inspectors, Scopes scopes, PublicationClock publicationClock, Clock clock) {
        this.visits = visits;
        this.records = records;
        this.tasks = tasks;
        this.registry = registry;
        this.inspectors = inspectors;
        this.scopes = scopes;
        this.publicationClock = publicationClock;
        this.clock = clock;
    }

    /** The 检查表 points and the review queue's read model (issue 22 item 4: one query per page, not per row). */
    @org.springframework.beans.factory.annotation.Autowired
    void setPageReads(RecordPointRepository points, ReviewQueue reviewQueue, PlanWorkload taskItems,
                      EntityNames entityNames) {
        this.entityNames = entityNames;
        this.points = points;
        this.reviewQueue = reviewQueue;
        this.taskItems = taskItems;
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
        // issue 23 item 4: the tasks and the entities' names in one query each, not one (or eight) per visit
        Map<Long, PlanWorkload.TaskItem> taskOf = mine.isEmpty() ? Map.of()
                : taskItems.tasks(mine.stream().map(Visit::taskId).toList());
        Map<String, String> nameOf = mine.isEmpty() ? Map.of()
                : entityNames.namesOf(mine.stream().map(Visit::uscc).toList());
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        LocalDate today = io.fairdraw.shared.BusinessClock.today(clock);
        List<VisitRow> rows = new ArrayList<>();
        for (Visit v : mine) {
            RecordStatus s = statuses.get(v.id());
            if (status != null && !status.isBlank() && !status.equals(s == null ? "PLANNED" : s.name())) {
                continue;
            }
            PlanWorkload.TaskItem t = taskOf.get(v.taskId());
            String name = nameOf.getOrDefault(v.uscc(), v.uscc());
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
        return ofRecord(recordId, user);
    }

    /**
     * {@link #visitOfRecord} without a transaction of its own (no annotation, and {@link #visit} is a
     * self-call): {@link RecordEvidence#bytes} checks read access with it outside any transaction and
     * {@link RecordEvidence#meta} inside its own, as both did when they were one service's.
     */
    VisitView ofRecord(long recordId, FairdrawUser user) {
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
        // one query each for the records with their items, their evidence and their points, whatever their number
        List<InspectionRecord> rs = records.ofVisit(v.id());
        RecordRepository.VisitEvidence evidence = records.evidenceOfVisit(v.id());
        return new VisitView(v, t, registry.lookup(v.uscc()).orElse(null), team, rs, evidence.byRecord(),
                points.ofVisit(v.id()), evidence.pointKeys());
    }

    /** 待审核: submitted records of the REVIEWER's unit's tasks. */
    @Transactional(readOnly = true)
    public List<ReviewRow> reviewQueue(FairdrawUser user) {
        if (!user.has(Role.REVIEWER)) {
            return List.of();
        }
        String linked = records.inspectorOf(user.username()).orElse(null);
        // DESIGN.md §2: never in the queue of someone who may not review it
        return reviewQueue.ofUnit(user.unitCode()).stream()
                .filter(e -> !ReviewDuty.ownTeam(e.team(), e.createdBy(), e.row().submittedBy(), user.username(), linked))
                .map(ReviewQueue.Entry::row)
                .toList();
    }

    /** Whether this user may review records of the visit's task (for showing the buttons). */
    public boolean mayReview(VisitView view, FairdrawUser user) {
        return user.has(Role.REVIEWER) && view.task() != null && view.task().planUnit().equals(user.unitCode())
                && !isMember(view, user);
    }

    public boolean isMember(VisitView view, FairdrawUser user) {
        return records.inspectorOf(user.username()).map(view.visit()::hasMember).orElse(false);
    }
}
