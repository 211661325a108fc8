package dev.webaccel.stats;

import java.util.Arrays;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * Two-sided Mann-Whitney U (Wilcoxon rank-sum) test; the p-value comes from commons-statistics-inference's
 * {@link MannWhitneyUTest}. U is the statistic of the first sample: the number of pairs (a, b) with a &gt; b, ties
 * counting 1/2 (scipy's U1).
 *
 * <p>Which p-value:
 * <ul>
 *   <li>{@link Method#EXACT}, the exact permutation distribution of U, when there are no ties in the pooled sample
 *   and both N &lt;= {@value #EXACT_MAX_N} (the same limit as the library's {@code PValueMethod.AUTO}, which uses
 *   the exact distribution while max(N) &lt; 50); as scipy.stats.mannwhitneyu with method="exact".</li>
 *   <li>{@link Method#NORMAL} otherwise (any tie, or either N &gt; {@value #EXACT_MAX_N}): the normal approximation
 *   with tie-corrected variance and continuity correction; as scipy.stats.mannwhitneyu with method="asymptotic",
 *   use_continuity=True.</li>
 * </ul>
 * When every pooled value is tied the variance of U is 0 and there is no evidence of a difference: z = 0, p = 1.
 */
public final class MannWhitney {
    /** Largest N (on either side) that gets the exact p-value when there are no ties. */
    public static final int EXACT_MAX_N = 49;

    private static final MannWhitneyUTest EXACT_TEST = MannWhitneyUTest.withDefaults()
            .with(AlternativeHypothesis.TWO_SIDED)
            .with(PValueMethod.EXACT)
            .with(ContinuityCorrection.ENABLED);
    private static final MannWhitneyUTest NORMAL_TEST = EXACT_TEST.with(PValueMethod.ASYMPTOTIC);

    public enum Method { EXACT, NORMAL }

    /** z is the continuity-corrected normal score of U (reported also when p comes from the exact distribution). */
    public record Result(double u, double z, double p, Method method) {
    }

    private MannWhitney() {
    }

    public static Result test(double[] a, double[] b) {
        double[] x = withoutNegativeZero(Samples.checkedCopy(a, "MannWhitney sample A"));
        double[] y = withoutNegativeZero(Samples.checkedCopy(b, "MannWhitney sample B"));
        int n1 = x.length;
        int n2 = y.length;
        double tieTerm = tieTerm(x, y);
        boolean exact = tieTerm == 0 && n1 <= EXACT_MAX_N && n2 <= EXACT_MAX_N;
        MannWhitneyUTest.Result r = (exact ? EXACT_TEST : NORMAL_TEST).test(x, y);
        double u = r.getStatistic();
        double variance = variance(n1, n2, tieTerm);
        if (variance <= 0) {
            // every value tied: no evidence of a difference (the library gives p = NaN here, 0/0; scipy gives 1)
            return new Result(u, 0, 1, Method.NORMAL);
        }
        return new Result(u, normalScore(u, n1, n2, variance), r.getPValue(), exact ? Method.EXACT : Method.NORMAL);
    }

    /** -0.0 becomes 0.0, so that the library's ranking and the tie term here agree that they are one value. */
    private static double[] withoutNegativeZero(double[] samples) {
        for (int i = 0; i < samples.length; i++) {
            samples[i] += 0.0;
        }
        return samples;
    }

    private static double variance(int n1, int n2, double tieTerm) {
        int n = n1 + n2;
        return n1 * (double) n2 / 12 * ((n + 1) - tieTerm / ((double) n * (n - 1)));
    }

    private static double normalScore(double u, int n1, int n2, double variance) {
        double mean = n1 * (double) n2 / 2;
        double deviation = Math.abs(u - mean) <= 0.5 ? 0 : Math.abs(u - mean) - 0.5;
        return Math.signum(u - mean) * deviation / Math.sqrt(variance);
    }

    /** sum(t^3 - t) over the groups of t equal values in the pooled samples; 0 when there are no ties. */
    private static double tieTerm(double[] x, double[] y) {
        double[] pooled = new double[x.length + y.length];
        System.arraycopy(x, 0, pooled, 0, x.length);
        System.arraycopy(y, 0, pooled, x.length, y.length);
        Arrays.sort(pooled);
        double term = 0;
        int i = 0;
        while (i < pooled.length) {
            int j = i;
            while (j + 1 < pooled.length && pooled[j + 1] == pooled[i]) {
                j++;
            }
            double t = j - i + 1;
            term += t * t * t - t;
            i = j + 1;
        }
        return term;
    }
}
