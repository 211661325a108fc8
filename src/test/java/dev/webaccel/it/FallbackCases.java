package dev.webaccel.it;

import dev.webaccel.reference.Attention;
import dev.webaccel.reference.Conv1d;
import dev.webaccel.reference.Conv2dPatch;
import dev.webaccel.reference.Elementwise;
import dev.webaccel.reference.LayerNorm;
import dev.webaccel.reference.LogMelSpectrogram;
import dev.webaccel.reference.MatMulReference;
import dev.webaccel.reference.MelFilterbank;
import dev.webaccel.reference.PackedWeights;
import dev.webaccel.reference.QuantScheme;
import dev.webaccel.reference.QuantizedMatMulReference;
import dev.webaccel.reference.Softmax;
import dev.webaccel.reference.WeightPacker;
import dev.webaccel.workload.AudioSignals;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.cases.MatMulCases;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One small case per op (every op the WGSL side has), with the spec.op, params and input names of
 * docs/KERNELS.md, so the same case runs on WebGPU, WebNN or WebAssembly and is checked against the same Java
 * reference with the tolerances documented there. Sizes are modest (this machine has 2 cores shared with others).
 * To be replaced by the shared builders in {@code dev.webaccel.workload.cases} once they are merged.
 */
final class FallbackCases {
    private static final double U = 0x1p-24;

    private FallbackCases() {
    }

    /** Every op once, in a fixed order. */
    static List<KernelCase> everyOp() {
        List<KernelCase> cases = new ArrayList<>();
        cases.add(MatMulCases.of("matmul_tiled", 37, 53, 129, 11));
        cases.add(qmatmul(3, 32, QuantScheme.ASYMMETRIC, 12));
        cases.add(qmatmul(4, 100, QuantScheme.SYMMETRIC, 13));
        cases.add(elementwise("gelu", 14));
        cases.add(elementwise("silu", 15));
        cases.add(elementwise("add", 16));
        cases.add(elementwise("mul", 17));
        cases.add(softmax(18));
        cases.add(layernorm(19));
        cases.add(attention(20));
        cases.add(conv1d(2, 21));
        cases.add(conv2dPatch(22));
        cases.add(logmel());
        return cases;
    }

