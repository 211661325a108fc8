package dev.webaccel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class RatioEstimateTest {

    public void pointEstimateIsTheRatioOfMedians() {
        RatioEstimate r = RatioEstimate.of(new double[] {10, 30, 20}, new double[] {4, 5, 6, 100});
        assertThat(r.ratio()).isCloseTo(20 / 5.5, within(1e-12));
        assertThat(r.lower()).isLessThanOrEqualTo(r.ratio());
        assertThat(r.upper()).isGreaterThanOrEqualTo(r.ratio());
        assertThat(r.resamples()).isEqualTo(RatioEstimate.DEFAULT_RESAMPLES);
    }

    public void sameSeedSameInterval() {
        double[] a = Synthetic.lognormal(new SplittableRandom(1), 20, 50, 0.2);
        double[] b = Synthetic.lognormal(new SplittableRandom(2), 20, 40, 0.2);
        assertThat(RatioEstimate.of(a, b, 500, 42)).isEqualTo(RatioEstimate.of(a, b, 500, 42));
        assertThat(RatioEstimate.of(a, b, 500, 42)).isNotEqualTo(RatioEstimate.of(a, b, 500, 43));
    }

    public void intervalCoversAKnownRatio() {
        SplittableRandom random = new SplittableRandom(7);
        double[] a = Synthetic.lognormal(random, 40, 1.5 * 80, 0.15);
        double[] b = Synthetic.lognormal(random, 40, 80, 0.15);
        RatioEstimate r = RatioEstimate.of(a, b);
        assertThat(r.contains(1.5)).as("CI %s..%s", r.lower(), r.upper()).isTrue();
        assertThat(r.upper() - r.lower()).isLessThan(0.3);
    }

    /** Over many independent data sets the 95% interval should contain the true ratio about 95% of the time. */
    public void coverageOfTheTrueRatioIsNearNominal() {
        SplittableRandom random = new SplittableRandom(2024);
        int trials = 200;
        int covered = 0;
        for (int t = 0; t < trials; t++) {
            double[] a = Synthetic.lognormal(random, 30, 1.25 * 60, 0.2);
            double[] b = Synthetic.lognormal(random, 30, 60, 0.2);
            covered += RatioEstimate.of(a, b, 1000, t).contains(1.25) ? 1 : 0;
        }
        assertThat(covered).isGreaterThanOrEqualTo((int) (0.88 * trials));
    }

    public void rejectsTooFewResamples() {
        assertThatThrownBy(() -> RatioEstimate.of(new double[] {1}, new double[] {1}, 10, 1))
                .hasMessageContaining("at least 100 resamples");
    }

    public void rejectsZeroMedianDenominator() {
        assertThatThrownBy(() -> RatioEstimate.of(new double[] {1, 2}, new double[] {0, 0, 1}))
                .hasMessageContaining("median of B is 0");
    }
}
