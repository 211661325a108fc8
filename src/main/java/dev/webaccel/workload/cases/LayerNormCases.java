package dev.webaccel.workload.cases;

import dev.webaccel.reference.LayerNorm;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/** LayerNorm over rows; rows get a common offset {@code mean} so cancellation is exercised (|mean|/std <= ~200). */
public final class LayerNormCases {
    private LayerNormCases() {
    }

    public static KernelCase of(int rows, int cols, float mean, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] x = random.uniform(rows * cols, mean - 1f, mean + 1f);
        float[] gamma = random.uniform(cols, 0.5f, 1.5f);
        float[] beta = random.uniform(cols, -0.5f, 0.5f);
        double eps = 1e-5;
        float[] y = LayerNorm.normalize(x, rows, cols, gamma, beta, eps);
        return new KernelCase("layernorm-" + rows + "x" + cols + "-mean" + Math.round(mean), "layernorm",
                Map.of("rows", rows, "cols", cols, "eps", eps),
                new KernelSpec("layernorm.wgsl", "layernorm", Map.of()),
                List.of(InputTensor.f32("x", x, rows, cols), InputTensor.f32("gamma", gamma, cols),
                        InputTensor.f32("beta", beta, cols)),
                List.of(rows, cols), y, CaseMath.atLeastOne(y),
                new Tolerance(0, 1e-4, "x - mean loses log2(|mean|/std) bits, |mean|/std <= 200: 1e-4*max(1,|y|)"));
    }
}
