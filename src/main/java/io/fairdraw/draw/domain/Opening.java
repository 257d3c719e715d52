package io.fairdraw.draw.domain;

/**
 * What entering the beacon makes public (FD-DRAW-1 §2, §4 "secret and seed only after
 * execution"): the beacon, the committed secret, the seed, who entered it and when. {@code loadCap}
 * (§2b cap) is set when the draw was executed, null when it FAILED.
 */
public record Opening(String beacon, String seed, String secret, Integer loadCap, Stamp opened) {
}
