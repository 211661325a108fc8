package dev.webaccel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class ComparisonTest {

    public void tooFewSamplesGiveNoNumberAndSayWhatFixesIt() {
        Comparison c = Comparison.of(new double[] {10, 11, 12}, new double[] {20, 21, 22, 23, 24}, 0.005);
        assertThat(c.sufficiency()).isEqualTo(Sufficiency.NOT_ENOUGH_DATA);
        assertThat(c.reason()).contains("N=3 < 5").contains("side A").contains("raise -Diterations");
        assertThat(c.ratio()).isEmpty();
        assertThat(c.test()).isEmpty();
        assertThat(c.p()).isNaN();
        assertThat(c.a().n()).isEqualTo(3);
    }

    public void tinyDifferenceNearTheTimerTickIsBelowResolution() {
        // 1 ms timer (e.g. coarsened performance.now): medians 2 and 3 ticks
        Comparison c = Comparison.of(new double[] {2, 2, 2, 3, 2, 2}, new double[] {3, 3, 2, 3, 3, 3}, 1.0);
        assertThat(c.sufficiency()).isEqualTo(Sufficiency.BELOW_TIMER_RESOLUTION);
        assertThat(c.reason()).contains("below timer resolution").contains("larger workload");
        assertThat(c.ratio()).isEmpty();
    }

    public void zeroMedianIsBelowResolution() {
        Comparison c = Comparison.of(new double[] {0, 0, 0, 0, 1}, new double[] {5, 5, 5, 5, 5}, 1.0);
        assertThat(c.sufficiency()).isEqualTo(Sufficiency.BELOW_TIMER_RESOLUTION);
    }

    public void smallDifferenceOfLongTimesIsStillANumber() {
        // medians 50.0 and 50.1 ms with a 0.1 ms timer: 500 ticks each, a real "about equal" answer
        double[] a = {49.9, 50.0, 50.0, 50.1, 50.0, 49.9, 50.1};
        double[] b = {50.0, 50.1, 50.1, 50.2, 50.1, 50.0, 50.2};
        Comparison c = Comparison.of(a, b, 0.1);
        assertThat(c.sufficient()).isTrue();
        assertThat(c.ratio().orElseThrow().ratio()).isCloseTo(50.0 / 50.1, within(1e-12));
    }

    public void clearDifferenceHasSmallPAndRatio() {
        SplittableRandom random = new SplittableRandom(3);
        double[] a = Synthetic.lognormal(random, 20, 100, 0.1);
        double[] b = Synthetic.lognormal(random, 20, 50, 0.1);
        Comparison c = Comparison.of(a, b, 0.005);
        assertThat(c.sufficient()).isTrue();
        assertThat(c.p()).isLessThan(1e-6);
        assertThat(c.ratio().orElseThrow().contains(2.0)).isTrue();
    }

    public void rejectsNegativeResolution() {
        assertThatThrownBy(() -> Comparison.of(new double[] {1}, new double[] {1}, -1))
                .hasMessageContaining("timer resolution");
    }
}
