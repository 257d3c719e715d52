package io.fairdraw.draw.domain;

import java.time.Instant;

/**
 * A published override of the staffing condition's refusal (issue 17 item 5): requested by a
 * PLANNER with a reason, decided by a REVIEWER of the unit (not the requester), and once used, the
 * draw it let through with the failed condition as published ({@code use}, null until used).
 */
public record StaffingOverride(long id, long taskId, String unitCode, String reason, String status, Stamp requested,
                               Stamp decided, Use use) {

    /** The announcement an approved override let through and the staffing condition it failed, as published. */
    public record Use(String drawId, String staffing) {
    }

    public boolean open() {
        return SubstitutionRequest.REQUESTED.equals(status);
    }

    public Instant requestedAt() {
        return requested.at();
    }

    public String requestedBy() {
        return requested.by();
    }

    public Instant decidedAt() {
        return decided == null ? null : decided.at();
    }

    public String decidedBy() {
        return decided == null ? null : decided.by();
    }

    public String drawId() {
        return use == null ? null : use.drawId();
    }

    public String staffing() {
        return use == null ? null : use.staffing();
    }
}
