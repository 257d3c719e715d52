package io.fairdraw.draw.domain;

import io.fairdraw.shared.ConflictError;
import io.fairdraw.shared.UserError;
import java.time.Instant;

/**
 * A published substitution request and its decision (issue 17 item 6): REQUESTED, then APPROVED
 * or REFUSED once, by someone other than the requester. {@code in} is set once approved (FD-DRAW-1
 * §3 at approval time). Requests are made and decided through their {@link Draw}.
 */
public record SubstitutionRequest(long id, String drawId, TeamSlot slot, SubstitutionReason reason, String text,
                                  Stamp requested, Decision decision) {

    public static final String REQUESTED = "REQUESTED";
    public static final String APPROVED = "APPROVED";
    public static final String REFUSED = "REFUSED";

    /** REQUESTED (no stamp, no substitute yet), APPROVED with the substitute {@code in}, or REFUSED. */
    public record Decision(String status, Stamp decided, String in) {

        static final Decision PENDING = new Decision(REQUESTED, null, null);
    }

    /** A new request, not yet stored ({@code id} 0). */
    static SubstitutionRequest open(String drawId, TeamSlot slot, SubstitutionReason reason, String text,
                                    Stamp requested) {
        return new SubstitutionRequest(0, drawId, slot, reason, text, requested, Decision.PENDING);
    }

    /**
     * The request's free text on one line (it is published in one line of the record), at most 500
     * characters, required when the reason is OTHER.
     */
    static String oneLineText(SubstitutionReason reason, String text) {
        String oneLine = text == null ? "" : text.strip().replaceAll("[\\r\\n]+", " ");
        if (oneLine.length() > 500) {
            throw new UserError("text", "draw.substitution.text_too_long");
        }
        if (reason == SubstitutionReason.OTHER && oneLine.isEmpty()) {
            throw new UserError("text", "draw.substitution.text_required");
        }
        return oneLine;
    }

    SubstitutionRequest approved(String in, Stamp decided) {
        requireOpen();
        return new SubstitutionRequest(id, drawId, slot, reason, text, requested, new Decision(APPROVED, decided, in));
    }

    SubstitutionRequest refused(Stamp decided) {
        requireOpen();
        return new SubstitutionRequest(id, drawId, slot, reason, text, requested, new Decision(REFUSED, decided, null));
    }

    /** Each request is decided once. */
    void requireOpen() {
        if (!open()) {
            throw new ConflictError("draw.substitution.decided", id);
        }
    }

    public boolean open() {
        return REQUESTED.equals(decision.status());
    }

    public String status() {
        return decision.status();
    }

    public String uscc() {
        return slot.uscc();
    }

    public String out() {
        return slot.inspector();
    }

    public String in() {
        return decision.in();
    }

    public Instant requestedAt() {
        return requested.at();
    }

    public String requestedBy() {
        return requested.by();
    }

    public Instant decidedAt() {
        return decision.decided() == null ? null : decision.decided().at();
    }

    public String decidedBy() {
        return decision.decided() == null ? null : decision.decided().by();
    }

    /** The reason as the record's {@code substitutions[].reason} publishes it: code, then the text if any. */
    public String publishedReason() {
        return text.isEmpty() ? reason.name() : reason.name() + ": " + text;
    }
}
