package dev.webaccel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.webaccel.stats.CliffsDelta.Magnitude;
import java.util.SplittableRandom;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class CliffsDeltaTest {

    public void textbookExampleWithoutTies() {
        // pairs a > b: 3>2.5, 5>2.5, 5>4 -> 3; a < b: 1<2.5, 1<4, 1<6, 3<4, 3<6, 5<6 -> 6; (3 - 6) / 9 = -1/3
        CliffsDelta d = CliffsDelta.of(new double[] {1, 3, 5}, new double[] {2.5, 4, 6});
        assertThat(d.delta()).isCloseTo(-1.0 / 3, within(1e-15));
        assertThat(d.magnitude()).isEqualTo(Magnitude.MEDIUM);
    }

    public void tiesCountForNeitherSide() {
        // pairs a > b: (3,2) -> 1; a < b: (1,2), (1,3), (1,4), (2,3), (2,4), (3,4) -> 6; ties (2,2), (3,3)
        CliffsDelta d = CliffsDelta.of(new double[] {1, 2, 3}, new double[] {2, 3, 4});
        assertThat(d.delta()).isCloseTo(-5.0 / 9, within(1e-15));
        assertThat(d.magnitude()).isEqualTo(Magnitude.LARGE);
    }

    public void swappingSidesNegatesDelta() {
        double[] a = {10.2, 11.5, 9.8, 12.1, 10.0, 10.0};
        double[] b = {9.1, 10.0, 9.5, 10.8, 9.9};
        assertThat(CliffsDelta.of(b, a).delta()).isEqualTo(-CliffsDelta.of(a, b).delta());
    }

    public void identicalSamplesGiveZeroNegligible() {
        double[] a = {4, 8, 15, 16, 23, 42};
        CliffsDelta d = CliffsDelta.of(a, a.clone());
        assertThat(d.delta()).isZero();
        assertThat(d.magnitude()).isEqualTo(Magnitude.NEGLIGIBLE);
        assertThat(CliffsDelta.of(new double[] {7, 7, 7}, new double[] {7, 7}).delta()).isZero();
    }

    public void fullSeparationGivesPlusOrMinusOneLarge() {
        double[] low = {1, 2, 3, 4};
        double[] high = {10, 11, 12};
        CliffsDelta up = CliffsDelta.of(high, low);
        CliffsDelta down = CliffsDelta.of(low, high);
        assertThat(up.delta()).isEqualTo(1);
        assertThat(up.magnitude()).isEqualTo(Magnitude.LARGE);
        assertThat(down.delta()).isEqualTo(-1);
        assertThat(down.magnitude()).isEqualTo(Magnitude.LARGE);
    }

    public void magnitudeThresholdsOfRomano() {
        assertThat(Magnitude.of(0)).isEqualTo(Magnitude.NEGLIGIBLE);
        assertThat(Magnitude.of(Math.nextDown(0.147))).isEqualTo(Magnitude.NEGLIGIBLE);
        assertThat(Magnitude.of(0.147)).isEqualTo(Magnitude.SMALL);
        assertThat(Magnitude.of(-0.147)).isEqualTo(Magnitude.SMALL);
        assertThat(Magnitude.of(Math.nextDown(0.33))).isEqualTo(Magnitude.SMALL);
        assertThat(Magnitude.of(0.33)).isEqualTo(Magnitude.MEDIUM);
        assertThat(Magnitude.of(Math.nextDown(0.474))).isEqualTo(Magnitude.MEDIUM);
        assertThat(Magnitude.of(0.474)).isEqualTo(Magnitude.LARGE);
        assertThat(Magnitude.of(-0.474)).isEqualTo(Magnitude.LARGE);
        assertThat(Magnitude.of(-1)).isEqualTo(Magnitude.LARGE);
    }

    public void thresholdsReachedByData() {
        // one A value of 0 against B values below (A wins), equal (tie) and above (A loses)
        assertThat(CliffsDelta.of(new double[] {0}, mixed(573, 1, 426))).isEqualTo(
                new CliffsDelta(0.147, Magnitude.SMALL)); // (573 - 426) / 1000
        assertThat(CliffsDelta.of(new double[] {0}, mixed(573, 0, 427)).magnitude())
                .isEqualTo(Magnitude.NEGLIGIBLE); // 146 / 1000
        assertThat(CliffsDelta.of(new double[] {0}, mixed(66, 1, 33))).isEqualTo(
                new CliffsDelta(0.33, Magnitude.MEDIUM)); // (66 - 33) / 100
        assertThat(CliffsDelta.of(new double[] {0}, mixed(263, 0, 737))).isEqualTo(
                new CliffsDelta(-0.474, Magnitude.LARGE)); // (263 - 737) / 1000
    }

    public void deltaEqualsTwoUOverN1N2MinusOne() {
        SplittableRandom random = new SplittableRandom(2006);
        for (int trial = 0; trial < 50; trial++) {
            int n1 = 1 + random.nextInt(30);
            int n2 = 1 + random.nextInt(30);
            double[] a = new double[n1];
            double[] b = new double[n2];
            for (int i = 0; i < n1; i++) {
                a[i] = random.nextInt(12); // small integers: plenty of ties
            }
            for (int j = 0; j < n2; j++) {
                b[j] = random.nextInt(12) + (trial % 3);
            }
            double u = MannWhitney.test(a, b).u();
            assertThat(CliffsDelta.of(a, b).delta()).as("trial %d", trial)
                    .isCloseTo(2 * u / ((double) n1 * n2) - 1, within(1e-12))
                    .isCloseTo(bruteForce(a, b), within(1e-15));
        }
    }

    public void badInputIsRefusedWithTheSideNamed() {
        assertThatThrownBy(() -> CliffsDelta.of(new double[0], new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CliffsDelta sample A").hasMessageContaining("no samples");
        assertThatThrownBy(() -> CliffsDelta.of(new double[] {1}, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CliffsDelta sample B").hasMessageContaining("null");
        assertThatThrownBy(() -> CliffsDelta.of(new double[] {1, 2}, new double[] {3, Double.NaN}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CliffsDelta sample B").hasMessageContaining("sample[1] is NaN");
        assertThatThrownBy(() -> CliffsDelta.of(new double[] {Double.NEGATIVE_INFINITY}, new double[] {3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CliffsDelta sample A").hasMessageContaining("-Infinity");
    }

    public void inconsistentRecordIsRefused() {
        assertThatThrownBy(() -> new CliffsDelta(0.5, Magnitude.SMALL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LARGE");
        assertThatThrownBy(() -> Magnitude.of(1.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[-1, 1]");
    }

    /** below values under 0, equal zeros and above values over 0. */
    private static double[] mixed(int below, int equal, int above) {
        double[] b = new double[below + equal + above];
        for (int i = 0; i < b.length; i++) {
            b[i] = i < below ? -1 - i : i < below + equal ? 0 : i;
        }
        return b;
    }

    private static double bruteForce(double[] a, double[] b) {
        long sum = 0;
        for (double x : a) {
            for (double y : b) {
                sum += x > y ? 1 : x < y ? -1 : 0;
            }
        }
        return sum / ((double) a.length * b.length);
    }
}
