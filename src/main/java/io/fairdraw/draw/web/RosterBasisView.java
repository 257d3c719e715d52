package io.fairdraw.draw.web;

import io.fairdraw.draw.RosterSource;
import io.fairdraw.plan.TaskView;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * For the draw page ({@code ${@drawRosterBasis.of(task)}}): which rule puts which units'
 * inspectors on the task's roster (本单位 / 联合抽查伙伴 / 联合抽查人员库), DESIGN.md §2.
 */
@Component("drawRosterBasis")
class RosterBasisView {

    private final ObjectProvider<RosterSource> source;

    RosterBasisView(ObjectProvider<RosterSource> source) {
        this.source = source;
    }

    public List<RosterSource.Basis> of(TaskView task) {
        RosterSource s = source.getIfAvailable();
        return s == null ? List.of() : s.basis(task.planUnit(), task.rosterUnits());
    }
}
