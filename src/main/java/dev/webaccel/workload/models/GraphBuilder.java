package dev.webaccel.workload.models;

import dev.webaccel.protocol.Op;
import dev.webaccel.reference.Conv1d;
import dev.webaccel.workload.GraphNode;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.WeightFile;
import dev.webaccel.workload.WeightFile.WeightTensor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a model's op graph over named tensors: inputs Java sends as blobs, weights the page reads from the
 * model's safetensors file under their Hugging Face names (each registered with the shape the config implies), and
 * node outputs. Every method adds one node and returns the name of the tensor it writes; shapes are [rows, cols].
 */
public final class GraphBuilder {
    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<InputTensor> inputs = new ArrayList<>();
    private final Map<String, Map<String, List<Integer>>> weightsByFile = new LinkedHashMap<>();
    private final Map<String, Path> paths = new LinkedHashMap<>();
    private String file = "";
    private int counter;

    public String input(InputTensor tensor) {
        inputs.add(tensor);
        return tensor.name();
    }

    /** Weights registered from now on come from this file (a composite's component). */
    public GraphBuilder useFile(String id, Path path) {
        file = id;
        paths.put(id, path);
        return this;
    }

    /** A weight the graph reads; registering the same name twice with another shape is an error. */
    public String weight(String name, Integer... shape) {
        for (Map.Entry<String, Map<String, List<Integer>>> f : weightsByFile.entrySet()) {
            List<Integer> previous = f.getValue().get(name);
            if (previous != null && (!previous.equals(List.of(shape)) || !f.getKey().equals(file))) {
                throw new ModelException("weight '" + name + "' is read as " + previous + " from '" + f.getKey()
                        + "' and as " + List.of(shape) + " from '" + file + "'");
            }
        }
        weightsByFile.computeIfAbsent(file, k -> new LinkedHashMap<>()).put(name, List.of(shape));
        return name;
    }

    /** PyTorch nn.Linear over x[rows, in]: {@code prefix.weight} [out, in], {@code prefix.bias} [out] if any. */
    public String linear(String x, int rows, int in, String prefix, int out, boolean bias) {
        String w = weight(prefix + ".weight", out, in);
        return linearWith(x, rows, in, w, bias ? weight(prefix + ".bias", out) : null, out, "linear");
    }

    /** x[rows, in] times w[out, in] transposed, where w may be any tensor (tied embeddings, embeddings). */
    public String linearWith(String x, int rows, int in, String w, String bias, int out, String label) {
        Map<String, String> in2 = new LinkedHashMap<>(Map.of("x", x, "w", w));
        if (bias != null) {
            in2.put("bias", bias);
        }
        return add(Op.LINEAR, Map.of("rows", rows, "in", in, "out", out), "linear.wgsl", "linear", in2, label, rows, out);
    }

    public String layerNorm(String x, int rows, int cols, String prefix, double eps) {
        return add(Op.LAYERNORM, Map.of("rows", rows, "cols", cols, "eps", eps), "layernorm.wgsl", "layernorm",
                Map.of("x", x, "gamma", weight(prefix + ".weight", cols), "beta", weight(prefix + ".bias", cols)),
                "ln", rows, cols);
    }

    public String rmsNorm(String x, int rows, int cols, String gammaName, double eps) {
        return add(Op.RMSNORM, Map.of("rows", rows, "cols", cols, "eps", eps), "rmsnorm.wgsl", "rmsnorm",
                Map.of("x", x, "gamma", weight(gammaName, cols)), "rms", rows, cols);
    }

    /** x / ||x|| per row. */
    public String l2Norm(String x, int rows, int cols) {
        return add(Op.RMSNORM, Map.of("rows", rows, "cols", cols, "eps", 0.0), "rmsnorm.wgsl", "l2norm",
                Map.of("x", x), "l2", rows, cols);
    }

    /** An elementwise function by its kernel entry (gelu_erf, gelu, quick_gelu, silu, tanh, exp). */
    public String unary(String entry, String x, int rows, int cols) {
        return add(Op.ELEMENTWISE, Map.of(), "elementwise.wgsl", entry, Map.of("a", x), entry, rows, cols);
    }

