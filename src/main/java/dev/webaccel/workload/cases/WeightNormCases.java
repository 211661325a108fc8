package dev.webaccel.workload.cases;

import dev.webaccel.reference.WeightNorm;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/**
 * PyTorch weight_norm against {@link WeightNorm}: v seen as outer x size x inner around dim, g holds size values
 * (wav2vec2's positional conv: v [768, 48, 128], dim 2 -> outer 36864, size 128, inner 1).
 */
public final class WeightNormCases {
    private WeightNormCases() {
    }

    public static KernelCase of(int outer, int size, int inner, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] g = random.uniform(size, 0.5f, 2f);
        float[] v = random.uniform(outer * size * inner, -1f, 1f);
        float[] w = WeightNorm.apply(g, v, new int[] {outer, size, inner}, 1);
        return new KernelCase("weightnorm-" + outer + "x" + size + "x" + inner, "weightnorm",
                Map.of("outer", outer, "size", size, "inner", inner),
                new KernelSpec("weightnorm.wgsl", "weightnorm", Map.of()),
                List.of(InputTensor.f32("g", g, size), InputTensor.f32("v", v, outer, size, inner)),
                List.of(outer, size * inner), w, CaseMath.atLeastOne(w),
                new Tolerance(0, 2e-5, "a sum of outer*inner squares in f32 (per invocation count/256 terms, then a "
                        + "256-way tree), inverseSqrt within 2 ulp, two products: 2e-5*max(1,|w|)"));
    }
}
