package dev.webaccel.workload.cases;

import dev.webaccel.reference.RmsNorm;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/** RMSNorm (LLaMA) and L2 normalisation (CLIP) of rows, against {@link RmsNorm}. */
public final class RmsNormCases {
    private RmsNormCases() {
    }

    /**
     * A sum of cols squares is within (cols+2) u of exact in any order; the square root halves that; the inverse
     * square root (2 ULP in WGSL) and up to two products add a few u more.
     */
    public static Tolerance tolerance(int cols) {
        return new Tolerance(1e-30, ((cols + 2) / 2.0 + 6) * CaseMath.U,
                "sum of cols squares ((cols+2) u, halved by the root) + rsqrt and two products: ((cols+2)/2+6)*2^-24*|y|");
    }

    /** y = x / sqrt(mean(x^2) + eps) * gamma, x uniform in [-3, 3), gamma in [0.5, 1.5). */
    public static KernelCase rmsnorm(int rows, int cols, double eps, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] x = random.uniform(rows * cols, -3f, 3f);
        float[] gamma = random.uniform(cols, 0.5f, 1.5f);
        float[] y = RmsNorm.normalize(x, rows, cols, gamma, eps);
        return new KernelCase("rmsnorm-" + rows + "x" + cols, "rmsnorm", Map.of("rows", rows, "cols", cols, "eps", eps),
                new KernelSpec("rmsnorm.wgsl", "rmsnorm", Map.of()),
                List.of(InputTensor.f32("x", x, rows, cols), InputTensor.f32("gamma", gamma, cols)), List.of(rows, cols), y,
                CaseMath.abs(y), tolerance(cols));
    }

    /** y = x / sqrt(sum(x^2) + eps), x uniform in [-3, 3). */
    public static KernelCase l2norm(int rows, int cols, double eps, long seed) {
        float[] x = new SeededRandom(seed).uniform(rows * cols, -3f, 3f);
        float[] y = RmsNorm.l2normalize(x, rows, cols, eps);
        return new KernelCase("l2norm-" + rows + "x" + cols, "rmsnorm", Map.of("rows", rows, "cols", cols, "eps", eps),
                new KernelSpec("rmsnorm.wgsl", "l2norm", Map.of()), List.of(InputTensor.f32("x", x, rows, cols)),
                List.of(rows, cols), y, CaseMath.abs(y), tolerance(cols));
    }
}
