package io.fairdraw.credit.domain;

import java.time.Instant;

/** One change of an entity's risk class, with the rule and the records that caused it. */
public record ClassChange(long id, String uscc, String fromClass, String toClass, String ruleCode,
                          Long creditRecordId, Long inspectionRecord, Instant at) {
}
