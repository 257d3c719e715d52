package io.fairdraw.draw.domain;

import java.time.Instant;

/**
 * A published override of the staffing condition's refusal (issue 17 item 5): requested by a
 * PLANNER with a reason, decided by a REVIEWER of the unit (not the requester), and once used, the
 * draw it let through with the failed condition ({@code staffing}) as published.
 */
public record StaffingOverride(long id, long taskId, String unitCode, String reason, String status,
                               Instant requestedAt, String requestedBy, Instant decidedAt, String decidedBy,
                               String drawId, String staffing) {

    public boolean open() {
        return SubstitutionRequest.REQUESTED.equals(status);
    }
}
