package io.fairdraw.draw;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * What waits on draws, for the 工作台 (issue 21 item 1): substitution requests a REVIEWER decides, and failed
 * draws an AUDITOR looks at (a draw that could not staff its teams, FD-DRAW-1 §2b, not yet drawn again).
 */
public interface DrawWorkload {

    record OpenRequest(long requestId, String drawId, long taskId, String taskName, String uscc, String out,
                       Instant requestedAt) {
    }

    record FailedDraw(String drawId, long taskId, String taskName, String unitCode, Instant at) {
    }

    /**
     * Open requests of the unit's draws that {@code username} may decide: DESIGN.md §2, the requester of a
     * substitution is never its approver.
     */
    List<OpenRequest> openRequests(String unitCode, String username);

    /** FAILED draws of these units (null: every unit) whose task has no live (announced or executed) draw since. */
    List<FailedDraw> failedDraws(Collection<String> unitCodes);
}
