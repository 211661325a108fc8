package dev.webaccel.workload.cases;

import dev.webaccel.reference.MatMulReference;
import dev.webaccel.reference.PackedWeights;
import dev.webaccel.reference.QuantScheme;
import dev.webaccel.reference.QuantizedMatMulReference;
import dev.webaccel.reference.WeightPacker;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/**
 * y = x · dequant(W)ᵀ with W packed at 8/4/3/2 bits (docs/KERNELS.md, qmatmul), checked against
 * {@link QuantizedMatMulReference} on the same dequantized weights.
 */
public final class QMatMulCases {
    /** groupSize value meaning "one group per output channel" (groupSize = K). */
    public static final int PER_CHANNEL = 0;

    private QMatMulCases() {
    }

    public static Tolerance tolerance(int k) {
        return new Tolerance(1e-30, (k + 2) * CaseMath.U,
                "f32 dot product of K terms with the same dequantized weights: (K+2)*2^-24 * sum|x*w| per output");
    }

    /** x is M x K in [-1, 1), W is N x K in [-1, 1) before quantization. */
    public static KernelCase of(int bits, int groupSize, QuantScheme scheme, int m, int n, int k, long seed) {
        return of(new KernelSpec("qmatmul.wgsl", "qmatmul", Map.of("BITS", bits)), "", bits, groupSize, scheme, m, n, k, seed);
    }

    /**
     * The guide's mixed precision per layer type: bits from {@link MixedPrecision#GUIDE} (attention 8, feed-forward
     * 2, default 4) through {@link ShaderCatalogue} with adaptive_precision, per-channel, asymmetric (the guide's
     * {@code config={"per_channel": True, "symmetric": False}}).
     */
    public static KernelCase mixedPrecision(String layerType, String browser, int m, int n, int k, long seed) {
        Map<String, Object> config = Map.of("adaptive_precision", true, "per_channel", true, "symmetric", false);
        KernelSpec kernel = ShaderCatalogue.select("matmul", 4, layerType, browser, config);
        int bits = ShaderCatalogue.effectiveBits(4, layerType, config);
        return of(kernel, "-" + MixedPrecision.normalize(layerType), bits, PER_CHANNEL, QuantScheme.ASYMMETRIC, m, n, k, seed);
    }

    private static KernelCase of(KernelSpec kernel, String label, int bits, int groupSize, QuantScheme scheme,
                                 int m, int n, int k, long seed) {
        int group = groupSize == PER_CHANNEL ? k : groupSize;
        SeededRandom random = new SeededRandom(seed);
        float[] x = random.uniform(m * k, -1f, 1f);
        float[] w = random.uniform(n * k, -1f, 1f);
        PackedWeights packed = WeightPacker.quantize(w, n, k, bits, group, scheme);
        float[] wDeqT = new float[k * n];
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < k; col++) {
                wDeqT[col * n + row] = packed.dequantized(row, col);
            }
        }
        String id = "qmatmul" + label + "-b" + bits + "-" + (groupSize == PER_CHANNEL ? "ch" : "g" + groupSize) + "-"
                + (scheme == QuantScheme.SYMMETRIC ? "sym" : "asym") + "-" + m + "x" + n + "x" + k;
        return new KernelCase(id, "qmatmul",
                Map.of("M", m, "N", n, "K", k, "bits", bits, "groupSize", group),
                kernel,
                List.of(InputTensor.f32("x", x, m, k),
                        InputTensor.u32("words", packed.words(), n, packed.wordsPerRow()),
                        InputTensor.f32("scales", packed.scales(), n, packed.groupsPerRow()),
                        InputTensor.f32("zeros", packed.zeros(), n, packed.groupsPerRow())),
                List.of(m, n),
                QuantizedMatMulReference.multiply(x, m, packed),
                MatMulReference.absoluteProductSums(x, wDeqT, m, n, k),
                tolerance(k));
    }
}
