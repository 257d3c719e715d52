package io.fairdraw.plan;

/**
 * Told when a draw of a task has been executed (in the draw's transaction). From then on the
 * task's draw parameters are fixed: a REVIEWER may change them, with a published reason, only
 * until the task has an executed draw (issue 17 item 4). A FAILED draw is not an executed one.
 */
public interface TaskDrawLog {

    void drawExecuted(long taskId, String drawId);
}
