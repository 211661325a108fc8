package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class AttentionTest {

    public void weightsValuesBySoftmaxOfScores() {
        // scores [1, 0] -> weights [e/(1+e), 1/(1+e)] -> 10 w0 + 20 w1
        float[] out = Attention.attend(new float[] {1, 0}, new float[] {1, 0, 0, 1}, new float[] {10, 20}, null,
                1, 1, 2, 2, 1, 1.0);
        assertThat(out[0]).isCloseTo(12.689414213699951f, within(1e-5f));
    }

    public void equalScoresAverageTheValues() {
        float[] out = Attention.attend(new float[] {0, 0}, new float[] {1, 2, 3, 4}, new float[] {1, 2, 3, 4}, null,
                1, 1, 2, 2, 2, 0.5);
        assertThat(out).containsExactly(2, 3);
    }

    public void maskRemovesAKey() {
        float[] mask = {0, Float.NEGATIVE_INFINITY};
        float[] out = Attention.attend(new float[] {1, 0}, new float[] {1, 0, 0, 1}, new float[] {10, 20}, mask,
                1, 1, 2, 2, 1, 1.0);
        assertThat(out).containsExactly(10);
    }

    public void batchEntriesAreIndependent() {
        float[] k = {1, 1};
        float[] v = {3, 7};
        float[] out = Attention.attend(new float[] {1, 2}, k, v, null, 2, 1, 1, 1, 1, 1.0);
        assertThat(out).containsExactly(3, 7);
    }
}
