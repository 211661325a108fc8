package dev.webaccel.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.webaccel.workload.SeededRandom;
import org.testng.annotations.Test;

@Test(groups = "unit")
public class QuantizedMatMulReferenceTest {

    public void exactlyRepresentableWeightsGiveTheHandResult() {
        // max|w| = 127 gives scale 1 at 8 bits, so every weight is exact.
        float[] w = {127, -127, 0, 64, 1, 1, 1, 1};
        PackedWeights packed = WeightPacker.quantize(w, 2, 4, 8, 4, QuantScheme.SYMMETRIC);
        float[] y = QuantizedMatMulReference.multiply(new float[] {1, 2, 3, 4}, 1, packed);
        assertThat(y).containsExactly(129, 10);
    }

    public void equalsPlainMatMulWithTheDequantizedTranspose() {
        SeededRandom random = new SeededRandom(7);
        int m = 3;
        int n = 5;
        int k = 33;
        float[] x = random.uniform(m * k, -1, 1);
        PackedWeights packed = WeightPacker.quantize(random.uniform(n * k, -1, 1), n, k, 3, 16, QuantScheme.ASYMMETRIC);
        float[] deq = packed.dequantize();
        float[] transposed = new float[k * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < k; c++) {
                transposed[c * n + r] = deq[r * k + c];
            }
        }
        float[] expected = MatMulReference.multiply(x, transposed, m, n, k);
        float[] actual = QuantizedMatMulReference.multiply(x, m, packed);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual[i]).isCloseTo(expected[i], within(1e-6f));
        }
    }
}
