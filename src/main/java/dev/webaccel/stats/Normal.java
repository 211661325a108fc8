package dev.webaccel.stats;

/** Standard normal tail probabilities, to near double precision (no library needed for one function). */
public final class Normal {
    private static final double SQRT_PI = Math.sqrt(Math.PI);

    private Normal() {
    }

    /** P(Z &gt; z) for Z ~ N(0, 1). */
    public static double upperTail(double z) {
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    /** Two-sided P(|Z| &gt;= |z|). */
    public static double twoSided(double z) {
        return Math.min(1, 2 * upperTail(Math.abs(z)));
    }

    public static double erfc(double x) {
        if (Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x < 0) {
            return 2 - erfc(-x);
        }
        return x < 2.5 ? 1 - erfSeries(x) : erfcContinuedFraction(x);
    }

    /** erf(x) = 2/sqrt(pi) e^{-x^2} sum 2^n x^{2n+1} / (1*3*...*(2n+1)); all terms positive, so no cancellation. */
    private static double erfSeries(double x) {
        double term = x;
        double sum = x;
        for (int n = 1; n < 200 && term > 1e-17 * sum; n++) {
            term *= 2 * x * x / (2 * n + 1);
            sum += term;
        }
        return 2 / SQRT_PI * Math.exp(-x * x) * sum;
    }

    /** erfc(x) = e^{-x^2}/sqrt(pi) * 1/(x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated from the tail. */
    private static double erfcContinuedFraction(double x) {
        double fraction = x;
        for (int k = 120; k >= 1; k--) {
            fraction = x + (k / 2.0) / fraction;
        }
        return Math.exp(-x * x) / SQRT_PI / fraction;
    }
}
