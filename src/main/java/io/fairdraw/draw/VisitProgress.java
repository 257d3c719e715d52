package io.fairdraw.draw;

/**
 * Whether a drawn visit's record has been started (issue 17 item 6: no substitution once it has).
 * An SPI the inspection module implements: it listens to the draw's events, so the draw cannot call
 * it directly (no module cycles). Absent, no record exists.
 */
public interface VisitProgress {

    boolean recordStarted(String drawId, String uscc);
}
