package io.fairdraw.report.domain;

import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.InspectorNames;
import io.fairdraw.inspector.RosterEntry;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.Scope;
import io.fairdraw.organization.UnitKind;
import io.fairdraw.plan.PlanOverview;
import io.fairdraw.plan.PlanStatus;
import io.fairdraw.registry.Registry;
import io.fairdraw.shared.SupervisionField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The statistics of a year for a set of units (兵自然资发〔2020〕47号: 各单位 and the bureau across
 * units). Every figure comes from the report's fact tables or from other modules' APIs.
 */
@Service
public class Statistics {

    /**
     * A unit's row: its plan, what was drawn and inspected, what was published, and the spread of its
     * inspectors' visits. The total row has no unit and no plan (its plan figures count units).
     */
    public record UnitRow(String unitCode, String unitName, PlanFigures plan, Inspections inspections,
                          Publication publication, Spread workload) {

        /** 三(三): the plan's status, when it was submitted and whether by the deadline (null: not yet decided). */
        public record PlanFigures(PlanStatus status, LocalDate submittedOn, Boolean onTime, long tasks) {
        }

        public record Inspections(long drawn, long inspected, long itemResults, long problems) {
            Inspections plus(Inspections o) {
                return new Inspections(drawn + o.drawn, inspected + o.inspected, itemResults + o.itemResults,
                        problems + o.problems);
            }
        }

        /** 公示: approved results, published (on time), pending and overdue. */
        public record Publication(long approved, long published, long publishedOnTime, long pending, long overdue) {
            Publication plus(Publication o) {
                return new Publication(approved + o.approved, published + o.published,
                        publishedOnTime + o.publishedOnTime, pending + o.pending, overdue + o.overdue);
            }
        }

        public Double problemRate() {
            return inspections.itemResults() == 0 ? null : (double) inspections.problems() / inspections.itemResults();
        }

        public Double onTimeRate() {
            return publication.published() == 0 ? null : (double) publication.publishedOnTime() / publication.published();
        }

        // The flat reading the statistics page and its exports use.
        public PlanStatus planStatus() { return plan.status(); }
        public LocalDate submittedOn() { return plan.submittedOn(); }
        public Boolean planOnTime() { return plan.onTime(); }
        public long tasks() { return plan.tasks(); }
        public long drawn() { return inspections.drawn(); }
        public long inspected() { return inspections.inspected(); }
        public long itemResults() { return inspections.itemResults(); }
        public long problems() { return inspections.problems(); }
        public long approved() { return publication.approved(); }
        public long published() { return publication.published(); }
        public long publishedOnTime() { return publication.publishedOnTime(); }
        public long pending() { return publication.pending(); }
        public long overdue() { return publication.overdue(); }
    }

    public record FieldRow(SupervisionField field, long registered, long drawn, long inspected) {
        public Double drawnRate() {
            return registered == 0 ? null : (double) drawn / registered;
        }

        public Double inspectedRate() {
            return registered == 0 ? null : (double) inspected / registered;
        }
    }

    public record ItemRow(String itemCode, String itemName, long results, long problems) {
        public Double rate() {
            return results == 0 ? null : (double) problems / results;
        }
    }

    public record WorkloadRow(String inspectorId, String name, String unitCode, long visits) {
    }

    /** {@code total} sums the unit rows (its plan figures count units: plans on time / units). */
    public record Report(int year, LocalDate planDue, List<UnitRow> units, UnitRow total, long plansOnTime,
                         List<FieldRow> coverage, List<ItemRow> items, List<WorkloadRow> workload) {
    }

    private final FactRepository facts;
    private final Organization organization;
    private final PlanOverview plans;
    private final Registry registry;
    private final InspectorDirectory inspectors;
    private final ReviewBacklog reviewBacklog;
    private final InspectorNames names;

    Statistics(FactRepository facts, Organization organization, PlanOverview plans, Registry registry,
               InspectorDirectory inspectors, ReviewBacklog reviewBacklog, InspectorNames names) {
        this.names = names;
        this.facts = facts;
        this.organization = organization;
        this.plans = plans;
        this.registry = registry;
        this.inspectors = inspectors;
        this.reviewBacklog = reviewBacklog;
    }

    /**
     * Units a statistics reader sees: the divisions and departments (the units that plan and
     * inspect) the scope may read — a unit's own staff their unit, the bureau and AUDITOR all.
     */
    public List<Organization.UnitView> unitsFor(Scope scope) {
        return organization.units().stream()
                .filter(u -> u.active() && (u.kind() == UnitKind.DIVISION || u.kind() == UnitKind.DEPARTMENT))
                .filter(u -> scope.canRead(u.code()))
                .sorted(Comparator.comparing(Organization.UnitView::code)).toList();
    }

