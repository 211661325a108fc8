package dev.webaccel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class MannWhitneyTest {

    public void smallNoTiesIsExactAndMatchesEnumeration() {
        double[] a = {1.1, 2.3, 3.5, 4.2};
        double[] b = {5.0, 6.1, 2.9, 7.7, 8.2};
        MannWhitney.Result r = MannWhitney.test(a, b);
        // pooled ranks of A: 1, 2, 4, 5 -> R = 12, U = 12 - 4*5/2 = 2 (pairs a > b: 3.5>2.9, 4.2>2.9)
        assertThat(r.u()).isEqualTo(2);
        assertThat(r.method()).isEqualTo(MannWhitney.Method.EXACT);
        assertThat(r.p()).isCloseTo(enumeratedTwoSidedP(4, 5, 2), within(1e-12));
        assertThat(r.p()).isCloseTo(8.0 / 126, within(1e-12)); // scipy: 0.06349206349206349
        assertThat(r.z()).isNegative();
    }

    public void exactPOfASecondTextbookExample() {
        MannWhitney.Result r = MannWhitney.test(new double[] {19, 22, 16, 29, 24}, new double[] {20, 11, 17, 12});
        assertThat(r.u()).isEqualTo(17);
        assertThat(r.p()).isCloseTo(enumeratedTwoSidedP(5, 4, 17), within(1e-12));
        assertThat(r.p()).isCloseTo(0.1111111111111111, within(1e-12)); // scipy method="exact"
    }

    public void exactCountsAreTheBinomialTotal() {
        double[] counts = MannWhitney.exactCounts(10, 10);
        double total = 0;
        for (double c : counts) {
            total += c;
        }
        assertThat(total).isEqualTo(184756); // C(20, 10)
    }

    public void tiesUseNormalApproximationWithTieCorrection() {
        double[] a = {12, 15, 15, 18, 20, 20, 21, 25, 27, 30, 31, 33};
        double[] b = {10, 11, 12, 14, 15, 16, 16, 18, 19, 20, 22, 23};
        MannWhitney.Result r = MannWhitney.test(a, b);
        assertThat(r.method()).isEqualTo(MannWhitney.Method.NORMAL);
        assertThat(r.u()).isEqualTo(108);
        // scipy.stats.mannwhitneyu(a, b, method="asymptotic", use_continuity=True): U=108, p=0.03992613336036884
        assertThat(r.z()).isCloseTo(2.0545123081237144, within(1e-12));
        assertThat(r.p()).isCloseTo(0.03992613336036884, within(1e-12));
    }

    public void largerSamplesWithoutTiesUseNormalApproximation() {
        double[] a = new double[15];
        double[] b = new double[20];
        for (int i = 0; i < 15; i++) {
            a[i] = i + 1;
        }
        for (int j = 0; j < 20; j++) {
            b[j] = j + 5.5;
        }
        MannWhitney.Result r = MannWhitney.test(a, b);
        // U = 55, mean 150, sd sqrt(15*20*36/12) = 30, z = -(95 - 0.5)/30 = -3.15; scipy p = 0.0016327046256571236
        assertThat(r.u()).isEqualTo(55);
        assertThat(r.z()).isCloseTo(-3.15, within(1e-12));
        assertThat(r.p()).isCloseTo(0.0016327046256571236, within(1e-12));
    }

    public void allValuesTiedGivesNoEvidence() {
        MannWhitney.Result r = MannWhitney.test(new double[] {1, 1, 1, 1, 1, 1}, new double[] {1, 1, 1, 1, 1, 1});
        assertThat(r.p()).isEqualTo(1);
        assertThat(r.z()).isZero();
    }

    public void swappingSidesMirrorsU() {
        double[] a = {1.1, 2.3, 3.5, 4.2};
        double[] b = {5.0, 6.1, 2.9, 7.7, 8.2};
        assertThat(MannWhitney.test(b, a).u()).isEqualTo(4 * 5 - 2);
        assertThat(MannWhitney.test(b, a).p()).isCloseTo(MannWhitney.test(a, b).p(), within(1e-15));
    }

    /** Brute force: every way to choose which n1 of the ranks 1..n1+n2 belong to A, counting U as extreme. */
    private static double enumeratedTwoSidedP(int n1, int n2, int observedU) {
        int n = n1 + n2;
        int atMost = 0;
        int atLeast = 0;
        int total = 0;
        for (int mask = 0; mask < (1 << n); mask++) {
            if (Integer.bitCount(mask) != n1) {
                continue;
            }
            int rankSum = 0;
            for (int i = 0; i < n; i++) {
                if ((mask & (1 << i)) != 0) {
                    rankSum += i + 1;
                }
            }
            int u = rankSum - n1 * (n1 + 1) / 2;
            total++;
            atMost += u <= observedU ? 1 : 0;
            atLeast += u >= observedU ? 1 : 0;
        }
        return Math.min(1, 2.0 * Math.min(atMost, atLeast) / total);
    }
}
