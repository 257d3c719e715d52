package io.fairdraw.draw;

import io.fairdraw.draw.protocol.StratumParams;
import io.fairdraw.plan.SamplingPolicy;
import org.springframework.stereotype.Component;

/** The plan preview's sample sizes are FD-DRAW-1's n_s, computed by the protocol itself. */
@Component
class DrawSamplingPolicy implements SamplingPolicy {

    @Override
    public int sampleSize(int frameSize, int ratioBp, int min) {
        return StratumParams.sampleSize(frameSize, ratioBp, min);
    }
}
