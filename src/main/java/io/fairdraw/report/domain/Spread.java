package io.fairdraw.report.domain;

import java.util.Arrays;
import java.util.Collection;

/**
 * How evenly work is shared: count, min, median, max, mean and the coefficient of variation
 * (population standard deviation / mean). A random draw of teams should give a low CV; a high one
 * means a few inspectors carry the load (or some are never drawn).
 */
public record Spread(int n, long total, long min, double median, long max, double mean, Double cv) {

    public static final Spread EMPTY = new Spread(0, 0, 0, 0, 0, 0, null);

    public static Spread of(Collection<Long> values) {
        if (values.isEmpty()) {
            return EMPTY;
        }
        long[] v = values.stream().mapToLong(Long::longValue).sorted().toArray();
        int n = v.length;
        long total = Arrays.stream(v).sum();
        double mean = (double) total / n;
        double median = n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2.0;
        double variance = Arrays.stream(v).mapToDouble(x -> (x - mean) * (x - mean)).sum() / n;
        Double cv = mean == 0 ? null : Math.sqrt(variance) / mean;
        return new Spread(n, total, v[0], median, v[n - 1], mean, cv);
    }
}
