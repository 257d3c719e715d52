package io.fairdraw.disclosure;

import java.time.LocalDate;

/**
 * Events of the disclosure module, published inside the publishing transaction. Report and
 * reminders listen to them (results published on time; a due publication done).
 */
public final class DisclosureEvents {

    private DisclosureEvents() {
    }

    /**
     * A REVIEWER published the approved inspection record {@code recordId} (all its items) on the
     * portal. 国发〔2019〕5号: results public within 20 working days of the record's submission, so
     * {@code onTime} is {@code publishedOn <= dueOn}.
     */
    public record ResultPublished(long recordId, long taskId, String unitCode, String uscc,
                                  LocalDate approvedOn, LocalDate dueOn, LocalDate publishedOn,
                                  boolean onTime) {
    }
}
