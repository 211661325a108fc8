package dev.webaccel.workload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class SeededRandomTest {

    public void sameSeedSameNumbers() {
        assertThat(new SeededRandom(42).uniform(100, -1, 1)).containsExactly(new SeededRandom(42).uniform(100, -1, 1));
    }

    public void differentSeedsDiffer() {
        assertThat(new SeededRandom(1).nextLong()).isNotEqualTo(new SeededRandom(2).nextLong());
    }

    public void zeroSeedIsUsable() {
        SeededRandom random = new SeededRandom(0);
        assertThat(random.nextLong()).isNotEqualTo(random.nextLong());
    }

    public void uniformStaysInRangeWithTheRightMean() {
        float[] values = new SeededRandom(9).uniform(100_000, 2, 4);
        double sum = 0;
        for (float v : values) {
            assertThat(v).isBetween(2.0f, 4.0f);
            sum += v;
        }
        assertThat(sum / values.length).isCloseTo(3.0, within(0.01));
    }
}
