package dev.webaccel.stats;

/**
 * Cliff's delta, the effect size next to Mann-Whitney (as in sitespeed.io's compare): delta = (#(a &gt; b) -
 * #(a &lt; b)) / (N_A * N_B) over all pairs, in [-1, 1], positive when A tends to be larger; ties count for neither
 * side. It equals 2U/(N_A * N_B) - 1 with U the Mann-Whitney statistic of A.
 *
 * @param magnitude the label of |delta| by the thresholds of Romano et al. (2006)
 */
public record CliffsDelta(double delta, Magnitude magnitude) {

    /** Romano et al. (2006): |d| &lt; 0.147 negligible, &lt; 0.33 small, &lt; 0.474 medium, otherwise large. */
    public enum Magnitude {
        NEGLIGIBLE, SMALL, MEDIUM, LARGE;

        public static final double SMALL_FROM = 0.147;
        public static final double MEDIUM_FROM = 0.33;
        public static final double LARGE_FROM = 0.474;

        public static Magnitude of(double delta) {
            if (Double.isNaN(delta) || delta < -1 || delta > 1) {
                throw new IllegalArgumentException("Cliff's delta must lie in [-1, 1], was " + delta);
            }
            double d = Math.abs(delta);
            if (d < SMALL_FROM) {
                return NEGLIGIBLE;
            }
            if (d < MEDIUM_FROM) {
                return SMALL;
            }
            return d < LARGE_FROM ? MEDIUM : LARGE;
        }
    }

    public CliffsDelta {
        if (magnitude != Magnitude.of(delta)) {
            throw new IllegalArgumentException("Cliff's delta " + delta + " is " + Magnitude.of(delta) + ", not "
                    + magnitude);
        }
    }

    public static CliffsDelta of(double[] a, double[] b) {
        double[] x = Samples.checkedCopy(a, "CliffsDelta sample A");
        double[] y = Samples.sortedCopy(b, "CliffsDelta sample B");
        long greater = 0;
        long less = 0;
        for (double v : x) {
            greater += countBelow(y, v);
            less += y.length - countAtMost(y, v);
        }
        double delta = (greater - less) / ((double) x.length * y.length);
        return new CliffsDelta(delta, Magnitude.of(delta));
    }

    /** Number of values of the sorted array strictly below v. */
    private static int countBelow(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Number of values of the sorted array at most v. */
    private static int countAtMost(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