    static KernelCase qmatmul(int bits, int groupSize, QuantScheme scheme, long seed) {
        int m = 5;
        int n = 24;
        int k = 100;
        SeededRandom random = new SeededRandom(seed);
        float[] x = random.uniform(m * k, -1f, 1f);
        float[] w = random.uniform(n * k, -1f, 1f);
        PackedWeights packed = WeightPacker.quantize(w, n, k, bits, groupSize, scheme);
        float[] deq = packed.dequantize();
        float[] absDeqT = new float[k * n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < k; c++) {
                absDeqT[c * n + r] = Math.abs(deq[r * k + c]);
            }
        }
        float[] scale = MatMulReference.multiply(abs(x), absDeqT, m, n, k);
        return new KernelCase("qmatmul-" + bits + "bit-g" + groupSize + "-" + scheme.name().toLowerCase(), "qmatmul",
                Map.of("M", m, "N", n, "K", k, "bits", bits, "groupSize", groupSize),
                new KernelSpec("qmatmul.wgsl", "qmatmul", Map.of("BITS", bits)),
                List.of(InputTensor.f32("x", x, m, k), InputTensor.u32("words", packed.words(), n, packed.wordsPerRow()),
                        InputTensor.f32("scales", packed.scales(), n, packed.groupsPerRow()),
                        InputTensor.f32("zeros", packed.zeros(), n, packed.groupsPerRow())),
                List.of(m, n), QuantizedMatMulReference.multiply(x, m, packed), scale,
                new Tolerance(1e-7, (k + 2) * U, "(K+2)u sum|x||w_deq| (KERNELS.md qmatmul)"));
    }

    static KernelCase elementwise(String entry, long seed) {
        int n = 5000;
        SeededRandom random = new SeededRandom(seed);
        float[] a = random.uniform(n, -8f, 8f);
        float[] b = random.uniform(n, -8f, 8f);
        boolean binary = entry.equals("add") || entry.equals("mul");
        float[] expected = switch (entry) {
            case "add" -> Elementwise.add(a, b);
            case "mul" -> Elementwise.mul(a, b);
            case "gelu" -> Elementwise.geluTanh(a);
            case "silu" -> Elementwise.silu(a);
            default -> throw new IllegalArgumentException(entry);
        };
        float[] scale = new float[n];
        for (int i = 0; i < n; i++) {
            scale[i] = binary ? Math.abs(expected[i]) : Math.max(1f, Math.abs(expected[i]));
        }
        List<InputTensor> inputs = binary ? List.of(InputTensor.f32("a", a, n), InputTensor.f32("b", b, n))
                : List.of(InputTensor.f32("a", a, n));
        Tolerance tolerance = binary ? new Tolerance(1e-30, 2 * U, "one rounding: 2u|y| (KERNELS.md elementwise)")
                : new Tolerance(0, 1e-5, "1e-5 max(1,|y|) (KERNELS.md elementwise)");
        return new KernelCase("elementwise-" + entry + "-" + n, "elementwise", Map.of(),
                new KernelSpec("elementwise.wgsl", entry, Map.of()), inputs, List.of(n), expected, scale, tolerance);
    }

    static KernelCase softmax(long seed) {
        int rows = 16;
        int cols = 300;
        float[] x = new SeededRandom(seed).uniform(rows * cols, -10f, 10f);
        float[] y = Softmax.rows(x, rows, cols);
        return new KernelCase("softmax-" + rows + "x" + cols, "softmax", Map.of("rows", rows, "cols", cols),
                new KernelSpec("softmax.wgsl", "softmax", Map.of()), List.of(InputTensor.f32("x", x, rows, cols)),
                List.of(rows, cols), y, abs(y), new Tolerance(1e-9, 1e-5, "1e-5|y| + 1e-9, row range <= 20 (KERNELS.md softmax)"));
    }

    static KernelCase layernorm(long seed) {
        int rows = 12;
        int cols = 384;
        SeededRandom random = new SeededRandom(seed);
        float[] x = random.uniform(rows * cols, 99f, 101f);
        float[] gamma = random.uniform(cols, 0.5f, 1.5f);
        float[] beta = random.uniform(cols, -0.5f, 0.5f);
        float[] y = LayerNorm.normalize(x, rows, cols, gamma, beta, 1e-5);
        return new KernelCase("layernorm-" + rows + "x" + cols + "-mean100", "layernorm",
                Map.of("rows", rows, "cols", cols, "eps", 1e-5), new KernelSpec("layernorm.wgsl", "layernorm", Map.of()),
                List.of(InputTensor.f32("x", x, rows, cols), InputTensor.f32("gamma", gamma, cols),
                        InputTensor.f32("beta", beta, cols)),
                List.of(rows, cols), y, atLeastOne(y), new Tolerance(0, 1e-4, "1e-4 max(1,|y|) (KERNELS.md layernorm)"));
    }

    static KernelCase attention(long seed) {
        int batch = 2;
        int lq = 5;
        int lk = 300;
        int d = 64;
        int dv = 64;
        SeededRandom random = new SeededRandom(seed);
        float[] q = random.uniform(batch * lq * d, -1f, 1f);
        float[] k = random.uniform(batch * lk * d, -1f, 1f);
        float[] v = random.uniform(batch * lk * dv, -1f, 1f);
        float[] mask = new float[lq * lk];
        for (int i = 0; i < lq; i++) {
            for (int j = 0; j < lk; j++) {
                mask[i * lk + j] = j > lk - 1 - i * 10 ? -1e9f : 0f;  // a few masked keys per row
            }
        }
        double scale = 1 / Math.sqrt(d);
        float[] y = Attention.attend(q, k, v, mask, batch, lq, lk, d, dv, scale);
        return new KernelCase("attention-b" + batch + "-" + lq + "x" + lk + "-d" + d + "-mask", "attention",
                Map.of("batch", batch, "lq", lq, "lk", lk, "d", d, "dv", dv, "scale", scale),
                new KernelSpec("attention.wgsl", "attention", Map.of()),
                List.of(InputTensor.f32("q", q, batch, lq, d), InputTensor.f32("k", k, batch, lk, d),
                        InputTensor.f32("v", v, batch, lk, dv), InputTensor.f32("mask", mask, lq, lk)),
                List.of(batch, lq, dv), y, atLeastOne(y), new Tolerance(0, 1e-4, "1e-4 max(1,|y|) (KERNELS.md attention)"));
    }

    static KernelCase conv1d(int stride, long seed) {
        int cin = 80;
        int length = 300;
        int cout = 64;
        SeededRandom random = new SeededRandom(seed);
        float[] x = random.uniform(cin * length, -1f, 1f);
        float[] w = random.uniform(cout * cin * 3, -0.1f, 0.1f);
        float[] bias = random.uniform(cout, -0.1f, 0.1f);
        float[] y = Conv1d.apply(x, w, bias, cin, length, cout, 3, stride, 1, true);
        float[] sums = Conv1d.apply(abs(x), abs(w), abs(bias), cin, length, cout, 3, stride, 1, false);
        float[] scale = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            scale[i] = (float) ((cin * 3 + 2) * U * sums[i] + 1e-6 * Math.max(1, Math.abs(y[i])));
        }
        int outLength = Conv1d.outLength(length, 3, stride, 1);
        return new KernelCase("conv1d-" + cin + "to" + cout + "-l" + length + "-s" + stride + "-gelu", "conv1d",
                Map.of("cin", cin, "length", length, "cout", cout, "kernel", 3, "stride", stride, "pad", 1, "gelu", true),
                new KernelSpec("conv1d.wgsl", "conv1d", Map.of()),
                List.of(InputTensor.f32("x", x, cin, length), InputTensor.f32("w", w, cout, cin, 3),
                        InputTensor.f32("bias", bias, cout)),
                List.of(cout, outLength), y, scale,
                new Tolerance(0, 1, "(cin*3+2)u sum|w||x| + 1e-6 max(1,|y|) (KERNELS.md conv1d)"));
    }

    static KernelCase conv2dPatch(long seed) {
        int channels = 3;
        int size = 64;
        int patch = 16;
        int dim = 96;
        SeededRandom random = new SeededRandom(seed);
        float[] image = random.uniform(channels * size * size, -1f, 1f);
        float[] w = random.uniform(dim * channels * patch * patch, -0.05f, 0.05f);
        float[] bias = random.uniform(dim, -0.1f, 0.1f);
        float[] y = Conv2dPatch.embed(image, w, bias, channels, size, size, dim, patch);
        float[] sums = Conv2dPatch.embed(abs(image), abs(w), abs(bias), channels, size, size, dim, patch);
        int tokens = (size / patch) * (size / patch);
        return new KernelCase("conv2d_patch-" + channels + "x" + size + "x" + size + "-p" + patch + "-d" + dim, "conv2d_patch",
                Map.of("channels", channels, "height", size, "width", size, "dim", dim, "patch", patch),
                new KernelSpec("conv2d_patch.wgsl", "conv2d_patch", Map.of()),
                List.of(InputTensor.f32("image", image, channels, size, size),
                        InputTensor.f32("w", w, dim, channels, patch, patch), InputTensor.f32("bias", bias, dim)),
                List.of(tokens, dim), y, sums,
                new Tolerance(1e-7, (channels * patch * patch + 2) * U, "(C P^2 + 2)u sum|w||x| (KERNELS.md conv2d_patch)"));
    }

    static KernelCase logmel() {
        float[] audio = AudioSignals.chirp(200, 6000, 0.5, 0.5);
        float[] filters = MelFilterbank.slaneyFloat(16_000, 400, 80);
        float[] y = LogMelSpectrogram.compute(audio);
        int frames = LogMelSpectrogram.frames(audio.length);
        return new KernelCase("logmel-chirp-0.5s", "logmel", Map.of("samples", audio.length, "nMels", 80),
                new KernelSpec("logmel.wgsl", "logmel_fft", Map.of()),
                List.of(InputTensor.f32("audio", audio, audio.length), InputTensor.f32("filters", filters, 80, 201)),
                List.of(80, frames), y, new float[y.length],
                new Tolerance(1e-3, 0, "absolute 1e-3 in the (x+4)/4 domain (KERNELS.md logmel)"));
    }

    static float[] abs(float[] x) {
        float[] out = new float[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.abs(x[i]);
        }
        return out;
    }

    static float[] atLeastOne(float[] y) {
        float[] out = new float[y.length];
        for (int i = 0; i < y.length; i++) {
            out[i] = Math.max(1f, Math.abs(y[i]));
        }
        return out;
    }
}
