package io.fairdraw.draw.protocol;

/**
 * Sampling parameters of one stratum: ratio {@code r_s} in basis points (300 = 3 %) and minimum
 * {@code m_s} (FD-DRAW-1 §1).
 */
public record StratumParams(String stratum, int ratioBp, int min) {

    /** 10000 bp = 100 %; more could only be a unit mistake (percent typed as basis points). */
    public static final int MAX_RATIO_BP = 10_000;

    public StratumParams {
        Fields.requireStratum("params.stratum", stratum);
        if (ratioBp < 0 || ratioBp > MAX_RATIO_BP) {
            throw new ProtocolException("params.ratio-out-of-range", stratum + "=" + ratioBp);
        }
        if (min < 0) {
            throw new ProtocolException("params.min-negative", stratum + "=" + min);
        }
    }

    /** {@code n_s} for a stratum with {@code size} entities in the frame. */
    public int sampleSize(int size) {
        return sampleSize(size, ratioBp, min);
    }

    /**
     * {@code n_s = min(N_s, max(m_s, ceil(N_s * r_s / 10000)))} in integer arithmetic (§1). The
     * product is taken in {@code long}: 1,000,000 × 10,000 does not fit an {@code int}.
     */
    public static int sampleSize(int size, int ratioBp, int min) {
        if (size < 0) {
            throw new ProtocolException("params.size-negative", Integer.toString(size));
        }
        long byRatio = ((long) size * ratioBp + 9_999) / 10_000;
        return (int) Math.min(size, Math.max(min, byRatio));
    }

    String canonicalLine() {
        return stratum + "=" + ratioBp + "," + min + "\n";
    }
}
