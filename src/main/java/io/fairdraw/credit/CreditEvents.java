package io.fairdraw.credit;

import java.time.LocalDate;

/**
 * Events of the credit module, published inside the transaction of the change (issue 20 item 2: the
 * exchange module writes its outbox message in the same transaction).
 */
public final class CreditEvents {

    private CreditEvents() {
    }

    /**
     * An entity's risk class moved under a credit rule; {@code fromClass} null when it had none,
     * {@code inspectionRecordId} the approved record that caused it, or null (e.g. a CLEAN rule).
     */
    public record ClassChanged(String uscc, String fromClass, String toClass, String ruleCode,
                               Long inspectionRecordId, LocalDate changedOn) {
    }
}
