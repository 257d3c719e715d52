package io.fairdraw.inspector;

import java.util.List;

/**
 * Whether an inspector may be drawn on a day, and why not. {@code warnings} do not make the
 * inspector ineligible (a certificate expiring within 30 days).
 */
public record Eligibility(List<Reason> reasons, List<Reason> warnings) {

    /** Labels: {@code inspector.eligibility.<NAME>}. */
    public enum Reason {
        NO_CERTIFICATE, CERTIFICATE_EXPIRED, NOT_ON_DUTY, ON_LEAVE, CERTIFICATE_EXPIRES_SOON
    }

    public Eligibility {
        reasons = List.copyOf(reasons);
        warnings = List.copyOf(warnings);
    }

    public boolean eligible() {
        return reasons.isEmpty();
    }
}
