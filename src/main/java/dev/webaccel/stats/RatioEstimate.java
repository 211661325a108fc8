package dev.webaccel.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Ratio of medians median(A)/median(B) with a percentile bootstrap confidence interval: each resample draws A and
 * B independently with replacement, at their own sizes. Deterministic for a given seed.
 */
public record RatioEstimate(double ratio, double lower, double upper, double level, int resamples, long seed) {

    public static final int DEFAULT_RESAMPLES = 2000;
    public static final long DEFAULT_SEED = 0x5EEDL;
    public static final double DEFAULT_LEVEL = 0.95;

    public static RatioEstimate of(double[] a, double[] b) {
        return of(a, b, DEFAULT_RESAMPLES, DEFAULT_SEED);
    }

    public static RatioEstimate of(double[] a, double[] b, int resamples, long seed) {
        double[] x = Samples.sortedCopy(a, "RatioEstimate numerator (A)");
        double[] y = Samples.sortedCopy(b, "RatioEstimate denominator (B)");
        if (resamples < 100) {
            throw new IllegalArgumentException("bootstrap needs at least 100 resamples for a 95% interval, got "
                    + resamples);
        }
        double medianB = Percentiles.median(y);
        if (medianB == 0) {
            throw new IllegalArgumentException("median of B is 0: the ratio A/B is undefined");
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] ratios = new double[resamples];
        double[] bufA = new double[x.length];
        double[] bufB = new double[y.length];
        for (int r = 0; r < resamples; r++) {
            ratios[r] = resampledMedian(x, bufA, random) / resampledMedian(y, bufB, random);
        }
        Arrays.sort(ratios); // a resampled median of 0 gives +-Infinity or NaN; NaN sorts last
        double tail = (1 - DEFAULT_LEVEL) / 2;
        return new RatioEstimate(Percentiles.median(x) / medianB, Percentiles.type7(ratios, tail),
                Percentiles.type7(ratios, 1 - tail), DEFAULT_LEVEL, resamples, seed);
    }

    public boolean contains(double value) {
        return value >= lower && value <= upper;
    }

    private static double resampledMedian(double[] source, double[] buffer, SplittableRandom random) {
        for (int i = 0; i < buffer.length; i++) {
            buffer[i] = source[random.nextInt(source.length)];
        }
        Arrays.sort(buffer);
        return Percentiles.median(buffer);
    }
}
