package dev.webaccel.workload.models;

import dev.webaccel.workload.GraphNode;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Tolerance;
import dev.webaccel.workload.WeightFile;
import java.util.List;

/**
 * A model's forward pass as one graph. Several outputs (e.g. BERT's hidden states and pooled output) are packed
 * by a last concat node into one tensor, so an inference ends at one readback; {@code parts} says what is where.
 */
public record ModelGraph(String family, List<GraphNode> nodes, List<InputTensor> inputs, List<WeightFile> files,
                         List<OutputPart> parts) {

    public ModelGraph(String family, List<GraphNode> nodes, List<InputTensor> inputs, WeightFile weights,
                      List<OutputPart> parts) {
        this(family, nodes, inputs, List.of(weights), parts);
    }

    public ModelGraph {
        files = List.copyOf(files);
        nodes = List.copyOf(nodes);
        inputs = List.copyOf(inputs);
        parts = List.copyOf(parts);
    }

    /** One output inside the packed tensor, in order, by its Hugging Face name. */
    public record OutputPart(String name, List<Integer> shape) {
        public OutputPart {
            shape = List.copyOf(shape);
        }

        public int elements() {
            return shape.stream().reduce(1, Math::multiplyExact);
        }
    }

    /** The one weight file of a single-file model. */
    public WeightFile weights() {
        if (files.size() != 1) {
            throw new ModelException(family + " reads " + files.size() + " weight files, not one");
        }
        return files.get(0);
    }

    /** The same graph reading its weights from another file (a converted or damaged copy) under another id. */
    public ModelGraph withWeightFile(String id, java.nio.file.Path path) {
        WeightFile weights = weights();
        return new ModelGraph(family, nodes, inputs, new WeightFile(id, path, weights.tensors(), weights.ignored()), parts);
    }

    /**
     * The same graph reading a single-file model whose tensors carry a prefix (e.g. {@code bert.} in checkpoints of
     * BertForPreTraining), from {@code path}; {@code ignored} names the file's other tensors (task heads).
     */
    public ModelGraph withWeightPrefix(String prefix, String id, java.nio.file.Path path, List<String> ignored) {
        WeightFile weights = weights();
        java.util.Set<String> names = new java.util.HashSet<>();
        weights.tensors().forEach(t -> names.add(t.name()));
        List<GraphNode> renamed = nodes.stream().map(n -> new GraphNode(n.op(), n.params(), n.kernel(),
                n.inputs().entrySet().stream().collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey,
                        e -> names.contains(e.getValue()) ? prefix + e.getValue() : e.getValue())),
                n.output(), n.shape())).toList();
        List<WeightFile.WeightTensor> tensors = weights.tensors().stream()
                .map(t -> new WeightFile.WeightTensor(prefix + t.name(), t.shape())).toList();
        List<String> skip = new java.util.ArrayList<>(weights.ignored().stream().map(n -> prefix + n).toList());
        skip.addAll(ignored);
        return new ModelGraph(family, renamed, inputs, new WeightFile(id, path, tensors, skip), parts);
    }

    public int outputElements() {
        return parts.stream().mapToInt(OutputPart::elements).sum();
    }

    /** The case the page runs, checked against {@code expected} (the packed outputs, in {@code parts} order). */
    public KernelCase toCase(String id, float[] expected, float[] errorScale, Tolerance tolerance) {
        return KernelCase.model(id, nodes, inputs, files, expected, errorScale, tolerance).named(family, "");
    }
}
