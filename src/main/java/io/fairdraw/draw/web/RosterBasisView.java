package io.fairdraw.draw.web;

import io.fairdraw.draw.RosterSource;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * For the draw pages ({@code ${@drawRosterBasis.of(task)}}, {@code ofTask(id)} on the public page): which rule puts which units'
 * inspectors on the task's roster (本单位 / 联合抽查伙伴 / 联合抽查人员库), DESIGN.md §2.
 */
@Component("drawRosterBasis")
class RosterBasisView {

    private final ObjectProvider<RosterSource> source;
    private final Tasks tasks;

    RosterBasisView(ObjectProvider<RosterSource> source, Tasks tasks) {
        this.source = source;
        this.tasks = tasks;
    }

    /** For the public draw page: the task's units are public (抽查任务公告), its inspectors are not. */
    public List<RosterSource.Basis> ofTask(long taskId) {
        return tasks.task(taskId).map(this::of).orElse(List.of());
    }

    public List<RosterSource.Basis> of(TaskView task) {
        RosterSource s = source.getIfAvailable();
        return s == null ? List.of() : s.basis(task.planUnit(), task.rosterUnits());
    }
}
