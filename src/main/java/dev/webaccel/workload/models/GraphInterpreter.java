package dev.webaccel.workload.models;

import dev.webaccel.reference.Conv1d;
import dev.webaccel.reference.Conv2dPatch;
import dev.webaccel.reference.Elementwise;
import dev.webaccel.reference.Gather;
import dev.webaccel.reference.GroupNorm;
import dev.webaccel.reference.LayerNorm;
import dev.webaccel.reference.LogMelSpectrogram;
import dev.webaccel.reference.Linear;
import dev.webaccel.reference.MultiHeadAttention;
import dev.webaccel.reference.RmsNorm;
import dev.webaccel.reference.Rope;
import dev.webaccel.reference.Transpose;
import dev.webaccel.reference.WeightNorm;
import dev.webaccel.workload.GraphNode;
import dev.webaccel.workload.InputTensor;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;

/**
 * Runs a model's graph node by node on the Java op references (double accumulation), with the weights read in Java:
 * the same graph the page runs, so a mistake in building it shows against the golden outputs in a unit test,
 * apart from any WGSL or C code.
 */
public final class GraphInterpreter {
    private GraphInterpreter() {
    }

    /** The graph's last output, given every weight it reads by name. */
    public static float[] run(ModelGraph graph, Map<String, float[]> weights) {
        Map<String, float[]> t = new HashMap<>(weights);
        for (InputTensor input : graph.inputs()) {
            float[] values = new float[input.bytes().length / 4];
            ByteBuffer.wrap(input.bytes()).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
            t.put(input.name(), values);
        }
        float[] last = null;
        for (GraphNode node : graph.nodes()) {
            last = evaluate(node, t);
            t.put(node.output(), last);
        }
        return last;
    }

    private static float[] evaluate(GraphNode n, Map<String, float[]> t) {
        Map<String, Object> p = n.params();
        Map<String, String> in = n.inputs();
        return switch (n.op()) {
            case LINEAR -> Linear.apply(t.get(in.get("x")), i(p, "rows"), i(p, "in"), t.get(in.get("w")),
                    in.containsKey("bias") ? t.get(in.get("bias")) : null, i(p, "out"));
            case GATHER -> Gather.rows(t.get(in.get("table")), i(p, "dim"), ids(t.get(in.get("ids"))));
            case LAYERNORM -> LayerNorm.normalize(t.get(in.get("x")), i(p, "rows"), i(p, "cols"), t.get(in.get("gamma")),
                    t.get(in.get("beta")), d(p, "eps"));
            case RMSNORM -> n.kernel().entry().equals("l2norm")
                    ? RmsNorm.l2normalize(t.get(in.get("x")), i(p, "rows"), i(p, "cols"), d(p, "eps"))
                    : RmsNorm.normalize(t.get(in.get("x")), i(p, "rows"), i(p, "cols"), t.get(in.get("gamma")),
                    d(p, "eps"));
            case MHA -> MultiHeadAttention.attend(t.get(in.get("q")), t.get(in.get("k")), t.get(in.get("v")),
                    i(p, "batch"), i(p, "lq"), i(p, "lk"), i(p, "heads"), i(p, "kvHeads"), i(p, "headDim"),
                    (Boolean) p.get("causal"), in.containsKey("keyMask") ? t.get(in.get("keyMask")) : null,
                    1 / Math.sqrt(i(p, "headDim")));
            case ROPE -> Rope.apply(t.get(in.get("x")), i(p, "batch"), i(p, "seq"), i(p, "heads"), i(p, "headDim"),
                    d(p, "theta"));
            case CONV2D_PATCH -> Conv2dPatch.embed(t.get(in.get("image")), t.get(in.get("w")), t.get(in.get("bias")),
                    i(p, "channels"), i(p, "height"), i(p, "width"), i(p, "dim"), i(p, "patch"));
            case CONV1D -> Conv1d.apply(new Conv1d.Shape(i(p, "cin"), i(p, "length"), i(p, "cout"), i(p, "kernel", 3),
                    i(p, "stride", 1), i(p, "pad", 1), i(p, "groups", 1), i(p, "trim", 0)), t.get(in.get("x")),
                    t.get(in.get("w")), in.containsKey("bias") ? t.get(in.get("bias")) : null,
                    !Boolean.FALSE.equals(p.get("gelu")));
            case GROUPNORM -> GroupNorm.normalize(t.get(in.get("x")), i(p, "channels"), i(p, "length"), i(p, "groups"),
                    t.get(in.get("gamma")), t.get(in.get("beta")), d(p, "eps"));
            case TRANSPOSE -> Transpose.apply(t.get(in.get("x")), i(p, "rows"), i(p, "cols"));
            case WEIGHTNORM -> WeightNorm.apply(t.get(in.get("g")), t.get(in.get("v")),
                    new int[] {i(p, "outer"), i(p, "size"), i(p, "inner")}, 1);
            case LOGMEL -> logMel(t.get(in.get("audio")), i(p, "nMels"));
            case CONCAT -> concat(n, t);
            case MATMUL -> dev.webaccel.reference.MatMulReference.multiply(t.get(in.get("a")), t.get(in.get("b")),
                    i(p, "M"), i(p, "N"), i(p, "K"));
            case ELEMENTWISE -> elementwise(n.kernel().entry(), t.get(in.get("a")), t.get(in.get("b")));
            default -> throw new ModelException("the graph interpreter has no reference for op " + n.op());
        };
    }

