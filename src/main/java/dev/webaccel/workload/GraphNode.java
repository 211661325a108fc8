package dev.webaccel.workload;

import dev.webaccel.protocol.Op;
import java.util.List;
import java.util.Map;

/**
 * One operation of a case's graph: the op, its parameters and kernel, which tensors feed its inputs (op input name
 * to tensor name: a case input or an earlier node's output) and the name and shape of what it produces.
 */
public record GraphNode(Op op, Map<String, Object> params, KernelSpec kernel, Map<String, String> inputs, String output,
                        List<Integer> shape) {
    public GraphNode {
        params = Map.copyOf(params);
        inputs = Map.copyOf(inputs);
        shape = List.copyOf(shape);
        if (output == null || !output.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("node output name must be [A-Za-z0-9_]+, was '" + output + "'");
        }
    }

    public long elements() {
        return shape.stream().mapToLong(Integer::longValue).reduce(1, Math::multiplyExact);
    }
}
