package dev.webaccel.workload.cases;

import dev.webaccel.reference.MatMulReference;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/**
 * Seeded matmul cases (f32 and f16 storage) checked against {@link MatMulReference}. Square f32 cases with default
 * constants carry the workload name {@code matmul-N} and the variant {@code naive} or {@code tiled}.
 */
public final class MatMulCases {
    private MatMulCases() {
    }

    /**
     * f32: a dot product of K terms in any summation order, fma or not, is within (K + 2) u sum|a b| of the
     * exact value (docs/KERNELS.md); the error scale of each output is its sum |a_ik b_kj|.
     */
    public static Tolerance tolerance(int k) {
        return new Tolerance(1e-30, (k + 2) * CaseMath.U, "f32 dot product of K terms: (K+2)*2^-24 * sum|a*b| per output");
    }

    /** f16 storage: each input rounded with relative error <= 2^-11, products move by <= ~2^-10. */
    public static Tolerance f16Tolerance(int k) {
        return new Tolerance(1e-30, 0x1.0p-10 + (k + 2) * CaseMath.U,
                "f16 inputs, f32 sums: (2^-10 + (K+2)*2^-24) * sum|a*b| per output");
    }

    /** f32 storage, {@code matmul.wgsl}; entry matmul_naive or matmul_tiled. */
    public static KernelCase of(String entry, int m, int n, int k, long seed) {
        return of(new KernelSpec("matmul.wgsl", entry, Map.of()), m, n, k, seed);
    }

    /** f16 storage, {@code matmul_f16.wgsl} (needs shader-f16). */
    public static KernelCase f16(String entry, int m, int n, int k, long seed) {
        return of(new KernelSpec("matmul_f16.wgsl", entry, Map.of()), m, n, k, seed);
    }

    public static KernelCase of(KernelSpec kernel, int m, int n, int k, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] a = random.uniform(m * k, -1f, 1f);
        float[] b = random.uniform(k * n, -1f, 1f);
        boolean f16 = kernel.file().contains("f16");
        String constants = kernel.constants().isEmpty() ? "" : "-wg" + kernel.constants().get("WG_X") + "x"
                + kernel.constants().get("WG_Y") + "k" + kernel.constants().get("TILE_K");
        String id = "matmul-" + kernel.entry().replace("matmul_", "") + (f16 ? "-f16" : "") + constants + "-" + m + "x" + n + "x" + k;
        KernelCase c = new KernelCase(id, "matmul",
                Map.of("M", m, "N", n, "K", k),
                kernel,
                List.of(InputTensor.f32("a", a, m, k), InputTensor.f32("b", b, k, n)),
                List.of(m, n),
                MatMulReference.multiply(a, b, m, n, k),
                MatMulReference.absoluteProductSums(a, b, m, n, k),
                f16 ? f16Tolerance(k) : tolerance(k));
        boolean square = m == n && n == k && constants.isEmpty() && !f16;
        return square ? c.named("matmul-" + n, kernel.entry().replace("matmul_", "")) : c;
    }
}
