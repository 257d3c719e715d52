package io.fairdraw.draw.protocol;

/** One stratum of a draw as published: {@code N_s}, its parameters and {@code n_s} (§1, §4 "strata"). */
public record StratumOutcome(String stratum, int size, int ratioBp, int min, int sample) {
}
