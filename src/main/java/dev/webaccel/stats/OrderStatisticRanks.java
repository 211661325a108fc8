package dev.webaccel.stats;

/** Binomial arithmetic behind {@link MedianCi}, in log space so that large N does not underflow 2^-N. */
public final class OrderStatisticRanks {
    private OrderStatisticRanks() {
    }

    /** Largest 1-based rank k with coverage(n, k) >= level, or 0 when even [min, max] falls short. */
    public static int lowerRank(int n, double level) {
        int best = 0;
        for (int k = 1; k <= n / 2; k++) {
            if (coverage(n, k) >= level - 1e-12) {
                best = k;
            } else {
                break;
            }
        }
        return best;
    }

    /** P(x(k) &lt;= median &lt;= x(n-k+1)) = 1 - 2 P(B &lt;= k-1) with B ~ Binomial(n, 1/2). */
    public static double coverage(int n, int k) {
        return 1 - 2 * binomialHalfCdf(n, k - 1);
    }

    /** P(B &lt;= m) for B ~ Binomial(n, 1/2). */
    static double binomialHalfCdf(int n, int m) {
        if (m < 0) {
            return 0;
        }
        double logTwoN = n * Math.log(2);
        double logChoose = 0; // log C(n, 0)
        double sum = 0;
        for (int j = 0; j <= Math.min(m, n); j++) {
            sum += Math.exp(logChoose - logTwoN);
            logChoose += Math.log(n - j) - Math.log(j + 1);
        }
        return Math.min(1, sum);
    }
}
