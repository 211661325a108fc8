package dev.webaccel.workload.cases;

import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/** The roofline probes of {@code wgsl/probe.wgsl}: an FMA chain (peak flops) and a copy (bandwidth). */
public final class RooflineProbeCases {
    /** Chains per invocation and lanes per chain in probe.wgsl: flops per invocation = CHAINS * LANES * 2 * chain. */
    public static final int CHAINS = 8;
    public static final int LANES = 4;
    private static final float M = 0.9990234375f; // 1 - 2^-10: contracts, so values and errors stay bounded
    private static final float C = 0.0009765625f; // 2^-10: fixed point 1

    private RooflineProbeCases() {
    }

    /** {@code invocations} threads, each {@code chain} steps of 8 vec4 FMA chains. */
    public static KernelCase fma(int invocations, int chain, long seed) {
        float[] src = new SeededRandom(seed).uniform(4 * invocations, -1f, 1f);
        float[] expected = new float[src.length];
        float[] offsets = {0, 1, 2, 3, -1, -2, -3};
        for (int i = 0; i < src.length; i++) {
            double sum = 0;
            for (int c = 0; c < CHAINS; c++) {
                double x = c < 7 ? src[i] + offsets[c] : -src[i];
                for (int t = 0; t < chain; t++) {
                    x = x * M + C;
                }
                sum += x;
            }
            expected[i] = (float) sum;
        }
        return new KernelCase("probe-fma-" + invocations + "x" + chain, "probe",
                Map.of("n", invocations, "chain", chain, "m", M, "c", C),
                new KernelSpec("probe.wgsl", "fma_chain", Map.of()),
                List.of(InputTensor.f32("src", src, 4 * invocations)), List.of(4 * invocations), expected,
                CaseMath.filled(expected.length, 1f),
                new Tolerance(4e-3, 0, "8 contracting f32 FMA chains (m = 1 - 2^-10, |x| <= 4): rounding error per "
                        + "chain <= 2^-24 * 4 / (1 - m) = 2^-12, 8 chains <= 2e-3"));
    }

    /** Copies {@code vec4s} vec4 values (16 bytes each). */
    public static KernelCase copy(int vec4s, long seed) {
        float[] src = new SeededRandom(seed).uniform(4 * vec4s, -1f, 1f);
        return new KernelCase("probe-copy-" + vec4s, "probe", Map.of("n", vec4s),
                new KernelSpec("probe.wgsl", "copy", Map.of()),
                List.of(InputTensor.f32("src", src, 4 * vec4s)), List.of(4 * vec4s), src.clone(),
                CaseMath.filled(src.length, 1f), new Tolerance(0, 0, "a copy is exact"));
    }

    public static double fmaFlops(KernelCase probe) {
        return (double) CHAINS * LANES * 2 * ((Number) probe.params().get("chain")).doubleValue()
                * ((Number) probe.params().get("n")).doubleValue();
    }

    public static double copyBytes(KernelCase probe) {
        return 32.0 * ((Number) probe.params().get("n")).doubleValue();
    }
}
