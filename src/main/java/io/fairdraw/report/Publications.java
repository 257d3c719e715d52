package io.fairdraw.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Approved inspection records not yet published (ResultApproved minus ResultPublished), for
 * reminders. 国发〔2019〕5号: results public within 20 working days, counted from the record's submission
 * (issue 19 item 5; the due date is the one carried on InspectionEvents.ResultApproved).
 */
public interface Publications {

    record Pending(long recordId, long taskId, String unitCode, String uscc, String entityName,
                   LocalDate approvedOn, LocalDate dueOn) {
    }

    /** Every pending publication, oldest due date first. Not scoped: callers filter by unit. */
    List<Pending> pending();
}
