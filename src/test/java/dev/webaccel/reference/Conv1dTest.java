package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class Conv1dTest {
    private static final float[] X = {1, 2, 3, 4};
    private static final float[] BOX = {1, 1, 1};

    public void stride1Pad1KeepsLength() {
        assertThat(Conv1d.apply(X, BOX, new float[1], 1, 4, 1, 3, 1, 1, false)).containsExactly(3, 6, 9, 7);
    }

    public void stride2HalvesLength() {
        assertThat(Conv1d.apply(X, BOX, new float[1], 1, 4, 1, 3, 2, 1, false)).containsExactly(3, 9);
    }

    public void whisperStemLengths() {
        assertThat(Conv1d.outLength(3000, 3, 1, 1)).isEqualTo(3000);
        assertThat(Conv1d.outLength(3000, 3, 2, 1)).isEqualTo(1500);
    }

    public void biasAndChannelsAddUp() {
        // two input channels, weights pick the centre tap of each: out = x0 + 10 x1 + bias
        float[] x = {1, 2, 3, 4};
        float[] w = {0, 1, 0, 0, 10, 0};
        assertThat(Conv1d.apply(x, w, new float[] {0.5f}, 2, 2, 1, 3, 1, 1, false)).containsExactly(31.5f, 42.5f);
    }

    public void geluIsTheErfVersion() {
        float[] y = Conv1d.apply(new float[] {1}, new float[] {0, 1, 0}, new float[1], 1, 1, 1, 3, 1, 1, true);
        assertThat(y[0]).isCloseTo(0.8413447460685429f, within(1e-7f));
    }

    public void groupedConvolutionReadsOnlyItsGroupsChannels() {
        // two groups of one channel, kernel 1: channel 0 times 2, channel 1 times 3
        float[] y = Conv1d.grouped(new float[] {1, 2, 3, 4}, new float[] {2, 3}, new float[] {0, 1}, 2, 2, 2, 1, 1, 0, 2);
        assertThat(y).containsExactly(2, 4, 10, 13);
    }

    public void oneGroupIsThePlainConvolution() {
        float[] x = {1, 2, 3, 4, 5, 6};
        float[] w = {1, -1, 2, 0.5f, 0, 1, -2, 1, 3, 1, 1, 1};
        float[] bias = {0.5f, -0.5f};
        assertThat(Conv1d.grouped(x, w, bias, 2, 3, 2, 3, 1, 1, 1))
                .containsExactly(Conv1d.apply(x, w, bias, 2, 3, 2, 3, 1, 1, false));
    }
}
