package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class GroupNormTest {

    public void oneGroupPerChannelNormalisesEachChannelOverTime() {
        float[] y = GroupNorm.normalize(new float[] {1, 2, 3, 4}, 2, 2, 2, new float[] {1, 2}, new float[] {0, 10}, 0.0);
        assertThat(y).containsExactly(-1, 1, 8, 12);
    }

    public void oneGroupNormalisesEverything() {
        // mean 2.5, population variance 1.25, as LayerNorm over all four values
        float[] y = GroupNorm.normalize(new float[] {1, 2, 3, 4}, 2, 2, 1, new float[] {1, 1}, new float[2], 0.0);
        assertThat(y[0]).isCloseTo(-1.3416407864998738f, within(1e-6f));
        assertThat(y[3]).isCloseTo(1.3416407864998738f, within(1e-6f));
    }

    public void rejectsChannelsThatDoNotSplitIntoGroups() {
        assertThatThrownBy(() -> GroupNorm.normalize(new float[6], 3, 2, 2, new float[3], new float[3], 1e-5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("multiple of groups");
    }
}
