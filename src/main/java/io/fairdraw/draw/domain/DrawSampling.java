package io.fairdraw.draw.domain;

import io.fairdraw.draw.protocol.StratumParams;
import io.fairdraw.plan.SamplingPolicy;
import org.springframework.stereotype.Component;

/**
 * The plan's preview computes sample sizes with the draw's own formula (FD-DRAW-1 §1), so what a
 * planner previews is what the draw selects.
 */
@Component
class DrawSampling implements SamplingPolicy {

    @Override
    public int sampleSize(int frameSize, int ratioBp, int min) {
        return StratumParams.sampleSize(frameSize, ratioBp, min);
    }
}
