package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class LayerNormTest {

    public void normalizesByHand() {
        // mean 2.5, population variance 1.25
        float[] y = LayerNorm.normalize(new float[] {1, 2, 3, 4}, 1, 4, new float[] {1, 1, 1, 1}, new float[4], 0.0);
        assertThat(y[0]).isCloseTo(-1.3416407864998738f, within(1e-6f));
        assertThat(y[1]).isCloseTo(-0.4472135954999579f, within(1e-6f));
        assertThat(y[2]).isCloseTo(0.4472135954999579f, within(1e-6f));
        assertThat(y[3]).isCloseTo(1.3416407864998738f, within(1e-6f));
    }

    public void appliesGammaAndBeta() {
        float[] y = LayerNorm.normalize(new float[] {1, 3}, 1, 2, new float[] {2, 3}, new float[] {10, 20}, 0.0);
        assertThat(y).containsExactly(8, 23);
    }

    public void constantRowGivesBeta() {
        float[] y = LayerNorm.normalize(new float[] {5, 5, 5}, 1, 3, new float[] {1, 1, 1}, new float[] {1, 2, 3}, 1e-5);
        assertThat(y).containsExactly(1, 2, 3);
    }
}
