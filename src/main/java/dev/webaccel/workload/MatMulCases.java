package dev.webaccel.workload;

import dev.webaccel.reference.MatMulReference;
import java.util.List;
import java.util.Map;

/** Seeded fp32 matmul cases checked against {@link MatMulReference}. */
public final class MatMulCases {
    /**
     * fp32 accumulation in a different order than the double reference: each product and partial sum is
     * rounded once, so the error of one output is bounded by about K * 2^-24 * sum |a_ik b_kj|; we allow
     * 4 * 2^-24 * K of that scale plus a tiny absolute term for outputs near zero.
     */
    public static Tolerance tolerance(int k) {
        return new Tolerance(1e-6, 4.0 * k / (1 << 24), "fp32 accumulation order: 4*K*2^-24 of sum|a*b| per output");
    }

    private MatMulCases() {
    }

    public static KernelCase of(String entry, int m, int n, int k, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] a = random.uniform(m * k, -1f, 1f);
        float[] b = random.uniform(k * n, -1f, 1f);
        return new KernelCase("matmul-" + entry.replace("matmul_", "") + "-" + m + "x" + n + "x" + k, "matmul",
                Map.of("M", m, "N", n, "K", k),
                new KernelSpec("matmul.wgsl", entry, Map.of()),
                List.of(InputTensor.f32("a", a, m, k), InputTensor.f32("b", b, k, n)),
                List.of(m, n),
                MatMulReference.multiply(a, b, m, n, k),
                MatMulReference.absoluteProductSums(a, b, m, n, k),
                tolerance(k));
    }
}
