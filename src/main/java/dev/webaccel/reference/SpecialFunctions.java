package dev.webaccel.reference;

/** erf in double precision (java.lang.Math has none). */
public final class SpecialFunctions {
    private static final double TWO_OVER_SQRT_PI = 2.0 / Math.sqrt(Math.PI);

    private SpecialFunctions() {
    }

    public static double erf(double x) {
        if (x < 0) {
            return -erf(-x);
        }
        return x < 3.0 ? erfSeries(x) : 1.0 - erfcContinuedFraction(x);
    }

    /** Maclaurin series; below 3 the largest term is about 3e3, so about 1e-12 is lost to cancellation. */
    private static double erfSeries(double x) {
        double x2 = x * x;
        double term = x;
        double sum = x;
        for (int n = 1; n < 200; n++) {
            term *= -x2 / n;
            double contribution = term / (2 * n + 1);
            sum += contribution;
            if (Math.abs(contribution) < 1e-17 * Math.abs(sum)) {
                break;
            }
        }
        return TWO_OVER_SQRT_PI * sum;
    }

    /** erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...)))), evaluated bottom-up. */
    private static double erfcContinuedFraction(double x) {
        double tail = x;
        for (int n = 80; n >= 1; n--) {
            tail = x + (n / 2.0) / tail;
        }
        return Math.exp(-x * x) / Math.sqrt(Math.PI) / tail;
    }
}
