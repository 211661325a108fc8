package dev.webaccel.claims;

import dev.webaccel.protocol.Backend;
import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.stats.Synthetic;
import java.util.List;
import java.util.SplittableRandom;
import org.testng.annotations.Test;

/** Identical configurations must never support a claimed 20% advantage. */
@Test(groups = "unit")
public class ClaimVerifierFalsePositiveTest {

    public void identicalConfigurationsNeverSupportATwentyPercentAdvantage() {
        Claim claim = new Claim("a-faster", "A faster than B by >= 20%", "test", Fixtures.METRIC, Fixtures.WORKLOAD,
                new Selector("firefox", Backend.WEBGPU, null, null), new Selector("chrome", Backend.WEBGPU, null, null),
                ExpectedRange.of(1.25, 100));
        SplittableRandom random = new SplittableRandom(99);
        int supported = 0;
        int significant = 0;
        int pairs = 200;
        for (int i = 0; i < pairs; i++) {
            double[] a = Synthetic.lognormal(random, 20, 60, 0.25);
            double[] b = Synthetic.lognormal(random, 20, 60, 0.25);
            ClaimResult r = new ClaimVerifier(5, 500, i, 0.05).verify(claim, List.of(
                    Fixtures.measurement("firefox", "lavapipe", a), Fixtures.measurement("chrome", "lavapipe", b)));
            supported += r.verdict() == Verdict.SUPPORTED ? 1 : 0;
            significant += r.p() < 0.05 ? 1 : 0;
        }
        assertThat(supported).isZero();
        assertThat(significant).isLessThanOrEqualTo(20); // about 5% of 200
    }
}
