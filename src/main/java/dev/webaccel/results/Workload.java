package dev.webaccel.results;

import dev.webaccel.protocol.Op;
import java.util.Map;

/**
 * What a record measured: the case, its op (a graph's last op), the workload name and variant results and claims
 * use, the parameters, the kernel ({@code file:entry}), how many graph nodes, and the work one operation does.
 *
 * @param flops useful flops of one operation (a multiply-add counts 2), NaN where counting is a convention
 * @param bytes compulsory bytes of one operation (every input read once, the output written once)
 */
public record Workload(String caseId, Op op, String name, String variant, Map<String, Object> params, String kernel,
                       int nodes, double flops, double bytes) {
    public Workload {
        params = Map.copyOf(params);
    }
}