    /** a + b, where b may be shorter and repeat along a (a bias or position table over rows). */
    public String add(String a, String b, int rows, int cols) {
        return add(Op.ELEMENTWISE, Map.of(), "elementwise.wgsl", "add", Map.of("a", a, "b", b), "add", rows, cols);
    }

    public String mul(String a, String b, int rows, int cols) {
        return add(Op.ELEMENTWISE, Map.of(), "elementwise.wgsl", "mul", Map.of("a", a, "b", b), "mul", rows, cols);
    }

    /** The mean of x[rows, cols] over its rows, [1, cols]: (1/rows, ..., 1/rows) times x. */
    public String meanRows(String x, int rows, int cols) {
        float[] weights = new float[rows];
        java.util.Arrays.fill(weights, 1f / rows);
        String a = input(InputTensor.f32("mean_over_" + rows + "_rows_" + counter, weights, 1, rows));
        return add(Op.MATMUL, Map.of("M", 1, "N", cols, "K", rows), "matmul.wgsl", "matmul_tiled",
                Map.of("a", a, "b", x), "mean", 1, cols);
    }

    /** Rows {@code ids} (a tensor of integer-valued floats) of {@code table}[vocab, dim]. */
    public String gather(String table, String ids, int rows, int dim, int vocab) {
        return add(Op.GATHER, Map.of("rows", rows, "dim", dim, "vocab", vocab), "gather.wgsl", "gather",
                Map.of("table", table, "ids", ids), "gather", rows, dim);
    }

