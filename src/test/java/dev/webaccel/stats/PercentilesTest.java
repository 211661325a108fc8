package dev.webaccel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

/** Expected values are what numpy.percentile (method="linear") and R quantile(type = 7) return. */
@Test(groups = "unit")
public class PercentilesTest {

    public void oneToTenMatchesNumpyLinear() {
        double[] x = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(Percentiles.type7(x, 0.10)).isCloseTo(1.9, within(1e-12));
        assertThat(Percentiles.median(x)).isCloseTo(5.5, within(1e-12));
        assertThat(Percentiles.type7(x, 0.90)).isCloseTo(9.1, within(1e-12));
    }

    public void fiveValuesInterpolateBetweenNeighbours() {
        double[] x = {15, 20, 35, 40, 50}; // h = 4p: p10 -> 15 + 0.4*5, p90 -> 40 + 0.6*10
        assertThat(Percentiles.type7(x, 0.10)).isCloseTo(17, within(1e-12));
        assertThat(Percentiles.median(x)).isCloseTo(35, within(1e-12));
        assertThat(Percentiles.type7(x, 0.90)).isCloseTo(46, within(1e-12));
    }

    public void quartilesOfFourValues() {
        double[] x = {1.0, 2.2, 3.2, 7.5};
        assertThat(Percentiles.type7(x, 0.25)).isCloseTo(1.9, within(1e-12));
        assertThat(Percentiles.type7(x, 0.75)).isCloseTo(4.275, within(1e-12));
        assertThat(Percentiles.type7(x, 0.90)).isCloseTo(6.21, within(1e-12));
    }

    public void endsAreMinAndMax() {
        double[] x = {3, 4, 9};
        assertThat(Percentiles.type7(x, 0)).isEqualTo(3);
        assertThat(Percentiles.type7(x, 1)).isEqualTo(9);
    }

    public void infiniteEndDoesNotBecomeNaN() {
        double[] x = {1, 2, Double.POSITIVE_INFINITY};
        assertThat(Percentiles.type7(x, 1)).isEqualTo(Double.POSITIVE_INFINITY);
    }
}
