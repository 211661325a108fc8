package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class RmsNormTest {

    public void dividesByTheRootMeanSquareAndScalesByGamma() {
        // mean(x^2) = 12.5, rms = 3.5355339
        float[] y = RmsNorm.normalize(new float[] {3, 4}, 1, 2, new float[] {1, 2}, 0.0);
        assertThat(y[0]).isCloseTo(0.84852814f, within(1e-6f));
        assertThat(y[1]).isCloseTo(2.2627417f, within(1e-6f));
    }

    public void epsIsAddedToTheMeanSquare() {
        // mean(x^2) = 0 + eps 1 -> x unchanged
        assertThat(RmsNorm.normalize(new float[] {0, 0}, 1, 2, new float[] {1, 1}, 1.0)).containsExactly(0, 0);
        assertThat(RmsNorm.normalize(new float[] {1, 1}, 1, 2, new float[] {1, 1}, 3.0)).containsExactly(0.5f, 0.5f);
    }

    public void l2normalizeGivesUnitRows() {
        float[] y = RmsNorm.l2normalize(new float[] {3, 4, 0, -2}, 2, 2, 0.0);
        assertThat(y).containsExactly(0.6f, 0.8f, 0, -1);
    }
}
