package io.fairdraw.inspector.domain;

import io.fairdraw.draw.RosterSource;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.InspectorId;
import io.fairdraw.inspector.JointPoolRule;
import io.fairdraw.organization.Organization;
import io.fairdraw.organization.Organization.UnitView;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The draw's roster (FD-DRAW-1 §1) from the inspector directory: the eligible inspectors of the
 * task's units and, for joint and bureau-level tasks only ({@link JointPoolRule}), the joint pool
 * (兵自然资发〔2020〕47号 三(三): 各业务处室分别抽选一名执法检查人员列入名录库，以便参与兵团部门联合抽查), and their
 * declared avoidance pairs.
 */
@Component
class DirectoryRosterSource implements RosterSource {

    private final InspectorDirectory directory;
    private final Organization organization;

    DirectoryRosterSource(InspectorDirectory directory, Organization organization) {
        this.directory = directory;
        this.organization = organization;
    }

    @Override
    public List<RosterEntry> roster(String leadUnit, Set<String> unitCodes, LocalDate date) {
        return directory.roster(unitCodes, jointPoolJoins(leadUnit, unitCodes), date).stream()
                .map(e -> new RosterEntry(e.inspectorId().value(), e.unitCode())).toList();
    }

    @Override
    public List<Basis> basis(String leadUnit, Set<String> unitCodes) {
        List<Basis> out = new ArrayList<>();
        out.add(new Basis(Rule.OWN_UNIT, List.of(leadUnit)));
        List<String> partners = unitCodes.stream().filter(u -> !u.equals(leadUnit)).sorted().toList();
        if (!partners.isEmpty()) {
            out.add(new Basis(Rule.JOINT_PARTNER, partners));
        }
        if (jointPoolJoins(leadUnit, unitCodes)) {
            out.add(new Basis(Rule.JOINT_POOL, directory.jointPoolUnits().stream()
                    .filter(u -> !unitCodes.contains(u)).sorted().toList()));
        }
        return out;
    }

    private boolean jointPoolJoins(String leadUnit, Set<String> unitCodes) {
        return JointPoolRule.joins(organization.unit(leadUnit).map(UnitView::kind).orElse(null), leadUnit, unitCodes);
    }

    @Override
    public List<ConflictPair> conflicts(Collection<String> inspectorIds) {
        return directory.conflicts(inspectorIds.stream().map(InspectorId::of).toList()).stream()
                .map(c -> new ConflictPair(c.inspectorId().value(), c.uscc())).toList();
    }
}
