package dev.webaccel.stats;

import java.util.Locale;
import java.util.Optional;

/**
 * A versus B: both summaries and, when the data allow a number, the ratio of medians A/B with its bootstrap CI
 * and the two-sided Mann-Whitney p-value.
 *
 * <p>No number is given (ratio and test empty) when
 * <ul>
 *   <li>either side has fewer than {@code minN} samples ({@link Sufficiency#NOT_ENOUGH_DATA}), or</li>
 *   <li>the medians differ by less than {@value #RESOLUTION_DIFFERENCE_FACTOR} timer ticks and both medians are at
 *   most {@value #RESOLUTION_SCALE_FACTOR} ticks: then timer quantisation, not the workload, decides the ratio
 *   ({@link Sufficiency#BELOW_TIMER_RESOLUTION}). A median of 0 ms is always below resolution.</li>
 * </ul>
 */
public record Comparison(Summary a, Summary b, Optional<RatioEstimate> ratio, Optional<MannWhitney.Result> test,
                         Sufficiency sufficiency, String reason) {

    public static final int DEFAULT_MIN_N = 5;
    public static final double RESOLUTION_DIFFERENCE_FACTOR = 2;
    public static final double RESOLUTION_SCALE_FACTOR = 10;

    public static Comparison of(double[] a, double[] b, double timerResolutionMs) {
        return of(a, b, timerResolutionMs, DEFAULT_MIN_N, RatioEstimate.DEFAULT_RESAMPLES, RatioEstimate.DEFAULT_SEED);
    }

    public static Comparison of(double[] a, double[] b, double timerResolutionMs, int minN, int resamples,
                                long seed) {
        if (!(timerResolutionMs >= 0) || Double.isInfinite(timerResolutionMs)) {
            throw new IllegalArgumentException("timer resolution must be a finite number of ms >= 0, was "
                    + timerResolutionMs);
        }
        Summary sa = Summary.of(a);
        Summary sb = Summary.of(b);
        String why = notEnoughData(sa, sb, minN);
        if (why != null) {
            return new Comparison(sa, sb, Optional.empty(), Optional.empty(), Sufficiency.NOT_ENOUGH_DATA, why);
        }
        why = belowResolution(sa, sb, timerResolutionMs);
        if (why != null) {
            return new Comparison(sa, sb, Optional.empty(), Optional.empty(), Sufficiency.BELOW_TIMER_RESOLUTION,
                    why);
        }
        return new Comparison(sa, sb, Optional.of(RatioEstimate.of(a, b, resamples, seed)),
                Optional.of(MannWhitney.test(a, b)), Sufficiency.SUFFICIENT, "");
    }

    public boolean sufficient() {
        return sufficiency == Sufficiency.SUFFICIENT;
    }

    /** p-value of the Mann-Whitney test; NaN when the data did not allow a test. */
    public double p() {
        return test.map(MannWhitney.Result::p).orElse(Double.NaN);
    }

    private static String notEnoughData(Summary a, Summary b, int minN) {
        if (a.n() >= minN && b.n() >= minN) {
            return null;
        }
        String side = a.n() < minN ? "A" : "B";
        int n = Math.min(a.n(), b.n());
        return String.format(Locale.ROOT, "not enough data: N=%d < %d on side %s; raise -Diterations", n, minN,
                a.n() < minN && b.n() < minN ? "A and B" : side);
    }

    private static String belowResolution(Summary a, Summary b, double resolution) {
        double difference = Math.abs(a.median() - b.median());
        boolean zeroMedian = a.median() == 0 || b.median() == 0;
        boolean tinyDifference = difference < RESOLUTION_DIFFERENCE_FACTOR * resolution
                && Math.max(a.median(), b.median()) <= RESOLUTION_SCALE_FACTOR * resolution;
        if (!zeroMedian && !tinyDifference) {
            return null;
        }
        return String.format(Locale.ROOT, "below timer resolution: medians %.4g ms and %.4g ms differ by %.4g ms "
                        + "with a timer resolution of %.4g ms; time a larger workload or more repetitions per sample",
                a.median(), b.median(), difference, resolution);
    }
}
