package dev.webaccel.workload.cases;

import dev.webaccel.protocol.Op;
import dev.webaccel.reference.Elementwise;
import dev.webaccel.reference.LayerNorm;
import dev.webaccel.reference.MatMulReference;
import dev.webaccel.workload.GraphNode;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.SeededRandom;
import dev.webaccel.workload.Tolerance;
import java.util.List;
import java.util.Map;

/**
 * A transformer MLP block as one graph case: matmul -> bias add (broadcast along rows) -> tanh-GELU -> layer norm
 * -> matmul, over x[rows, k], w1[k, h], b1[h], gamma[h], beta[h], w2[h, n]. The page keeps every weight and
 * intermediate on the device and reads back only the output; Java composes the kernel references.
 */
public final class ChainCases {
    private ChainCases() {
    }

    public static KernelCase mlp(int rows, int k, int h, int n, long seed) {
        SeededRandom random = new SeededRandom(seed);
        float[] x = random.uniform(rows * k, -1f, 1f);
        float[] w1 = scaled(random.uniform(k * h, -1f, 1f), (float) (1 / Math.sqrt(k)));
        float[] b1 = random.uniform(h, -0.5f, 0.5f);
        float[] gamma = random.uniform(h, 0.5f, 1.5f);
        float[] beta = random.uniform(h, -0.5f, 0.5f);
        float[] w2 = scaled(random.uniform(h * n, -1f, 1f), (float) (1 / Math.sqrt(h)));
        double eps = 1e-5;

        float[] t1 = MatMulReference.multiply(x, w1, rows, h, k);
        float[] t2 = Elementwise.add(t1, tiled(b1, rows));
        float[] t3 = Elementwise.geluTanh(t2);
        float[] t4 = LayerNorm.normalize(t3, rows, h, gamma, beta, eps);
        float[] out = MatMulReference.multiply(t4, w2, rows, n, h);

        List<GraphNode> nodes = List.of(
                node(Op.MATMUL, Map.of("M", rows, "N", h, "K", k), "matmul.wgsl", "matmul_tiled",
                        Map.of("a", "x", "b", "w1"), "t1", rows, h),
                node(Op.ELEMENTWISE, Map.of(), "elementwise.wgsl", "add", Map.of("a", "t1", "b", "b1"), "t2", rows, h),
                node(Op.ELEMENTWISE, Map.of(), "elementwise.wgsl", "gelu", Map.of("a", "t2"), "t3", rows, h),
                node(Op.LAYERNORM, Map.of("rows", rows, "cols", h, "eps", eps), "layernorm.wgsl", "layernorm",
                        Map.of("x", "t3", "gamma", "gamma", "beta", "beta"), "t4", rows, h),
                node(Op.MATMUL, Map.of("M", rows, "N", n, "K", h), "matmul.wgsl", "matmul_tiled",
                        Map.of("a", "t4", "b", "w2"), KernelCase.OUTPUT, rows, n));
        List<InputTensor> inputs = List.of(InputTensor.f32("x", x, rows, k), InputTensor.f32("w1", w1, k, h),
                InputTensor.f32("b1", b1, h), InputTensor.f32("gamma", gamma, h), InputTensor.f32("beta", beta, h),
                InputTensor.f32("w2", w2, h, n));
        return KernelCase.graph("chain-mlp-" + rows + "x" + k + "x" + h + "x" + n, nodes, inputs, out,
                errorScale(t4, w2, rows, h, n),
                new Tolerance(0, 5e-4, "GELU's 1e-5*max(1,|y|) amplified by 1/std of each layer-norm row (<= 5 here) "
                        + "plus both matmuls' (K+2)*2^-24, through the last matmul: 5e-4 * sum_j (1+|t4_j|)*|w2_jn|"));
    }

    private static GraphNode node(Op op, Map<String, Object> params, String file, String entry, Map<String, String> inputs,
                                  String output, int rows, int cols) {
        return new GraphNode(op, params, new KernelSpec(file, entry, Map.of()), inputs, output, List.of(rows, cols));
    }

    /** sum_j (1 + |t4_ij|) |w2_jn| per output: the last matmul's sensitivity to an error in each t4 element. */
    private static float[] errorScale(float[] t4, float[] w2, int rows, int h, int n) {
        float[] scale = new float[rows * n];
        for (int i = 0; i < rows; i++) {
            for (int o = 0; o < n; o++) {
                double s = 0;
                for (int j = 0; j < h; j++) {
                    s += (1 + Math.abs(t4[i * h + j])) * Math.abs(w2[j * n + o]);
                }
                scale[i * n + o] = (float) s;
            }
        }
        return scale;
    }

    private static float[] scaled(float[] v, float factor) {
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
        return v;
    }

    private static float[] tiled(float[] row, int times) {
        float[] out = new float[row.length * times];
        for (int i = 0; i < times; i++) {
            System.arraycopy(row, 0, out, i * row.length, row.length);
        }
        return out;
    }
}
