package dev.webaccel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

/** Reference values: 0.5 * math.erfc(z / sqrt(2)) in Python. */
@Test(groups = "unit")
public class NormalTest {

    public void upperTailMatchesReference() {
        assertThat(Normal.upperTail(0)).isCloseTo(0.5, within(1e-15));
        assertThat(Normal.upperTail(1)).isCloseTo(0.15865525393145707, within(1e-14));
        assertThat(Normal.upperTail(1.96)).isCloseTo(0.024997895148220435, within(1e-14));
        assertThat(Normal.upperTail(3)).isCloseTo(0.0013498980316300957, within(1e-15));
        assertThat(Normal.upperTail(5) / 2.866515718791946e-07).isCloseTo(1, within(1e-10));
        assertThat(Normal.upperTail(8) / 6.220960574271819e-16).isCloseTo(1, within(1e-10));
    }

    public void seriesAndContinuedFractionAgreeAtTheirBoundary() {
        assertThat(Normal.erfc(2.5) / 0.000406952017444959).isCloseTo(1, within(1e-12)); // math.erfc(2.5)
        assertThat(Normal.erfc(2.4999999999) / Normal.erfc(2.5)).isCloseTo(1, within(1e-8));
    }

    public void negativeScoresUseSymmetry() {
        assertThat(Normal.upperTail(-1)).isCloseTo(1 - 0.15865525393145707, within(1e-14));
        assertThat(Normal.twoSided(-1.96)).isCloseTo(0.04999579029644087, within(1e-13));
    }
}
