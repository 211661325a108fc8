package dev.webaccel.workload;

import dev.webaccel.protocol.Op;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One unit of work for the page, plus what Java needs to check it. The page runs every case as a graph over named
 * tensors ({@link #graph()}): a single-op case is a one-node graph whose inputs keep their names and whose output is
 * {@value #OUTPUT}; a graph case ({@link #graph(String, List, List, float[], float[], Tolerance)}) lists its nodes.
 *
 * @param op the op of a single-op case; of a graph case, the op of its last node
 * @param params op parameters (shapes, flags), sent to the page
 * @param outputShape the shape the page must return
 * @param expected the Java reference output (not sent)
 * @param errorScale per-element scale for the relative tolerance (not sent)
 * @param nodes the graph of a graph case; empty for a single-op case
 * @param name the workload name and variant that results and claims use (default: the id, no variant)
 * @param weights safetensors files whose tensors feed the graph besides {@code inputs} (models); empty for kernels
 */
public record KernelCase(String id, Op op, Map<String, Object> params, KernelSpec kernel, List<InputTensor> inputs,
                         List<Integer> outputShape, float[] expected, float[] errorScale, Tolerance tolerance,
                         List<GraphNode> nodes, WorkloadName name, List<WeightFile> weights) {
    public static final String OUTPUT = "out";

    public KernelCase {
        params = Map.copyOf(params);
        inputs = List.copyOf(inputs);
        outputShape = List.copyOf(outputShape);
        nodes = List.copyOf(nodes);
        weights = weights == null ? List.of() : List.copyOf(weights);
        if (!id.matches("[A-Za-z0-9_.\\-]+")) {
            throw new IllegalArgumentException("case id must be [A-Za-z0-9_.-]+, was '" + id + "'");
        }
        int n = outputShape.stream().reduce(1, Math::multiplyExact);
        if (expected.length != n || errorScale.length != n) {
            throw new IllegalArgumentException("case " + id + ": expected/errorScale must have " + n + " values");
        }
        name = name == null ? new WorkloadName(id, "") : name;
        checkGraph(id, inputs, weights, nodes, outputShape);
    }

    /** A single-op case. */
    public KernelCase(String id, String op, Map<String, Object> params, KernelSpec kernel, List<InputTensor> inputs,
                      List<Integer> outputShape, float[] expected, float[] errorScale, Tolerance tolerance) {
        this(id, Op.parse(op), params, kernel, inputs, outputShape, expected, errorScale, tolerance, List.of(), null,
                List.of());
    }

    /** A graph case: the nodes run in order over the inputs; the last node's output is the case's output. */
    public static KernelCase graph(String id, List<GraphNode> nodes, List<InputTensor> inputs, float[] expected,
                                   float[] errorScale, Tolerance tolerance) {
        return model(id, nodes, inputs, List.of(), expected, errorScale, tolerance);
    }

    /** A graph case that also reads weights from safetensors files (a model). */
    public static KernelCase model(String id, List<GraphNode> nodes, List<InputTensor> inputs, List<WeightFile> weights,
                                   float[] expected, float[] errorScale, Tolerance tolerance) {
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("graph case " + id + " has no nodes");
        }
        GraphNode last = nodes.get(nodes.size() - 1);
        return new KernelCase(id, last.op(), Map.of(), last.kernel(), inputs, last.shape(), expected, errorScale,
                tolerance, nodes, null, weights);
    }


    /** The same case under a workload name and variant (e.g. logmel-5s / optimized). */
    public KernelCase named(String workload, String variant) {
        return new KernelCase(id, op, params, kernel, inputs, outputShape, expected, errorScale, tolerance, nodes,
                new WorkloadName(workload, variant), weights);
    }

    /** The same work under another id (e.g. to run it twice in one plan with different timing). */
    public KernelCase withId(String newId) {
        return new KernelCase(newId, op, params, kernel, inputs, outputShape, expected, errorScale, tolerance, nodes,
                name.workload().equals(id) ? null : name, weights);
    }

    public boolean isGraph() {
        return !nodes.isEmpty();
    }

    /** The nodes the page runs: this case's graph, or the one node of a single-op case. */
    public List<GraphNode> graph() {
        if (isGraph()) {
            return nodes;
        }
        Map<String, String> identity = new LinkedHashMap<>();
        inputs.forEach(i -> identity.put(i.name(), i.name()));
        return List.of(new GraphNode(op, params, kernel, identity, OUTPUT, outputShape));
    }

    /** The name of the tensor the page reads back. */
    public String outputName() {
        return graph().get(graph().size() - 1).output();
    }

    public String blobName(InputTensor input) {
        return id + "." + input.name();
    }

    private static void checkGraph(String id, List<InputTensor> inputs, List<WeightFile> weights, List<GraphNode> nodes,
                                   List<Integer> outputShape) {
        Set<String> known = new HashSet<>();
        inputs.forEach(i -> known.add(i.name()));
        for (WeightFile file : weights) {
            for (WeightFile.WeightTensor t : file.tensors()) {
                if (!known.add(t.name())) {
                    throw new IllegalArgumentException("graph case " + id + ": tensor '" + t.name()
                            + "' comes from two sources (an input or another weight file)");
                }
            }
        }
        for (GraphNode node : nodes) {
            for (Map.Entry<String, String> in : node.inputs().entrySet()) {
                if (!known.contains(in.getValue())) {
                    throw new IllegalArgumentException("graph case " + id + ": node " + node.op() + " input '"
                            + in.getKey() + "' reads tensor '" + in.getValue() + "', which is neither a case input nor "
                            + "an earlier node's output (known: " + known + ")");
                }
            }
            if (!known.add(node.output())) {
                throw new IllegalArgumentException("graph case " + id + ": tensor '" + node.output() + "' is written twice");
            }
        }
        if (!nodes.isEmpty() && !nodes.get(nodes.size() - 1).shape().equals(outputShape)) {
            throw new IllegalArgumentException("graph case " + id + ": last node shape differs from the output shape");
        }
    }
}
