package dev.webaccel.measure;

import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.cases.RooflineProbeCases;
import java.util.Map;

/**
 * The work one dispatch of a case does: useful flops (a multiply-add counts 2) and compulsory bytes (every input
 * read once, the output written once). Counted from the case's shape, never measured; flops are NaN where
 * counting them would be a convention rather than a fact (log-mel: FFT and DFT do different work for the same
 * result, so they are compared by time; graphs: counted per node once models need it).
 */
public record WorkCost(double flops, double bytes) {
    public double arithmeticIntensity() {
        return flops / bytes;
    }

    public static WorkCost of(KernelCase c) {
        Map<String, Object> p = c.params();
        double inputBytes = c.inputs().stream().mapToDouble(i -> i.bytes().length).sum();
        double outputBytes = 4.0 * c.outputShape().stream().mapToLong(Integer::longValue).reduce(1, Math::multiplyExact);
        double bytes = inputBytes + outputBytes;
        if (c.isGraph()) {
            return new WorkCost(Double.NaN, bytes);
        }
        return switch (c.op()) {
            case MATMUL, QMATMUL -> new WorkCost(2.0 * num(p, "M") * num(p, "N") * num(p, "K"), bytes);
            case ELEMENTWISE -> new WorkCost(outputBytes / 4, bytes);
            case SOFTMAX, LAYERNORM, LOGMEL, RMSNORM, GROUPNORM -> new WorkCost(Double.NaN, bytes);
            case TRANSPOSE -> new WorkCost(0, bytes);
            // a multiply-add per value for the squared norms, then g * (v / norm): two products per value
            case WEIGHTNORM -> new WorkCost(4.0 * outputBytes / 4, bytes);
            case LINEAR -> new WorkCost(num(p, "rows") * num(p, "out") * (2.0 * num(p, "in") + (hasInput(c, "bias") ? 1 : 0)),
                    bytes);
            // the ids, the rows looked up (not the whole table) and the output
            case GATHER -> new WorkCost(0, 4.0 * num(p, "rows") * (1 + 2 * num(p, "dim")));
            case CONCAT -> new WorkCost(0, bytes);
            case ATTENTION -> new WorkCost(2.0 * num(p, "batch") * num(p, "lq") * num(p, "lk")
                    * (num(p, "d") + num(p, "dv")), bytes);
            case MHA -> new WorkCost(4.0 * num(p, "batch") * num(p, "heads") * num(p, "headDim") * visiblePairs(p), bytes);
            // rope: two products and a sum per output; the angle's cosine and sine, shared by the heads, are not counted
            case ROPE -> new WorkCost(3.0 * outputBytes / 4, bytes);
            // each output reads its group's cin/groups channels (groups absent = 1)
            case CONV1D -> new WorkCost(2.0 * outputBytes / 4 * num(p, "cin") / ((Number) p.getOrDefault("groups", 1))
                    .doubleValue() * num(p, "kernel"), bytes);
            case CONV2D_PATCH -> new WorkCost(2.0 * outputBytes / 4 * num(p, "channels") * num(p, "patch")
                    * num(p, "patch"), bytes);
            case PROBE -> c.kernel().entry().equals("copy")
                    ? new WorkCost(0, RooflineProbeCases.copyBytes(c))
                    : new WorkCost(RooflineProbeCases.fmaFlops(c), bytes);
        };
    }

    private static boolean hasInput(KernelCase c, String name) {
        return c.inputs().stream().anyMatch(i -> i.name().equals(name));
    }

    /** Query-key pairs an mha case scores per (batch, head): all of them, or under causal masking sum_i (i + lk - lq + 1). */
    private static double visiblePairs(Map<String, Object> p) {
        double lq = num(p, "lq");
        double lk = num(p, "lk");
        return Boolean.TRUE.equals(p.get("causal")) ? lq * (lk - lq) + lq * (lq + 1) / 2 : lq * lk;
    }

    private static double num(Map<String, Object> p, String key) {
        return ((Number) p.get(key)).doubleValue();
    }
}
