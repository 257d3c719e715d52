package io.fairdraw.inspection;

/**
 * A follow-up's state: OPEN until the team records its 复查 / 移送 / 抄告 (reminded before and after
 * its deadline), REVIEW while that correction of the first result waits for the REVIEWER, CLOSED
 * once approved. Labels: {@code inspection.followup.status.<NAME>}.
 */
public enum FollowUpStatus {
    OPEN, REVIEW, CLOSED;

    public String messageKey() {
        return "inspection.followup.status." + name();
    }
}
