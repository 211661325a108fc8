package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.webaccel.workload.SeededRandom;
import org.testng.annotations.DataProvider;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class WeightPackerTest {

    @DataProvider
    public Object[][] bitWidths() {
        return new Object[][] {{8}, {4}, {3}, {2}};
    }

    public void valuesPerWordNeverStraddle() {
        assertThat(WeightPacker.valuesPerWord(8)).isEqualTo(4);
        assertThat(WeightPacker.valuesPerWord(4)).isEqualTo(8);
        assertThat(WeightPacker.valuesPerWord(3)).isEqualTo(10);
        assertThat(WeightPacker.valuesPerWord(2)).isEqualTo(16);
    }

    public void packsLeastSignificantBitsFirst() {
        assertThat(WeightPacker.pack(new int[] {1, 2, 3, 4}, 1, 4, 8)).containsExactly(0x04030201);
        assertThat(WeightPacker.pack(new int[] {1, 2, 3, 4, 5, 6, 7, 8}, 1, 8, 4)).containsExactly(0x87654321);
        int[] sevens = {7, 7, 7, 7, 7, 7, 7, 7, 7, 7};
        assertThat(WeightPacker.pack(sevens, 1, 10, 3)).containsExactly(0x3FFFFFFF);
        int[] ones = new int[16];
        java.util.Arrays.fill(ones, 1);
        assertThat(WeightPacker.pack(ones, 1, 16, 2)).containsExactly(0x55555555);
    }

    public void everyRowStartsOnAFreshWord() {
        // 11 three-bit codes need 2 words per row; row 1's first code sits in word 2, bits 0..2.
        int[] codes = new int[22];
        codes[11] = 5;
        codes[10] = 3;
        int[] words = WeightPacker.pack(codes, 2, 11, 3);
        assertThat(words).containsExactly(0, 3, 5, 0);
    }

    public void rejectsOutOfRangeCodes() {
        assertThatThrownBy(() -> WeightPacker.pack(new int[] {8}, 1, 1, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test(dataProvider = "bitWidths")
    public void packUnpackRoundTrips(int bits) {
        SeededRandom random = new SeededRandom(bits);
        int rows = 3;
        int cols = 37;
        int[] codes = new int[rows * cols];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = random.nextInt(1 << bits);
        }
        int[] words = WeightPacker.pack(codes, rows, cols, bits);
        assertThat(words).hasSize(rows * WeightPacker.wordsPerRow(cols, bits));
        assertThat(WeightPacker.unpack(words, rows, cols, bits)).containsExactly(codes);
    }

    @Test(dataProvider = "bitWidths")
    public void dequantizationErrorIsAtMostHalfAStep(int bits) {
        float[] w = new SeededRandom(100 + bits).uniform(4 * 70, -2.0f, 1.5f);
        for (QuantScheme scheme : QuantScheme.values()) {
            for (int groupSize : new int[] {70, 32, 7}) {
                PackedWeights packed = WeightPacker.quantize(w, 4, 70, bits, groupSize, scheme);
                for (int r = 0; r < 4; r++) {
                    for (int c = 0; c < 70; c++) {
                        double error = Math.abs(packed.dequantized(r, c) - w[r * 70 + c]);
                        assertThat(error).as("%s bits=%d group=%d r=%d c=%d", scheme, bits, groupSize, r, c)
                                .isLessThanOrEqualTo(packed.scale(r, c) * (0.5 + 1e-5));
                    }
                }
            }
        }
    }

    public void symmetricGridIsCentredOnZero() {
        float[] w = {-1.0f, 0.0f, 0.5f, 1.0f};
        PackedWeights packed = WeightPacker.quantize(w, 1, 4, 2, 4, QuantScheme.SYMMETRIC);
        assertThat(packed.zeros()).containsExactly(2);
        assertThat(packed.scales()).containsExactly(1.0f);
        assertThat(packed.dequantize()).containsExactly(-1, 0, 1, 1);
    }

    public void asymmetricUsesTheWholeCodeRange() {
        float[] w = {-1.0f, 0.0f, 2.0f};
        PackedWeights packed = WeightPacker.quantize(w, 1, 3, 2, 3, QuantScheme.ASYMMETRIC);
        // range [-1, 2] over codes 0..3: step 1, zero point 1
        assertThat(packed.scales()).containsExactly(1.0f);
        assertThat(packed.zeros()).containsExactly(1.0f);
        assertThat(WeightPacker.unpack(packed.words(), 1, 3, 2)).containsExactly(0, 1, 3);
        assertThat(packed.dequantize()).containsExactly(-1, 0, 2);
    }

    public void perGroupScalesFollowTheirGroup() {
        float[] w = {1, 1, 100, 100};
        PackedWeights packed = WeightPacker.quantize(w, 1, 4, 8, 2, QuantScheme.SYMMETRIC);
        assertThat(packed.groupsPerRow()).isEqualTo(2);
        assertThat(packed.scale(0, 1)).isEqualTo(1.0f / 127);
        assertThat(packed.scale(0, 2)).isEqualTo(100.0f / 127);
    }
}
