package io.fairdraw.inspection;

import java.time.LocalDate;
import java.util.List;

/**
 * Records waiting for review and the day their result must be public (国发〔2019〕5号: 20 working days,
 * counted from the team's submission, issue 19 item 5). Read by reminders, so the reviewer is told
 * before the deadline while the record still waits for review.
 */
public interface ReviewDeadlines {

    /**
     * A submitted record of task {@code taskId} (plan year {@code year}) of the unit {@code unitCode}
     * (谁抽查、谁公示: its REVIEWER reviews and publishes).
     */
    record AwaitingReview(long recordId, long visitId, long taskId, int year, String unitCode, String uscc,
                          String entityName, LocalDate submittedOn, LocalDate publicationDue) {
    }

    /** Every record waiting for review, soonest due first. Not scoped: callers filter by unit. */
    List<AwaitingReview> awaitingReview();
}
