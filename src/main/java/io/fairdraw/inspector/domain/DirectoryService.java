package io.fairdraw.inspector.domain;

import io.fairdraw.inspector.ConflictPair;
import io.fairdraw.inspector.Eligibility;
import io.fairdraw.inspector.Inspector;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.InspectorEligibility;
import io.fairdraw.inspector.InspectorId;
import io.fairdraw.inspector.RosterEntry;
import io.fairdraw.inspector.StaffingWarnings;
import io.fairdraw.inspector.StaffingWarnings.Expiring;
import io.fairdraw.inspector.StaffingWarnings.UnitCount;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.Organization.UnitView;
import io.fairdraw.organization.UnitKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory for the draw and the dashboard. Eligibility is always {@link InspectorEligibility},
 * applied here in Java to what the database returns, so roster and warnings cannot disagree.
 */
@Service
class DirectoryService implements InspectorDirectory {

    private final InspectorRepository inspectors;
    private final Organization organization;

    DirectoryService(InspectorRepository inspectors, Organization organization) {
        this.inspectors = inspectors;
        this.organization = organization;
    }

    @Override
    @Transactional(readOnly = true)
    public List<RosterEntry> roster(Set<String> unitCodes, boolean includeJointPool, LocalDate date) {
        // Issue 20 item 1: a 协作部门's inspectors only where that department is on the task (a confirmed
        // partner), never through the joint pool, even if a unit's kind changed after its pool flag was set.
        Set<String> outside = organization.units().stream().filter(u -> u.kind().isOutside())
                .map(io.fairdraw.organization.Organization.UnitView::code).collect(java.util.stream.Collectors.toSet());
        return inspectors.candidates(unitCodes.toArray(String[]::new), includeJointPool).stream()
                .map(InspectorDetails::inspector)
                .filter(i -> unitCodes.contains(i.unitCode()) || !outside.contains(i.unitCode()))
                .filter(i -> InspectorEligibility.check(i, date).eligible())
                .map(i -> new RosterEntry(i.id(), i.orgCode())).sorted().toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> jointPoolUnits() {
        return inspectors.jointPoolUnits();
    }

    @Override
    @Transactional(readOnly = true)
    public List<ConflictPair> conflicts(Collection<InspectorId> ids) {
        return inspectors.conflictPairs(ids.stream().map(InspectorId::value).toArray(String[]::new)).stream()
                .sorted().toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Inspector> find(InspectorId id) {
        return inspectors.find(id.value()).map(InspectorDetails::inspector);
    }

    @Override
    @Transactional(readOnly = true)
    public StaffingWarnings warnings(Collection<String> unitCodes, LocalDate date) {
        Predicate<String> wanted = unitCodes == null ? u -> true : Set.copyOf(unitCodes)::contains;
        List<Inspector> all = inspectors.all(unitCodes == null ? null : unitCodes.toArray(String[]::new)).stream()
                .map(InspectorDetails::inspector).toList();
        Map<Inspector, Eligibility> checks = all.stream().collect(Collectors.toMap(i -> i,
                i -> InspectorEligibility.check(i, date)));
        Map<String, Long> eligibleByUnit = all.stream().filter(i -> checks.get(i).eligible())
                .collect(Collectors.groupingBy(Inspector::unitCode, Collectors.counting()));
        List<UnitView> units = organization.units().stream().filter(UnitView::active).filter(u -> wanted.test(u.code()))
                .toList();
        // 三(三): 各师市自然资源和规划局 … 执法检查人员名录库，原则上不少于3人.
        List<UnitCount> understaffed = units.stream().filter(u -> u.kind() == UnitKind.DIVISION)
                .map(u -> new UnitCount(u.code(), eligibleByUnit.getOrDefault(u.code(), 0L)))
                .filter(c -> c.eligible() < StaffingWarnings.MIN_PER_DIVISION).toList();
        // 三(三): 兵团自然资源局各业务处室分别抽选一名执法检查人员列入名录库 — named and drawable today.
        Set<String> withJointPool = all.stream().filter(i -> i.jointPool() && checks.get(i).eligible())
                .map(Inspector::unitCode).collect(Collectors.toSet());
        List<String> noJointPool = units.stream().filter(u -> u.kind() == UnitKind.DEPARTMENT)
                .map(UnitView::code).filter(c -> !withJointPool.contains(c)).toList();
        List<Expiring> expiring = all.stream()
                .filter(i -> checks.get(i).warnings().contains(Eligibility.Reason.CERTIFICATE_EXPIRES_SOON))
                .map(i -> new Expiring(i.id(), i.name(), i.unitCode(), i.certificateExpiry())).toList();
        return new StaffingWarnings(understaffed, noJointPool, expiring);
    }

    @Override
    @Transactional(readOnly = true)
    public boolean leaveRecorded(InspectorId id, LocalDate from, Instant recordedBefore) {
        return inspectors.leaveRecorded(id.value(), from, recordedBefore);
    }
}
