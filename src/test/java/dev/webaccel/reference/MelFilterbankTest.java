package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class MelFilterbankTest {
    private static final int SR = 16_000;
    private static final int N_FFT = 400;
    private static final int N_MELS = 80;
    private static final int BINS = 201;
    private static final double BIN_HZ = (double) SR / N_FFT;

    public void slaneyScaleIsLinearBelowOneKilohertz() {
        // 15 and 1000 exactly in real arithmetic; 1000 / (200 / 3) is 14.999999999999998 in double, as in librosa
        assertThat(MelFilterbank.hzToMel(1000.0)).isCloseTo(15.0, within(1e-12));
        assertThat(MelFilterbank.melToHz(15.0)).isCloseTo(1000.0, within(1e-9));
        assertThat(MelFilterbank.hzToMel(200.0)).isCloseTo(3.0, within(1e-12));
        assertThat(MelFilterbank.hzToMel(0.0)).isZero();
    }

    public void slaneyScaleIsLogarithmicAboveOneKilohertz() {
        // 27 mels per factor 6.4 above 1 kHz
        assertThat(MelFilterbank.hzToMel(6400.0)).isCloseTo(42.0, within(1e-12));
        assertThat(MelFilterbank.melToHz(MelFilterbank.hzToMel(3210.5))).isCloseTo(3210.5, within(1e-9));
    }

    public void edgesRunFromZeroToNyquist() {
        double[] edges = MelFilterbank.edgesHz(SR, N_MELS);
        assertThat(edges).hasSize(82);
        assertThat(edges[0]).isZero();
        assertThat(edges[81]).isCloseTo(8000.0, within(1e-9));
    }

    public void firstFilterStartsAtZeroHertz() {
        double[] w = MelFilterbank.slaney(SR, N_FFT, N_MELS);
        assertThat(w[0]).isZero();
        assertThat(w[1]).isPositive();
    }

    public void eachFilterIsATriangleOverItsEdgesWithSlaneyHeight() {
        double[] w = MelFilterbank.slaney(SR, N_FFT, N_MELS);
        double[] edges = MelFilterbank.edgesHz(SR, N_MELS);
        for (int m = 0; m < N_MELS; m++) {
            double height = 2.0 / (edges[m + 2] - edges[m]);
            int peakBin = -1;
            double peak = -1;
            for (int k = 0; k < BINS; k++) {
                double f = k * BIN_HZ;
                double weight = w[m * BINS + k];
                if (f <= edges[m] || f >= edges[m + 2]) {
                    assertThat(weight).as("filter %d bin %d outside its edges", m, k).isZero();
                }
                assertThat(weight).isLessThanOrEqualTo(height * (1 + 1e-12));
                if (weight > peak) {
                    peak = weight;
                    peakBin = k;
                }
            }
            assertThat(peak).as("filter %d is not empty", m).isPositive();
            double binNearCentre = Math.abs(peakBin * BIN_HZ - edges[m + 1]);
            assertThat(binNearCentre).as("filter %d peaks next to its centre", m).isLessThanOrEqualTo(BIN_HZ);
            double expectedPeak = height * Math.min((peakBin * BIN_HZ - edges[m]) / (edges[m + 1] - edges[m]),
                    (edges[m + 2] - peakBin * BIN_HZ) / (edges[m + 2] - edges[m + 1]));
            assertThat(peak).isCloseTo(expectedPeak, within(1e-15));
        }
    }

    public void wideFiltersHaveUnitArea() {
        // Slaney normalization makes each triangle's area 1; sampled every 40 Hz it is close for wide triangles.
        double[] w = MelFilterbank.slaney(SR, N_FFT, N_MELS);
        for (int m = 60; m < N_MELS; m++) {
            double area = 0;
            for (int k = 0; k < BINS; k++) {
                area += w[m * BINS + k] * BIN_HZ;
            }
            assertThat(area).as("filter %d", m).isCloseTo(1.0, within(0.02));
        }
    }
}
