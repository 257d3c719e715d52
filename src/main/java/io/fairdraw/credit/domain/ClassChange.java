package io.fairdraw.credit.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of an entity's risk class, with what caused it: a credit rule ({@code ruleCode}, the
 * record that triggered it) or an external credit change (外部信用, issue 20 item 3: {@code external}).
 */
public record ClassChange(long id, String uscc, String fromClass, String toClass, String ruleCode,
                          Long creditRecordId, Long inspectionRecord, Instant at, External external) {

    /** The external change behind a class change: its source, effective date and reference. */
    public record External(long id, String sourceCode, String sourceName, String changeId, LocalDate effectiveOn,
                           String reference) {
    }

    public boolean isExternal() {
        return external != null;
    }
}
