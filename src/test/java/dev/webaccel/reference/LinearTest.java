package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class LinearTest {
    private static final float[] X = {1, 2, -1, 3};
    // PyTorch layout [out=3, in=2]
    private static final float[] W = {1, 0, 0, 1, 1, 1};

    public void multipliesByTheTransposedWeightAndAddsBias() {
        float[] y = Linear.apply(X, 2, 2, W, new float[] {0.5f, 0, -1}, 3);
        assertThat(y).containsExactly(1.5f, 2, 2, -0.5f, 3, 1);
    }

    public void nullBiasAddsNothing() {
        assertThat(Linear.apply(X, 2, 2, W, null, 3)).containsExactly(1, 2, 3, -1, 3, 2);
    }

    public void rejectsAWeightOfTheWrongSize() {
        assertThatThrownBy(() -> Linear.apply(X, 2, 2, new float[5], null, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out*in");
    }
}
