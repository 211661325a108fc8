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

    public void fullSeparationOfTenAndTenHasTheSmallestExactP() {
        double[] a = new double[10];
        double[] b = new double[10];
        for (int i = 0; i < 10; i++) {
            a[i] = i;
            b[i] = i + 100;
        }
        MannWhitney.Result r = MannWhitney.test(a, b);
        // only 2 of the C(20, 10) = 184756 orderings are this extreme (U = 0 and U = 100)
        assertThat(r.u()).isZero();
        assertThat(r.method()).isEqualTo(MannWhitney.Method.EXACT);
        assertThat(r.p()).isCloseTo(2.0 / 184756, within(1e-15));
        assertThat(r.p()).isCloseTo(countedTwoSidedP(10, 10, 0), within(1e-15));
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

    public void fifteenAndTwentyWithoutTiesAreExact() {
        double[] a = new double[15];
        double[] b = new double[20];
        for (int i = 0; i < 15; i++) {
            a[i] = i + 1;
        }
        for (int j = 0; j < 20; j++) {
            b[j] = j + 5.5;
        }
        MannWhitney.Result r = MannWhitney.test(a, b);
        // U = 55, mean 150, sd sqrt(15*20*36/12) = 30, z = -(95 - 0.5)/30 = -3.15
        // scipy method="exact": p = 0.0010831864434474895 (method="asymptotic" gives 0.0016327046256571236)
        assertThat(r.u()).isEqualTo(55);
        assertThat(r.method()).isEqualTo(MannWhitney.Method.EXACT);
        assertThat(r.z()).isCloseTo(-3.15, within(1e-12));
        assertThat(r.p()).isCloseTo(0.0010831864434474895, within(1e-12));
        assertThat(r.p()).isCloseTo(countedTwoSidedP(15, 20, 55), within(1e-12));
    }

    public void twentyAndTwentyWithoutTiesMatchScipyExact() {
        double[] a = new double[20];
        double[] b = new double[20];
        for (int i = 0; i < 20; i++) {
            a[i] = i + 6.25;
            b[i] = i + 0.5;
        }
        MannWhitney.Result r = MannWhitney.test(a, b);
        // scipy.stats.mannwhitneyu(a, b, method="exact"): U = 295, p = 0.009483607191205003
        assertThat(r.u()).isEqualTo(295);
        assertThat(r.method()).isEqualTo(MannWhitney.Method.EXACT);
        assertThat(r.p()).isCloseTo(0.009483607191205003, within(1e-12));
        assertThat(r.p()).isCloseTo(countedTwoSidedP(20, 20, 295), within(1e-12));
    }

    public void exactUpToFortyNineNormalAbove() {
        double[] a49 = new double[49];
        double[] b49 = new double[49];
        for (int i = 0; i < 49; i++) {
            a49[i] = i;
            b49[i] = i + 7.5;
        }
        MannWhitney.Result exact = MannWhitney.test(a49, b49);
        assertThat(exact.method()).isEqualTo(MannWhitney.Method.EXACT);
        assertThat(exact.u()).isEqualTo(861);
        assertThat(exact.p()).isCloseTo(0.015546031479292318, within(1e-12)); // scipy method="exact"
        assertThat(exact.p()).isCloseTo(countedTwoSidedP(49, 49, 861), within(1e-12));

        double[] a50 = new double[50];
        for (int i = 0; i < 50; i++) {
            a50[i] = i;
        }
        MannWhitney.Result normal = MannWhitney.test(a50, b49);
        assertThat(normal.method()).isEqualTo(MannWhitney.Method.NORMAL);
        assertThat(normal.u()).isEqualTo(903);
        assertThat(normal.p()).isCloseTo(0.02444695896664094, within(1e-12)); // scipy method="asymptotic"
    }

    public void largerSamplesWithoutTiesUseNormalApproximation() {
        double[] a = new double[50];
        double[] b = new double[60];
        for (int i = 0; i < 50; i++) {
            a[i] = i;
        }
        for (int j = 0; j < 60; j++) {
            b[j] = j + 9.5;
        }
        MannWhitney.Result r = MannWhitney.test(a, b);
        // U = 820, mean 1500, sd sqrt(50*60*111/12) = sqrt(27750), z = -(680 - 0.5)/sqrt(27750)
        // scipy method="asymptotic", use_continuity=True: p = 4.522205040470146e-05
        assertThat(r.u()).isEqualTo(820);
        assertThat(r.method()).isEqualTo(MannWhitney.Method.NORMAL);
        assertThat(r.z()).isCloseTo(-679.5 / Math.sqrt(27750), within(1e-12));
        assertThat(r.p()).isCloseTo(4.522205040470146e-05, within(1e-15));
    }

    public void allValuesTiedGivesNoEvidence() {
        MannWhitney.Result r = MannWhitney.test(new double[] {1, 1, 1, 1, 1, 1}, new double[] {1, 1, 1, 1, 1, 1});
        assertThat(r.p()).isEqualTo(1);
        assertThat(r.z()).isZero();
        assertThat(r.u()).isEqualTo(18);
    }

    public void negativeZeroTiesWithZero() {
        MannWhitney.Result r = MannWhitney.test(new double[] {-0.0, 1, 2}, new double[] {0.0, 3, 4});
        assertThat(r.method()).isEqualTo(MannWhitney.Method.NORMAL);
        assertThat(r.u()).isEqualTo(2.5); // -0.0 vs 0.0 counts 1/2, 1 and 2 beat 0.0
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

    /**
     * Independent of enumeration and of the library: counts[k][s] = number of k-subsets of the ranks seen so far with
     * rank sum s (a knapsack over the ranks 1..n1+n2), then the two-sided p of U as in scipy's method="exact".
     */
    private static double countedTwoSidedP(int n1, int n2, int observedU) {
        int n = n1 + n2;
        int maxSum = n1 * (2 * n - n1 + 1) / 2;
        double[][] counts = new double[n1 + 1][maxSum + 1];
        counts[0][0] = 1;
        for (int rank = 1; rank <= n; rank++) {
            for (int k = Math.min(rank, n1); k >= 1; k--) {
                for (int s = maxSum; s >= rank; s--) {
                    counts[k][s] += counts[k - 1][s - rank];
                }
            }
        }
        int offset = n1 * (n1 + 1) / 2;
        double atMost = 0;
        double atLeast = 0;
        double total = 0;
        for (int s = offset; s <= maxSum; s++) {
            int u = s - offset;
            total += counts[n1][s];
            atMost += u <= observedU ? counts[n1][s] : 0;
            atLeast += u >= observedU ? counts[n1][s] : 0;
        }
        return Math.min(1, 2 * Math.min(atMost, atLeast) / total);
    }
}