    /** The parts' values one after another, as [rows, cols]. */
    public String concat(List<String> parts, int rows, int cols) {
        Map<String, String> in = new LinkedHashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            in.put("in" + i, parts.get(i));
        }
        return add(Op.CONCAT, Map.of("parts", parts.size()), "concat.wgsl", "concat", in, "concat", rows, cols);
    }

    /** Attention on Hugging Face's interleaved [batch*seq, heads*headDim] layout; keyMask may be null. */
    public String attention(String q, String k, String v, AttentionShape s, String keyMask) {
        Map<String, String> in = new LinkedHashMap<>(Map.of("q", q, "k", k, "v", v));
        if (keyMask != null) {
            in.put("keyMask", keyMask);
        }
        Map<String, Object> params = Map.of("batch", s.batch(), "lq", s.lq(), "lk", s.lk(), "heads", s.heads(),
                "kvHeads", s.kvHeads(), "headDim", s.headDim(), "causal", s.causal());
        return add(Op.MHA, params, "mha.wgsl", "mha", in, "attn", s.batch() * s.lq(), s.heads() * s.headDim());
    }

    public String rope(String x, int batch, int seq, int heads, int headDim, double theta) {
        return add(Op.ROPE, Map.of("batch", batch, "seq", seq, "heads", heads, "headDim", headDim, "theta", theta),
                "rope.wgsl", "rope", Map.of("x", x), "rope", batch * seq, heads * headDim);
    }

    /** Non-overlapping patches (kernel = stride = patch) of image[channels, height, width] -> [tokens, dim]. */
    public String patchEmbed(String image, String w, String bias, int channels, int height, int width, int dim,
                             int patch) {
        int tokens = (height / patch) * (width / patch);
        return add(Op.CONV2D_PATCH, Map.of("channels", channels, "height", height, "width", width, "dim", dim,
                "patch", patch), "conv2d_patch.wgsl", "conv2d_patch", Map.of("image", image, "w", w, "bias", bias),
                "patches", tokens, dim);
    }

    /**
     * PyTorch Conv1d over x[cin, length] (channels first) -> [cout, outLength after trim]. w is any tensor of
     * cout*(cin/groups)*kernel values in PyTorch's layout (a weight, or a weightNorm output); bias null for none
     * (conv_bias false); gelu applies the exact GELU to the output.
     */
    public String conv1d(String x, String w, String bias, Conv1d.Shape s, boolean gelu) {
        Map<String, String> in = new LinkedHashMap<>(Map.of("x", x, "w", w));
        if (bias != null) {
            in.put("bias", bias);
        }
        Map<String, Object> params = Map.of("cin", s.cin(), "length", s.length(), "cout", s.cout(), "kernel", s.kernel(),
                "stride", s.stride(), "pad", s.pad(), "groups", s.groups(), "gelu", gelu, "trim", s.trim());
        return add(Op.CONV1D, params, "conv1d.wgsl", "conv1d", in, "conv", s.cout(), s.outLength());
    }

    /** nn.GroupNorm over x[channels, length] (channels first): {@code prefix.weight}, {@code prefix.bias} [channels]. */
    public String groupNorm(String x, int channels, int length, int groups, String prefix, double eps) {
        return add(Op.GROUPNORM, Map.of("channels", channels, "length", length, "groups", groups, "eps", eps),
                "groupnorm.wgsl", "groupnorm", Map.of("x", x, "gamma", weight(prefix + ".weight", channels),
                        "beta", weight(prefix + ".bias", channels)), "gn", channels, length);
    }

    /** x[rows, cols] -> [cols, rows]. */
    public String transpose(String x, int rows, int cols) {
        return add(Op.TRANSPOSE, Map.of("rows", rows, "cols", cols), "transpose.wgsl", "transpose", Map.of("x", x),
                "t", cols, rows);
    }

    /**
     * PyTorch weight_norm, w = g v / ||v|| with the norm over every dim but one: v (a tensor of outer*size*inner
     * values, its shape collapsed around that dim) and g (size values) -> [outer, size*inner].
     */
    public String weightNorm(String g, String v, int outer, int size, int inner) {
        return add(Op.WEIGHTNORM, Map.of("outer", outer, "size", size, "inner", inner), "weightnorm.wgsl", "weightnorm",
                Map.of("g", g, "v", v), "wn", outer, size * inner);
    }

    /** Whisper's log-mel of audio[samples] (16 kHz) with Slaney filters[nMels, 201] -> [nMels, samples / 160]. */
    public String logMel(String audio, String filters, int samples, int nMels) {
        return add(Op.LOGMEL, Map.of("samples", samples, "nMels", nMels), "logmel.wgsl", "logmel_fft",
                Map.of("audio", audio, "filters", filters), "logmel", nMels, samples / 160);
    }

    public List<GraphNode> nodes() {
        return List.copyOf(nodes);
    }

    public List<InputTensor> inputs() {
        return List.copyOf(inputs);
    }

    /** The weights read so far, as the one file the page must find them in (no {@link #useFile} calls). */
    public WeightFile weightFile(String id, Path path, List<String> ignored) {
        if (!paths.isEmpty()) {
            throw new ModelException("this graph reads " + paths.size() + " files; use weightFiles");
        }
        return fileOf(id, path, weightsByFile.getOrDefault("", Map.of()), ignored);
    }

    /** Every file named with {@link #useFile}, with the tensors read from it; {@code ignored} by file id. */
    public List<WeightFile> weightFiles(Map<String, List<String>> ignored) {
        return paths.entrySet().stream().map(e -> fileOf(e.getKey(), e.getValue(),
                weightsByFile.getOrDefault(e.getKey(), Map.of()), ignored.getOrDefault(e.getKey(), List.of()))).toList();
    }

    private static WeightFile fileOf(String id, Path path, Map<String, List<Integer>> tensors, List<String> ignored) {
        return new WeightFile(id, path, tensors.entrySet().stream()
                .map(e -> new WeightTensor(e.getKey(), e.getValue())).toList(), ignored);
    }

    private String add(Op op, Map<String, Object> params, String file, String entry, Map<String, String> in,
                       String label, int rows, int cols) {
        String out = "t" + (counter++) + "_" + label;
        nodes.add(new GraphNode(op, params, new KernelSpec(file, entry, Map.of()), in, out, List.of(rows, cols)));
        return out;
    }
}
