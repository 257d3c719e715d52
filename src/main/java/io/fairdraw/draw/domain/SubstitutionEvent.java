package io.fairdraw.draw.domain;

import java.time.Instant;

/** A published substitution (FD-DRAW-1 §3) with its reason, time and the planner who made it. */
public record SubstitutionEvent(int seq, String uscc, String out, String in, String reason, Instant at, String by) {
}
