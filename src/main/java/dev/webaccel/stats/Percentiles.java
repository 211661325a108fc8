package dev.webaccel.stats;

/**
 * Sample quantiles by linear interpolation between order statistics: Hyndman &amp; Fan type 7,
 * the default of R's {@code quantile()} and numpy's {@code percentile(method="linear")}.
 * For sorted x[0..n-1] and probability p: h = (n-1)p, q = x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]).
 */
public final class Percentiles {
    private Percentiles() {
    }

    /** @param sorted ascending, non-empty; @param p in [0, 1] */
    public static double type7(double[] sorted, double p) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("no samples: a percentile needs at least one value");
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("percentile probability must be in [0, 1], was " + p);
        }
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        double frac = h - lo;
        if (frac == 0 || lo + 1 >= sorted.length) {
            return sorted[lo]; // also keeps infinities (bootstrap ratios) from turning into NaN
        }
        return sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
    }

    public static double median(double[] sorted) {
        return type7(sorted, 0.5);
    }
}
