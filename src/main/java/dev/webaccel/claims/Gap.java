package dev.webaccel.claims;

import java.util.Objects;

/**
 * A measurement that is known not to exist, with the exact reason (e.g. "WASM backend did not run: forced wasm,
 * but op matmul has no WebAssembly implementation", or a feature webaccel does not implement). A claim side that
 * finds no measurement and overlaps a gap is INCONCLUSIVE with the gap's reason instead of the generic one.
 *
 * @param workload the workload the gap is about
 * @param metric the metric, or null for every metric
 * @param side which configurations lack the measurement; null fields mean "any"
 */
public record Gap(String workload, String metric, Selector side, String reason) {

    public Gap {
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(reason, "reason");
    }

    /** Whether a claim side selecting {@code wanted} (for the claim's workload and metric) falls into this gap. */
    boolean explains(Claim claim, Selector wanted) {
        return workload.equalsIgnoreCase(claim.workload()) && (metric == null || metric.equalsIgnoreCase(claim.metric()))
                && compatible(wanted.browser(), side.browser()) && compatible(wanted.variant(), side.variant())
                && compatible(wanted.adapter(), side.adapter())
                && (wanted.backend() == null || side.backend() == null || wanted.backend().covers(side.backend())
                        || side.backend().covers(wanted.backend()));
    }

    private static boolean compatible(String a, String b) {
        return a == null || b == null || a.equalsIgnoreCase(b);
    }
}
