package dev.webaccel.stats;

import java.util.Arrays;

/**
 * Two-sided Mann-Whitney U (Wilcoxon rank-sum) test. U is the statistic of the first sample: the number of pairs
 * (a, b) with a &gt; b, ties counting 1/2 (scipy's U1). Small samples without ties (both N &lt;= {@value #EXACT_MAX_N})
 * get the exact permutation distribution; otherwise the normal approximation with tie-corrected variance and
 * continuity correction (as scipy.stats.mannwhitneyu with method="asymptotic", use_continuity=True).
 */
public final class MannWhitney {
    public static final int EXACT_MAX_N = 10;

    public enum Method { EXACT, NORMAL }

    /** z is the continuity-corrected normal score of U (reported also when p comes from the exact distribution). */
    public record Result(double u, double z, double p, Method method) {
    }

    private MannWhitney() {
    }

    public static Result test(double[] a, double[] b) {
        double[] x = Samples.checkedCopy(a, "MannWhitney sample A");
        double[] y = Samples.checkedCopy(b, "MannWhitney sample B");
        int n1 = x.length;
        int n2 = y.length;
        RankSum ranks = RankSum.of(x, y);
        double u = ranks.sumOfFirst() - n1 * (n1 + 1) / 2.0;
        double z = normalScore(u, n1, n2, ranks.tieTerm());
        if (!ranks.hasTies() && n1 <= EXACT_MAX_N && n2 <= EXACT_MAX_N) {
            return new Result(u, z, exactTwoSided((int) Math.round(u), n1, n2), Method.EXACT);
        }
        return new Result(u, z, Normal.twoSided(z), Method.NORMAL);
    }

    private static double normalScore(double u, int n1, int n2, double tieTerm) {
        int n = n1 + n2;
        double mean = n1 * (double) n2 / 2;
        double variance = n1 * (double) n2 / 12 * ((n + 1) - tieTerm / ((double) n * (n - 1)));
        if (variance <= 0) {
            return 0; // every value tied: no evidence of a difference
        }
        double deviation = Math.abs(u - mean) <= 0.5 ? 0 : Math.abs(u - mean) - 0.5;
        return Math.signum(u - mean) * deviation / Math.sqrt(variance);
    }

    private static double exactTwoSided(int u, int n1, int n2) {
        double[] counts = exactCounts(n1, n2);
        double total = 0;
        double atMost = 0;
        for (int k = 0; k < counts.length; k++) {
            total += counts[k];
            if (k <= u) {
                atMost += counts[k];
            }
        }
        double atLeast = total - atMost + counts[u];
        return Math.min(1, 2 * Math.min(atMost, atLeast) / total);
    }

    /** counts[k] = number of orderings of n1 + n2 distinct values giving U = k; f(m,n,k) = f(m-1,n,k-n) + f(m,n-1,k). */
    static double[] exactCounts(int n1, int n2) {
        double[][][] f = new double[n1 + 1][n2 + 1][];
        for (int m = 0; m <= n1; m++) {
            for (int n = 0; n <= n2; n++) {
                f[m][n] = new double[m * n + 1];
                if (m == 0 || n == 0) {
                    f[m][n][0] = 1;
                    continue;
                }
                for (int k = 0; k <= m * n; k++) {
                    double withLargestInA = k >= n ? at(f[m - 1][n], k - n) : 0;
                    f[m][n][k] = withLargestInA + at(f[m][n - 1], k);
                }
            }
        }
        return f[n1][n2];
    }

    private static double at(double[] counts, int k) {
        return k < counts.length ? counts[k] : 0;
    }

    /** Midranks of the pooled samples: the rank sum of the first sample and the tie term sum(t^3 - t). */
    private record RankSum(double sumOfFirst, double tieTerm) {
        boolean hasTies() {
            return tieTerm > 0;
        }

        static RankSum of(double[] x, double[] y) {
            int n = x.length + y.length;
            double[][] pooled = new double[n][];
            for (int i = 0; i < x.length; i++) {
                pooled[i] = new double[] {x[i], 0};
            }
            for (int j = 0; j < y.length; j++) {
                pooled[x.length + j] = new double[] {y[j], 1};
            }
            Arrays.sort(pooled, (p, q) -> Double.compare(p[0], q[0]));
            double sum = 0;
            double tieTerm = 0;
            int i = 0;
            while (i < n) {
                int j = i;
                while (j + 1 < n && pooled[j + 1][0] == pooled[i][0]) {
                    j++;
                }
                double midrank = (i + j) / 2.0 + 1;
                int t = j - i + 1;
                tieTerm += (double) t * t * t - t;
                for (int k = i; k <= j; k++) {
                    if (pooled[k][1] == 0) {
                        sum += midrank;
                    }
                }
                i = j + 1;
            }
            return new RankSum(sum, tieTerm);
        }
    }
}
