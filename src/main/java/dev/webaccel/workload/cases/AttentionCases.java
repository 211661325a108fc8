package dev.webaccel.workload.cases;

import dev.webaccel.reference.Attention;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Scaled dot-product attention, optionally with an additive mask (-1e9 on masked keys, one key per row always kept). */
public final class AttentionCases {
    /** WGSL does not promise IEEE infinities: masks use a large finite negative value. */
    public static final float MASKED = -1e9f;

    private AttentionCases() {
    }

    public static KernelCase of(int batch, int lq, int lk, int d, int dv, boolean masked, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] q = random.uniform(batch * lq * d, -1f, 1f);
        float[] k = random.uniform(batch * lk * d, -1f, 1f);
        float[] v = random.uniform(batch * lk * dv, -1f, 1f);
        float[] mask = null;
        if (masked) {
            mask = new float[lq * lk];
            for (int i = 0; i < lq; i++) {
                for (int j = 0; j < lk; j++) {
                    boolean keep = j == i % lk || random.nextDouble() < 0.7;
                    mask[i * lk + j] = keep ? 0f : MASKED;
                }
            }
        }
        double scale = 1.0 / Math.sqrt(d);
        float[] y = Attention.attend(q, k, v, mask, batch, lq, lk, d, dv, scale);
        List<InputTensor> inputs = new ArrayList<>(List.of(InputTensor.f32("q", q, batch, lq, d),
                InputTensor.f32("k", k, batch, lk, d), InputTensor.f32("v", v, batch, lk, dv)));
        if (mask != null) {
            inputs.add(InputTensor.f32("mask", mask, lq, lk));
        }
        return new KernelCase("attention" + (masked ? "-masked" : "") + "-b" + batch + "-q" + lq + "-k" + lk + "-d" + d,
                "attention", Map.of("batch", batch, "lq", lq, "lk", lk, "d", d, "dv", dv),
                new KernelSpec("attention.wgsl", "attention", Map.of()), inputs, List.of(batch, lq, dv), y,
                CaseMath.atLeastOne(y),
                new Tolerance(0, 1e-4, "convex combination of V rows, error ~ (d*|s|max + lk)*2^-24*max|V|: 1e-4*max(1,|y|)"));
    }
}
