package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.webaccel.workload.SeededRandom;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class SoftmaxTest {

    public void matchesHandValues() {
        // e^i / (e + e^2 + e^3)
        float[] y = Softmax.rows(new float[] {1, 2, 3}, 1, 3);
        assertThat(y[0]).isCloseTo(0.09003057317038046f, within(1e-7f));
        assertThat(y[1]).isCloseTo(0.24472847105479767f, within(1e-7f));
        assertThat(y[2]).isCloseTo(0.6652409557748219f, within(1e-7f));
    }

    public void largeInputsDoNotOverflow() {
        assertThat(Softmax.rows(new float[] {1000, 1000, -1000}, 1, 3)).containsExactly(0.5f, 0.5f, 0.0f);
    }

    public void everyRowSumsToOne() {
        float[] y = Softmax.rows(new SeededRandom(3).uniform(4 * 50, -20, 20), 4, 50);
        for (int r = 0; r < 4; r++) {
            double sum = 0;
            for (int c = 0; c < 50; c++) {
                sum += y[r * 50 + c];
            }
            assertThat(sum).isCloseTo(1.0, within(1e-6));
        }
    }
}
