package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class WeightNormTest {
    // shape [out 2, in 1, kernel 2]: (o0: 3, 1), (o1: 4, 1)
    private static final float[] V = {3, 1, 4, 1};
    private static final int[] SHAPE = {2, 1, 2};

    public void normOverEveryDimExceptTheKernelDim() {
        // kernel index 0: ||(3, 4)|| = 5; index 1: ||(1, 1)|| = sqrt 2
        float[] w = WeightNorm.apply(new float[] {10, 1}, V, SHAPE, 2);
        assertThat(w[0]).isCloseTo(6f, within(1e-6f));
        assertThat(w[2]).isCloseTo(8f, within(1e-6f));
        assertThat(w[1]).isCloseTo((float) (1 / Math.sqrt(2)), within(1e-6f));
        assertThat(w[3]).isCloseTo((float) (1 / Math.sqrt(2)), within(1e-6f));
    }

    public void normOverEveryDimExceptTheOutputDim() {
        // out 0: ||(3, 1)|| = sqrt 10; out 1: ||(4, 1)|| = sqrt 17
        float[] w = WeightNorm.apply(new float[] {1, 2}, V, SHAPE, 0);
        assertThat(w[0]).isCloseTo((float) (3 / Math.sqrt(10)), within(1e-6f));
        assertThat(w[3]).isCloseTo((float) (2 / Math.sqrt(17)), within(1e-6f));
    }
}
