package io.fairdraw.draw;

import java.time.Instant;
import java.util.List;

/**
 * Every draw of a task and its outcome, for the public task page (issue 17: "the public task page
 * lists every draw of the task and its outcome"): announced, executed, failed or superseded.
 */
public interface TaskDraws {

    /** {@code status}: ANNOUNCED, EXECUTED, FAILED or SUPERSEDED; {@code executedAt} null until executed or failed. */
    record Outcome(String drawId, String status, Instant announcedAt, Instant executedAt) {
    }

    /** The task's draws, newest attempt first. */
    List<Outcome> ofTask(long taskId);

    /** The size of the frame a draw froze at announcement (0 for an unknown draw); issue 19 item 1 statistics. */
    int frameSize(String drawId);
}
