package dev.webaccel.workload.cases;

import dev.webaccel.reference.Conv1d;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/**
 * Whisper's stem: gelu(conv1d(x)), kernel 3, pad 1, stride 1 (conv1) or 2 (conv2), exact-erf GELU.
 * Whisper-tiny is cin 80 -> 384 (conv1) and 384 -> 384 (conv2) over 3000 frames; tests use smaller shapes.
 */
public final class Conv1dCases {
    private static final int KERNEL = 3;
    private static final int PAD = 1;

    private Conv1dCases() {
    }

    public static KernelCase stem(int cin, int length, int cout, int stride, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] x = random.uniform(cin * length, -1f, 1f);
        float[] w = random.uniform(cout * cin * KERNEL, -0.2f, 0.2f);
        float[] bias = random.uniform(cout, -0.1f, 0.1f);
        float[] y = Conv1d.apply(x, w, bias, cin, length, cout, KERNEL, stride, PAD, true);
        float[] absSums = Conv1d.apply(CaseMath.abs(x), CaseMath.abs(w), CaseMath.abs(bias), cin, length, cout, KERNEL,
                stride, PAD, false);
        float[] scale = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            scale[i] = (float) ((cin * KERNEL + 2) * CaseMath.U * absSums[i] + 1e-6 * Math.max(1, Math.abs(y[i])));
        }
        int outLength = Conv1d.outLength(length, KERNEL, stride, PAD);
        return new KernelCase("conv1d-s" + stride + "-" + cin + "x" + length + "-to-" + cout, "conv1d",
                Map.of("cin", cin, "length", length, "cout", cout, "kernel", KERNEL, "stride", stride, "pad", PAD,
                        "gelu", true),
                new KernelSpec("conv1d.wgsl", "conv1d", Map.of("KSIZE", KERNEL)),
                List.of(InputTensor.f32("x", x, cin, length), InputTensor.f32("w", w, cout, cin, KERNEL),
                        InputTensor.f32("bias", bias, cout)),
                List.of(cout, outLength), y, scale,
                new Tolerance(0, 1, "dot product of cin*3 terms plus erf approximation: "
                        + "(cin*3+2)*2^-24*sum|w*x| + 1e-6*max(1,|y|)"));
    }
}
