package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class RopeTest {

    public void positionZeroIsUnchanged() {
        float[] x = {1, 2, 3, 4};
        assertThat(Rope.apply(x, 1, 1, 1, 4, 10_000)).containsExactly(1, 2, 3, 4);
    }

    public void pairsTheTwoHalvesOfAHeadAndRotatesByPositionTimesFrequency() {
        // seq 2, 2 heads of 4: row 1 is position 1; pair i = 1 has frequency 10000^(-2/4) = 0.01
        float[] x = {0, 0, 0, 0, 0, 0, 0, 0, /* row 1 */ 1, 0, 0, 0, 0, 1, 0, 0};
        float[] y = Rope.apply(x, 1, 2, 2, 4, 10_000);
        assertThat(y[8]).isCloseTo((float) Math.cos(1.0), within(1e-7f));
        assertThat(y[10]).isCloseTo((float) Math.sin(1.0), within(1e-7f));
        assertThat(y[13]).isCloseTo((float) Math.cos(0.01), within(1e-7f));
        assertThat(y[15]).isCloseTo((float) Math.sin(0.01), within(1e-7f));
    }

    public void positionRestartsForEveryBatchEntry() {
        float[] x = {1, 0, 1, 0};
        assertThat(Rope.apply(x, 2, 1, 1, 2, 10_000)).containsExactly(1, 0, 1, 0);
    }
}
