package io.fairdraw.inspector.domain;

import io.fairdraw.draw.RosterSource;
import io.fairdraw.inspector.InspectorDirectory;
import io.fairdraw.inspector.InspectorId;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The draw's roster (FD-DRAW-1 §1) from the inspector directory: the eligible inspectors of the
 * task's units and the joint pool (兵自然资发〔2020〕47号 三(三): 各业务处室分别抽选一名执法检查人员列入名录库，
 * 以便参与兵团部门联合抽查), and their declared avoidance pairs.
 */
@Component
class DirectoryRosterSource implements RosterSource {

    private final InspectorDirectory directory;

    DirectoryRosterSource(InspectorDirectory directory) {
        this.directory = directory;
    }

    @Override
    public List<RosterEntry> roster(Set<String> unitCodes, LocalDate date) {
        return directory.roster(unitCodes, true, date).stream()
                .map(e -> new RosterEntry(e.inspectorId().value(), e.unitCode())).toList();
    }

    @Override
    public List<ConflictPair> conflicts(Collection<String> inspectorIds) {
        return directory.conflicts(inspectorIds.stream().map(InspectorId::of).toList()).stream()
                .map(c -> new ConflictPair(c.inspectorId().value(), c.uscc())).toList();
    }
}
