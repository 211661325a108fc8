package dev.webaccel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

/** Ranks and coverages as in the sign-test tables (e.g. Conover, Practical Nonparametric Statistics, table A3). */
@Test(groups = "unit")
public class MedianCiTest {

    public void tenSamplesRanksTwoToNineCover97_9Percent() {
        MedianCi ci = MedianCi.of(oneTo(10));
        assertThat(ci.lowerRank()).isEqualTo(2);
        assertThat(ci.upperRank()).isEqualTo(9);
        assertThat(ci.coverage()).isCloseTo(1 - 2 * 11.0 / 1024, within(1e-12)); // 0.978515625
    }

    public void twentySamplesRanksSixToFifteenCover95_9Percent() {
        MedianCi ci = MedianCi.of(oneTo(20));
        assertThat(ci.lowerRank()).isEqualTo(6);
        assertThat(ci.upperRank()).isEqualTo(15);
        assertThat(ci.coverage()).isCloseTo(0.9586105346679688, within(1e-12));
        assertThat(ci.lower()).isEqualTo(6);
        assertThat(ci.upper()).isEqualTo(15);
    }

    public void hundredSamplesRanksFortyToSixtyOne() {
        MedianCi ci = MedianCi.of(oneTo(100));
        assertThat(ci.lowerRank()).isEqualTo(40);
        assertThat(ci.upperRank()).isEqualTo(61);
        assertThat(ci.coverage()).isCloseTo(0.9647997997822951, within(1e-9));
    }

    public void sixSamplesNeedTheWholeRange() {
        MedianCi ci = MedianCi.of(oneTo(6));
        assertThat(ci.lowerRank()).isEqualTo(1);
        assertThat(ci.upperRank()).isEqualTo(6);
        assertThat(ci.coverage()).isCloseTo(1 - 2.0 / 64, within(1e-12));
    }

    public void fiveSamplesAreTooFewAndSaySo() {
        MedianCi ci = MedianCi.of(oneTo(5));
        assertThat(ci.available()).isFalse();
        assertThat(ci.lower()).isNaN();
        assertThat(ci.note()).contains("N=5 < 6").contains("-Diterations");
    }

    public void largeNDoesNotUnderflow() {
        int k = OrderStatisticRanks.lowerRank(5000, 0.95);
        // normal approximation: k ~ n/2 - 1.96 sqrt(n)/2 = 2430.7
        assertThat(k).isBetween(2428, 2432);
        assertThat(OrderStatisticRanks.coverage(5000, k)).isBetween(0.95, 0.96);
    }

    private static double[] oneTo(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
        }
        return x;
    }
}
