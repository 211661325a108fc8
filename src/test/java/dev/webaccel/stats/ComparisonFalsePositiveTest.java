package dev.webaccel.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.testng.annotations.Test;

/** Identical configurations: the test must not call them different much more often than its 5% level. */
@Test(groups = "unit")
public class ComparisonFalsePositiveTest {

    public void sameDistributionIsDeclaredDifferentAboutFivePercentOfTheTime() {
        SplittableRandom random = new SplittableRandom(20250101);
        int pairs = 200;
        int significant = 0;
        int ratioCiExcludesOne = 0;
        for (int i = 0; i < pairs; i++) {
            double[] a = Synthetic.lognormal(random, 20, 40, 0.25);
            double[] b = Synthetic.lognormal(random, 20, 40, 0.25);
            Comparison c = Comparison.of(a, b, 0.005, 5, 1000, i);
            significant += c.p() < 0.05 ? 1 : 0;
            ratioCiExcludesOne += c.ratio().orElseThrow().contains(1.0) ? 0 : 1;
        }
        // Binomial(200, 0.05): mean 10, P(X > 20) ~ 0.001
        assertThat(significant).isLessThanOrEqualTo(20);
        assertThat(ratioCiExcludesOne).isLessThanOrEqualTo(20);
    }
}
