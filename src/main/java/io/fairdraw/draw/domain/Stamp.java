package io.fairdraw.draw.domain;

import java.time.Instant;

/** Who made one step of a draw or a substitution request, and when (announced, executed, requested, decided). */
public record Stamp(Instant at, String by) {
}
