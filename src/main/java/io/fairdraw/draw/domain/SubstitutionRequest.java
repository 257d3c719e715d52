package io.fairdraw.draw.domain;

import java.time.Instant;

/**
 * A published substitution request and its decision (issue 17 item 6). {@code status} is
 * REQUESTED, APPROVED or REFUSED; {@code in} is set once approved (FD-DRAW-1 §3 at approval time).
 */
public record SubstitutionRequest(long id, String drawId, String uscc, String out, SubstitutionReason reason,
                                  String text, String status, Instant requestedAt, String requestedBy,
                                  Instant decidedAt, String decidedBy, String in) {

    public static final String REQUESTED = "REQUESTED";
    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";

    public boolean open() {
        return REQUESTED.equals(status);
    }

    /** The reason as the record's {@code substitutions[].reason} publishes it: code, then the text if any. */
    public String publishedReason() {
        return text.isEmpty() ? reason.name() : reason.name() + ": " + text;
    }
}
