package io.fairdraw.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The plan module's API for the draw: approved tasks and their frames. Implemented by
 * {@code plan.domain.TaskFrames}, the one place a task's frame is computed — for the draw here and
 * for the plan's live preview and coverage inside the module.
 */
public interface Tasks {

    Optional<TaskView> task(long taskId);

    /** The frame of the task on that date: the same function the plan's live preview uses. */
    FrameRules.Result frame(long taskId, LocalDate date);
}
