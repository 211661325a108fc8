package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class MultiHeadAttentionTest {
    private static final float[] K = {1, 0, 0, 1};
    private static final float[] V = {1, 2, 3, 4};

    public void oneHeadMatchesScaledDotProductAttention() {
        // softmax([0.5, 0]) = [0.6225, 0.3775] -> 0.6225 * [1, 2] + 0.3775 * [3, 4]
        float[] out = MultiHeadAttention.attend(new float[] {1, 0}, K, V, 1, 1, 2, 1, 1, 2, false, null, 0.5);
        assertThat(out[0]).isCloseTo(1.75508134f, within(1e-6f));
        assertThat(out[1]).isCloseTo(2.75508134f, within(1e-6f));
    }

    public void headsReadTheirOwnColumnsAndShareAKvHeadInAGroup() {
        // two query heads of width 2 over one kv head: head 1's query is zero, so it averages the values
        float[] out = MultiHeadAttention.attend(new float[] {1, 0, 0, 0}, K, V, 1, 1, 2, 2, 1, 2, false, null, 0.5);
        assertThat(out[0]).isCloseTo(1.75508134f, within(1e-6f));
        assertThat(out[2]).isCloseTo(2f, within(1e-6f));
        assertThat(out[3]).isCloseTo(3f, within(1e-6f));
    }

    public void causalFirstQuerySeesOnlyTheFirstKey() {
        float[] out = MultiHeadAttention.attend(new float[] {0, 1, 0, 1}, K, V, 1, 2, 2, 1, 1, 2, true, null, 1.0);
        assertThat(out[0]).isEqualTo(1f);
        assertThat(out[1]).isEqualTo(2f);
    }

    public void causalWithMoreKeysThanQueriesLetsTheLastQuerySeeEveryKey() {
        float[] out = MultiHeadAttention.attend(new float[] {0, 0}, K, V, 1, 1, 2, 1, 1, 2, true, null, 1.0);
        assertThat(out).containsExactly(2, 3);
    }

    public void keyMaskHidesAKeyPerBatchEntry() {
        float[] kk = {1, 0, 0, 1, 1, 0, 0, 1};
        float[] vv = {1, 2, 3, 4, 1, 2, 3, 4};
        float[] out = MultiHeadAttention.attend(new float[] {0, 0, 0, 0}, kk, vv, 2, 1, 2, 1, 1, 2, false,
                new float[] {0, -1e9f, -1e9f, 0}, 1.0);
        assertThat(out).containsExactly(1, 2, 3, 4);
    }
}
