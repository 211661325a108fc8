package dev.webaccel.workload.cases;

import dev.webaccel.reference.Conv1d;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * 1-D convolutions against {@link Conv1d}: Whisper's stem (gelu(conv1d(x)), kernel 3, pad 1, stride 1 or 2;
 * whisper-tiny is cin 80 -> 384 and 384 -> 384 over 3000 frames) and wav2vec2's feature encoder (kernels 10, 3, 2,
 * strides 5 and 2, no pad, no bias) and positional conv (kernel 128, pad 64, groups 16, the last frame trimmed).
 */
public final class Conv1dCases {
    private Conv1dCases() {
    }

    public static KernelCase stem(int cin, int length, int cout, int stride, long seed) {
        KernelCase c = of(new Conv1d.Shape(cin, length, cout, 3, stride, 1, 1, 0), true, true, seed);
        return c.withId("conv1d-s" + stride + "-" + cin + "x" + length + "-to-" + cout);
    }

    /**
     * A convolution of the given shape with seeded inputs in [-1, 1] and weights in [-0.2, 0.2]; {@code bias} false
     * leaves the bias tensor out (conv_bias false). Id like {@code conv1d-k128-s1-p64-g16-t1-64x49-to-64-gelu}.
     */
    public static KernelCase of(Conv1d.Shape s, boolean bias, boolean gelu, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] x = random.uniform(s.cin() * s.length(), -1f, 1f);
        float[] w = random.uniform(s.weightLength(), -0.2f, 0.2f);
        float[] b = bias ? random.uniform(s.cout(), -0.1f, 0.1f) : null;
        float[] y = Conv1d.apply(s, x, w, b, gelu);
        float[] absSums = Conv1d.apply(s, CaseMath.abs(x), CaseMath.abs(w), b == null ? null : CaseMath.abs(b), false);
        int depth = s.cin() / s.groups() * s.kernel();
        float[] scale = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            scale[i] = (float) ((depth + 2) * CaseMath.U * absSums[i] + 1e-6 * Math.max(1, Math.abs(y[i])));
        }
        List<InputTensor> inputs = new ArrayList<>(List.of(InputTensor.f32("x", x, s.cin(), s.length()),
                InputTensor.f32("w", w, s.cout(), s.cin() / s.groups(), s.kernel())));
        if (b != null) {
            inputs.add(InputTensor.f32("bias", b, s.cout()));
        }
        String id = "conv1d-k" + s.kernel() + "-s" + s.stride() + "-p" + s.pad() + "-g" + s.groups()
                + (s.trim() == 0 ? "" : "-t" + s.trim()) + "-" + s.cin() + "x" + s.length() + "-to-" + s.cout()
                + (bias ? "" : "-nobias") + (gelu ? "-gelu" : "");
        return new KernelCase(id, "conv1d",
                Map.of("cin", s.cin(), "length", s.length(), "cout", s.cout(), "kernel", s.kernel(), "stride", s.stride(),
                        "pad", s.pad(), "groups", s.groups(), "gelu", gelu, "trim", s.trim()),
                new KernelSpec("conv1d.wgsl", "conv1d", Map.of()), inputs, List.of(s.cout(), s.outLength()), y, scale,
                new Tolerance(0, 1, "dot product of (cin/groups)*kernel terms plus erf approximation: "
                        + "((cin/groups)*kernel+2)*2^-24*sum|w*x| + 1e-6*max(1,|y|)"));
    }
}
