package io.fairdraw.draw.web;

import io.fairdraw.draw.JointVisits;
import io.fairdraw.plan.TaskView;
import io.fairdraw.plan.Tasks;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the public draw page adds around the FD-DRAW-1 record (issue 19): the task's item scope
 * (item 8) and the entities visited jointly with another draw, 并入联合检查 (item 2). Neither
 * changes the draw's maths or its published texts.
 */
@Component
class DrawPageNotes {

    private final ObjectProvider<JointVisits> joints;
    private final Tasks tasks;

    DrawPageNotes(ObjectProvider<JointVisits> joints, Tasks tasks) {
        this.joints = joints;
        this.tasks = tasks;
    }

    void addTo(Model model, long taskId, String drawId) {
        model.addAttribute("itemScope", tasks.task(taskId).map(TaskView::itemScope).orElse(null));
        JointVisits source = joints.getIfAvailable();
        model.addAttribute("joints", source == null ? List.of() : source.of(drawId));
    }
}
