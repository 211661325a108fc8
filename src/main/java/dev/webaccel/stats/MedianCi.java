package dev.webaccel.stats;

/**
 * Distribution-free confidence interval of the median: [x(k), x(n-k+1)] (1-based order statistics), with k the
 * largest rank such that the coverage 1 - 2 P(B &lt;= k-1), B ~ Binomial(n, 1/2), is still at least the level.
 * The coverage is exact (and usually above the level, because ranks are discrete).
 * No 95% interval exists for n &lt; 6: even [min, max] covers only 1 - 2/2^n.
 */
public record MedianCi(double lower, double upper, int lowerRank, int upperRank, double coverage, String note) {

    public static final double LEVEL = 0.95;

    public boolean available() {
        return lowerRank > 0;
    }

    static MedianCi of(double[] sorted) {
        int n = sorted.length;
        int k = OrderStatisticRanks.lowerRank(n, LEVEL);
        if (k == 0) {
            return new MedianCi(Double.NaN, Double.NaN, 0, 0, Double.NaN, "N=" + n
                    + " < 6: no 95% order-statistic interval of the median exists; raise -Diterations to at least 6");
        }
        return new MedianCi(sorted[k - 1], sorted[n - k], k, n - k + 1,
                OrderStatisticRanks.coverage(n, k), "");
    }
}
