package io.fairdraw.plan;

import java.time.Instant;

/**
 * A REVIEWER's change of a published task's draw parameters (issue 17 item 4), with the reason
 * published beside the task. {@code changedBy} is for staff pages and the audit log only.
 */
public record TaskParameterChange(long taskId, Instant changedAt, String changedBy, String reason,
                                  int teamSizeBefore, int teamSizeAfter, int capSlackBefore, int capSlackAfter,
                                  boolean crossOrgBefore, boolean crossOrgAfter) {

    private static final java.time.format.DateTimeFormatter SHOWN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(io.fairdraw.shared.BusinessClock.ZONE);

    /** When, as the pages show it (Asia/Shanghai). */
    public String changedAtText() {
        return SHOWN.format(changedAt);
    }
}
