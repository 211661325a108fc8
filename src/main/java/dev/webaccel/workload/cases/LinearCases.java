package dev.webaccel.workload.cases;

import dev.webaccel.reference.Linear;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * PyTorch nn.Linear (y = x wᵀ + bias, w in the [out, in] layout of safetensors) against {@link Linear}. Weights are
 * scaled by 1/sqrt(in) as nn.Linear initialises them, so outputs stay O(1) at every width.
 */
public final class LinearCases {
    private LinearCases() {
    }

    /** f32 dot product of in terms plus one rounding for the bias, in any summation order, fma or not. */
    public static Tolerance tolerance(int in) {
        return new Tolerance(1e-30, (in + 3) * CaseMath.U,
                "f32 dot product of in terms + bias: (in+3)*2^-24 * (sum|x*w| + |bias|) per output");
    }

    public static KernelCase of(int rows, int in, int out, boolean withBias, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] x = random.uniform(rows * in, -1f, 1f);
        float bound = (float) (1.0 / Math.sqrt(in));
        float[] w = random.uniform(out * in, -bound, bound);
        float[] bias = withBias ? random.uniform(out, -bound, bound) : null;
        List<InputTensor> inputs = new ArrayList<>(List.of(InputTensor.f32("x", x, rows, in), InputTensor.f32("w", w, out, in)));
        if (bias != null) {
            inputs.add(InputTensor.f32("bias", bias, out));
        }
        return new KernelCase("linear-" + rows + "x" + in + "-to-" + out + (withBias ? "-bias" : ""), "linear",
                Map.of("rows", rows, "in", in, "out", out), new KernelSpec("linear.wgsl", "linear", Map.of()), inputs,
                List.of(rows, out), Linear.apply(x, rows, in, w, bias, out), errorScale(x, rows, in, w, bias, out),
                tolerance(in));
    }

    /** sum_k |x_rk w_ok| + |bias_o| per output: the scale of the rounding error of y_ro. */
    static float[] errorScale(float[] x, int rows, int in, float[] w, float[] bias, int out) {
        float[] scale = new float[rows * out];
        for (int r = 0; r < rows; r++) {
            for (int o = 0; o < out; o++) {
                double s = bias == null ? 0 : Math.abs(bias[o]);
                for (int k = 0; k < in; k++) {
                    s += Math.abs((double) x[r * in + k] * w[o * in + k]);
                }
                scale[r * out + o] = (float) s;
            }
        }
        return scale;
    }
}
