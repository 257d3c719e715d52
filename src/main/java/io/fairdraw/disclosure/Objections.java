package io.fairdraw.disclosure;

import java.time.LocalDate;
import java.util.List;

/**
 * 异议 waiting for their answer (issue 20 item 4), for reminders and the REVIEWER's 工作台. Nothing personal:
 * no objector, no contact.
 */
public interface Objections {

    /** An open objection to record {@code recordId} of unit {@code unitCode}, to be answered by {@code answerDue}. */
    record Awaiting(long objectionId, long recordId, String unitCode, String uscc, String entityName, LocalDate filedOn,
                    LocalDate answerDue) {
    }

    /** Every open objection, soonest due first. Not scoped: callers filter by unit. */
    List<Awaiting> awaitingAnswer();
}
