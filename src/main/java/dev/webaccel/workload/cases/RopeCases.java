package dev.webaccel.workload.cases;

import dev.webaccel.reference.Rope;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/**
 * Rotary position embedding as Hugging Face LLaMA applies it (op {@code rope}): x is (batch*seq) x (heads*headDim),
 * row r at position r % seq.
 */
public final class RopeCases {
    private RopeCases() {
    }

    public static KernelCase of(int batch, int seq, int heads, int headDim, double theta, long seed) {
        float[] x = new SeededRandom(seed).uniform(batch * seq * heads * headDim, -1f, 1f);
        float[] y = Rope.apply(x, batch, seq, heads, headDim, theta);
        return new KernelCase("rope-b" + batch + "-s" + seq + "-h" + heads + "-d" + headDim + "-theta" + Math.round(theta),
                "rope", Map.of("batch", batch, "seq", seq, "heads", heads, "headDim", headDim, "theta", theta),
                new KernelSpec("rope.wgsl", "rope", Map.of()), List.of(InputTensor.f32("x", x, batch * seq, heads * headDim)),
                List.of(batch * seq, heads * headDim), y, errorScale(x, batch, seq, heads, headDim, theta),
                new Tolerance(0, CaseMath.U, "the page rounds inv_freq and the angle p*inv_freq to f32 as HF does, the"
                        + " reference keeps them in double: |d angle| <= (3 + ln theta) u angle, so u*(|x1|+|x2|)*(8 +"
                        + " (3 + ln theta)*angle)"));
    }

    /** Per element of a rotated pair (x1, x2) at angle a: (|x1| + |x2|) * (8 + (3 + ln theta) * a). */
    private static float[] errorScale(float[] x, int batch, int seq, int heads, int headDim, double theta) {
        float[] scale = new float[x.length];
        int half = headDim / 2;
        int width = heads * headDim;
        double angleTerm = 3 + Math.log(theta);
        for (int r = 0; r < batch * seq; r++) {
            for (int h = 0; h < heads; h++) {
                int base = r * width + h * headDim;
                for (int i = 0; i < half; i++) {
                    double angle = (r % seq) * Math.pow(theta, -2.0 * i / headDim);
                    float s = (float) ((Math.abs(x[base + i]) + Math.abs(x[base + i + half])) * (8 + angleTerm * angle));
                    scale[base + i] = s;
                    scale[base + i + half] = s;
                }
            }
        }
        return scale;
    }
}
