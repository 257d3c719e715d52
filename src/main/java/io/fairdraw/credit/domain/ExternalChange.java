package io.fairdraw.credit.domain;

import io.fairdraw.registry.RiskClass;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One credit class change received from outside (外部信用): which source, its own change id, the
 * entity, the class that source gives it, from when, why (reason and the source's reference, e.g.
 * a decision number), by which channel. {@code appliedAt} is null until {@code effectiveOn} has come.
 */
public record ExternalChange(long id, String sourceCode, String sourceName, String changeId, String uscc,
                             RiskClass riskClass, LocalDate effectiveOn, String reason, String reference,
                             String channel, String receivedBy, Instant receivedAt, Instant appliedAt) {

    /** Whether {@code other} says the same thing (a resent change, not a conflicting one). */
    boolean sameAs(String uscc, RiskClass riskClass, LocalDate effectiveOn, String reason, String reference) {
        return this.uscc.equals(uscc) && this.riskClass == riskClass && this.effectiveOn.equals(effectiveOn)
                && this.reason.equals(reason) && java.util.Objects.equals(blank(this.reference), blank(reference));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
