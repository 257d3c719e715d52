package io.fairdraw.draw.domain;

/**
 * FD-DRAW-1 §2b: the entity whose team the rules could not staff and the rule that ran out (an
 * {@code EligibilityRule} id), published with a FAILED draw.
 */
public record Shortfall(String uscc, String rule) {
}
