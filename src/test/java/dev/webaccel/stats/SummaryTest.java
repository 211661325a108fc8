package dev.webaccel.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class SummaryTest {

    public void textbookMeanAndSampleSd() {
        Summary s = Summary.of(new double[] {9, 2, 4, 4, 5, 4, 5, 7});
        assertThat(s.n()).isEqualTo(8);
        assertThat(s.mean()).isCloseTo(5, within(1e-12));
        assertThat(s.sd()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12)); // 2.138089935...
        assertThat(s.cv()).isCloseTo(Math.sqrt(32.0 / 7) / 5, within(1e-12));
        assertThat(s.min()).isEqualTo(2);
        assertThat(s.max()).isEqualTo(9);
        assertThat(s.median()).isCloseTo(4.5, within(1e-12));
    }

    public void percentilesAreType7() {
        Summary s = Summary.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        assertThat(s.p10()).isCloseTo(1.9, within(1e-12));
        assertThat(s.p90()).isCloseTo(9.1, within(1e-12));
        assertThat(s.median()).isCloseTo(5.5, within(1e-12));
    }

    public void medianCiForTenSamplesUsesRanksTwoAndNine() {
        Summary s = Summary.of(new double[] {10, 9, 8, 7, 6, 5, 4, 3, 2, 1});
        assertThat(s.medianCi().available()).isTrue();
        assertThat(s.medianCi().lower()).isEqualTo(2);
        assertThat(s.medianCi().upper()).isEqualTo(9);
    }

    public void singleSampleHasNoSpread() {
        Summary s = Summary.of(new double[] {3.5});
        assertThat(s.median()).isEqualTo(3.5);
        assertThat(s.sd()).isNaN();
        assertThat(s.medianCi().available()).isFalse();
    }

    public void doesNotReorderTheCallersArray() {
        double[] samples = {3, 1, 2};
        Summary.of(samples);
        assertThat(samples).containsExactly(3, 1, 2);
    }

    public void rejectsNaNWithTheIndex() {
        assertThatThrownBy(() -> Summary.of(new double[] {1, Double.NaN, 3}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample[1] is NaN")
                .hasMessageContaining("finite");
    }

    public void rejectsInfinity() {
        assertThatThrownBy(() -> Summary.of(new double[] {Double.POSITIVE_INFINITY}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("sample[0] is Infinity");
    }

    public void rejectsEmpty() {
        assertThatThrownBy(() -> Summary.of(new double[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("N=0");
    }
}
