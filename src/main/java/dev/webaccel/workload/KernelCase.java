package dev.webaccel.workload;

import java.util.List;
import java.util.Map;

/**
 * One unit of work for the page, plus what Java needs to check it.
 *
 * @param params op parameters (shapes, flags), sent to the page
 * @param outputShape the shape the page must return
 * @param expected the Java reference output (not sent)
 * @param errorScale per-element scale for the relative tolerance (not sent)
 */
public record KernelCase(String id, String op, Map<String, Object> params, KernelSpec kernel, List<InputTensor> inputs,
                         List<Integer> outputShape, float[] expected, float[] errorScale, Tolerance tolerance) {
    public KernelCase {
        params = Map.copyOf(params);
        inputs = List.copyOf(inputs);
        outputShape = List.copyOf(outputShape);
        if (!id.matches("[A-Za-z0-9_.\\-]+")) {
            throw new IllegalArgumentException("case id must be [A-Za-z0-9_.-]+, was '" + id + "'");
        }
        int n = outputShape.stream().reduce(1, Math::multiplyExact);
        if (expected.length != n || errorScale.length != n) {
            throw new IllegalArgumentException("case " + id + ": expected/errorScale must have " + n + " values");
        }
    }

    public String blobName(InputTensor input) {
        return id + "." + input.name();
    }
}
