package io.fairdraw.plan;

/**
 * Sample size per stratum, implemented by the draw module with the FD-DRAW-1 formula, so that
 * the plan's preview and the draw can never disagree (the plan module does not depend on draw).
 */
public interface SamplingPolicy {

    int sampleSize(int frameSize, int ratioBp, int min);
}