    @Transactional(readOnly = true)
    public Report report(int year, Collection<String> unitCodes, LocalDate today) {
        String[] units = unitCodes.toArray(String[]::new);
        Set<String> unitSet = new LinkedHashSet<>(unitCodes);
        Map<String, String> names = organization.units().stream()
                .collect(Collectors.toMap(Organization.UnitView::code, Organization.UnitView::name));
        LocalDate due = plans.dueDate(year);
        Map<String, PlanOverview.PlanFact> planByUnit = new HashMap<>();
        plans.plansOf(year).forEach(p -> planByUnit.put(p.unitCode(), p));
        Map<String, Long> drawn = facts.drawnByUnit(year, units);
        Map<String, Long> inspected = facts.inspectedByUnit(year, units);
        Map<String, FactRepository.ProblemCount> problems = new HashMap<>();
        facts.problemsByUnit(year, units).forEach(p -> problems.put(p.unitCode(), p));
        Map<String, FactRepository.PublicationCount> pubs = new HashMap<>();
        reviewBacklog.withAwaitingReview(year, unitSet, today, facts.publicationsByUnit(year, units, today))
                .forEach(p -> pubs.put(p.unitCode(), p));

        List<WorkloadRow> workload = workload(year, unitSet, today);
        Map<String, List<Long>> loadByUnit = new HashMap<>();
        workload.forEach(w -> loadByUnit.computeIfAbsent(w.unitCode(), k -> new ArrayList<>()).add(w.visits()));

        List<UnitRow> rows = new ArrayList<>();
        long plansOnTime = 0;
        for (String u : unitSet) {
            PlanOverview.PlanFact plan = planByUnit.get(u);
            LocalDate submitted = plan == null || plan.status() == PlanStatus.DRAFT ? null : plan.submittedOn();
            // 三(三): plans by the end of March; undecided while the deadline has not passed.
            Boolean onTime = null;
            if (submitted != null) {
                onTime = !submitted.isAfter(due);
            } else if (today.isAfter(due)) {
                onTime = Boolean.FALSE;
            }
            if (Boolean.TRUE.equals(onTime)) {
                plansOnTime++;
            }
            var pc = problems.getOrDefault(u, new FactRepository.ProblemCount(u, 0, 0));
            var pub = pubs.getOrDefault(u, new FactRepository.PublicationCount(u, 0, 0, 0, 0, 0));
            rows.add(new UnitRow(u, names.getOrDefault(u, u),
                    new UnitRow.PlanFigures(plan == null ? null : plan.status(), submitted, onTime,
                            plan == null ? 0 : plan.tasks()),
                    new UnitRow.Inspections(drawn.getOrDefault(u, 0L), inspected.getOrDefault(u, 0L), pc.results(),
                            pc.problems()),
                    new UnitRow.Publication(pub.approved(), pub.published(), pub.onTime(), pub.pending(), pub.overdue()),
                    Spread.of(loadByUnit.getOrDefault(u, List.of()))));
        }
        UnitRow total = new UnitRow(null, null,
                new UnitRow.PlanFigures(null, null, null, rows.stream().mapToLong(UnitRow::tasks).sum()),
                rows.stream().map(UnitRow::inspections).reduce(new UnitRow.Inspections(0, 0, 0, 0), UnitRow.Inspections::plus),
                rows.stream().map(UnitRow::publication).reduce(new UnitRow.Publication(0, 0, 0, 0, 0),
                        UnitRow.Publication::plus),
                Spread.of(workload.stream().map(WorkloadRow::visits).toList()));
        return new Report(year, due, rows, total, plansOnTime, coverage(year, units, unitSet), items(year, units),
                workload);
    }

    private List<FieldRow> coverage(int year, String[] units, Set<String> unitSet) {
        Map<SupervisionField, Long> registered = new EnumMap<>(SupervisionField.class);
        registry.activeCountsByUnitAndField().stream().filter(c -> unitSet.contains(c.unitCode()))
                .forEach(c -> registered.merge(c.field(), c.entities(), Long::sum));
        Map<SupervisionField, FactRepository.FieldCount> found = new EnumMap<>(SupervisionField.class);
        facts.coverage(year, units).forEach(c -> SupervisionField.byName(c.field()).ifPresent(f -> found.put(f, c)));
        List<FieldRow> rows = new ArrayList<>();
        for (SupervisionField f : SupervisionField.values()) {
            FactRepository.FieldCount c = found.get(f);
            rows.add(new FieldRow(f, registered.getOrDefault(f, 0L), c == null ? 0 : c.drawn(),
                    c == null ? 0 : c.inspected()));
        }
        return rows;
    }

    private List<ItemRow> items(int year, String[] units) {
        return facts.problemsByItem(year, units).stream()
                .map(c -> new ItemRow(c.itemCode(), c.itemName(), c.results(), c.problems())).toList();
    }

    /**
     * Visits per inspector of these units in the year, every draw counted (a joint task's visit is
     * the inspector's work wherever it was drawn). Inspectors eligible today with no visit count as
     * zero, so the spread shows who is never drawn.
     */
    private List<WorkloadRow> workload(int year, Set<String> unitSet, LocalDate today) {
        Map<String, Long> visits = facts.visitsByInspector(year);
        Map<String, String> unitOf = new HashMap<>();
        Map<String, String> nameOf = new HashMap<>();
        for (RosterEntry r : inspectors.roster(unitSet, false, today)) {
            unitOf.put(r.inspectorId().value(), r.unitCode());
        }
        Set<String> ids = new HashSet<>(unitOf.keySet());
        ids.addAll(visits.keySet());
        List<WorkloadRow> rows = new ArrayList<>();
        // issue 23 item 4: the names and units in one query, not a directory read per inspector
        Map<String, InspectorNames.Named> named = names.namesOf(ids);
        for (String id : ids) {
            var found = java.util.Optional.ofNullable(named.get(id));
            String unit = found.map(InspectorNames.Named::unitCode).orElse(unitOf.get(id));
            if (unit == null || !unitSet.contains(unit)) {
                continue;
            }
            nameOf.put(id, found.map(InspectorNames.Named::name).orElse(id));
            rows.add(new WorkloadRow(id, nameOf.get(id), unit, visits.getOrDefault(id, 0L)));
        }
        rows.sort(Comparator.comparing(WorkloadRow::unitCode).thenComparing(WorkloadRow::inspectorId));
        return rows;
    }
}
