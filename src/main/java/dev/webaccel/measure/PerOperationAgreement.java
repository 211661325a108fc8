package dev.webaccel.measure;

import dev.webaccel.stats.Summary;
import java.util.Locale;

/**
 * Whether two series of per-operation times of the same op, taken with different operations per sample, agree: the
 * guard against dividing by the wrong count. They agree when the ratio of medians lies within
 * [1 / {@value #MAX_RATIO}, {@value #MAX_RATIO}]; the explanation also gives the p10-p90 spreads. A per-operation
 * time divided by the wrong count is off by that count (the test uses 4: twice the bound), while the noise between
 * two series on a shared 2-core machine (medians 0.77 to 1.42 apart in this project's runs, with samples of one
 * page drifting) stays inside.
 */
public record PerOperationAgreement(boolean agrees, double ratio, String explanation) {
    public static final double MAX_RATIO = 2;

    public static PerOperationAgreement of(double[] a, int opsPerSampleA, double[] b, int opsPerSampleB) {
        Summary sa = Summary.of(a);
        Summary sb = Summary.of(b);
        double ratio = sa.median() / sb.median();
        double spread = Math.max(sa.p90() - sa.p10(), sb.p90() - sb.p10());
        boolean withinRatio = ratio >= 1 / MAX_RATIO && ratio <= MAX_RATIO;
        String text = String.format(Locale.ROOT, "per-operation median %.4g ms (N=%d, %d ops/sample) vs %.4g ms (N=%d, "
                        + "%d ops/sample): ratio %.3f, widest p10-p90 spread %.4g ms; agree when the ratio is within "
                        + "[%.2f, %.2f]", sa.median(), sa.n(), opsPerSampleA, sb.median(), sb.n(), opsPerSampleB, ratio,
                spread, 1 / MAX_RATIO, MAX_RATIO);
        return new PerOperationAgreement(withinRatio, ratio, text);
    }
}