    /** The reference builds its own 80 Slaney filters (the page reads them from the node's filters input). */
    private static float[] logMel(float[] audio, int nMels) {
        if (nMels != LogMelSpectrogram.N_MELS) {
            throw new ModelException("the graph interpreter's log-mel has " + LogMelSpectrogram.N_MELS + " mels, not " + nMels);
        }
        return LogMelSpectrogram.compute(audio);
    }

    private static float[] elementwise(String entry, float[] a, float[] b) {
        return switch (entry) {
            case "add" -> repeated(a, b, Double::sum);
            case "mul" -> repeated(a, b, (x, y) -> x * y);
            case "gelu" -> Elementwise.geluTanh(a);
            case "gelu_erf" -> Elementwise.geluErf(a);
            case "quick_gelu" -> Elementwise.quickGelu(a);
            case "silu" -> Elementwise.silu(a);
            case "tanh" -> Elementwise.tanh(a);
            case "exp" -> Elementwise.exp(a);
            default -> throw new ModelException("the graph interpreter has no reference for elementwise " + entry);
        };
    }

    /** b repeats along a, as the page's elementwise kernels read it. */
    private static float[] repeated(float[] a, float[] b, DoubleBinaryOperator f) {
        float[] out = new float[a.length];
        for (int k = 0; k < a.length; k++) {
            out[k] = (float) f.applyAsDouble(a[k], b[k % b.length]);
        }
        return out;
    }

    private static float[] concat(GraphNode n, Map<String, float[]> t) {
        int parts = i(n.params(), "parts");
        int total = 0;
        for (int k = 0; k < parts; k++) {
            total += t.get(n.inputs().get("in" + k)).length;
        }
        float[] out = new float[total];
        int at = 0;
        for (int k = 0; k < parts; k++) {
            float[] part = t.get(n.inputs().get("in" + k));
            System.arraycopy(part, 0, out, at, part.length);
            at += part.length;
        }
        return out;
    }

    private static int[] ids(float[] values) {
        int[] ids = new int[values.length];
        for (int k = 0; k < values.length; k++) {
            ids[k] = (int) values[k];
        }
        return ids;
    }

    private static int i(Map<String, Object> p, String key) {
        return ((Number) p.get(key)).intValue();
    }

    /** A param the page defaults when absent (conv1d's kernel, stride, pad, groups, trim). */
    private static int i(Map<String, Object> p, String key, int absent) {
        return p.containsKey(key) ? i(p, key) : absent;
    }

    private static double d(Map<String, Object> p, String key) {
        return ((Number) p.get(key)).doubleValue();
    }
}
