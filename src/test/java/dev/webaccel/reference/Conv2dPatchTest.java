package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.testng.annotations.Test;

@Test(groups = "unit")
public class Conv2dPatchTest {

    public void sumsEachPatchInRasterOrder() {
        float[] image = new float[16];
        for (int i = 0; i < 16; i++) {
            image[i] = i;
        }
        float[] ones = {1, 1, 1, 1};
        // patches of the 4x4 ramp: {0,1,4,5}, {2,3,6,7}, {8,9,12,13}, {10,11,14,15}
        assertThat(Conv2dPatch.embed(image, ones, new float[1], 1, 4, 4, 1, 2)).containsExactly(10, 18, 42, 50);
    }

    public void tokensAreRowsOfDimValues() {
        float[] image = {1, 2, 3, 4};
        float[] w = {1, 0, 0, 0, 0, 0, 0, 1};
        // one 2x2 patch, dim 2: first filter picks the top-left pixel, second the bottom-right, plus bias
        assertThat(Conv2dPatch.embed(image, w, new float[] {0, 100}, 1, 2, 2, 2, 2)).containsExactly(1, 104);
    }
}
