package dev.webaccel.workload;

import java.util.Objects;

/**
 * What a case measures, in the names results and claims use: the workload (e.g. {@code logmel-5s},
 * {@code matmul-512}) and the variant that distinguishes sides of a comparison (e.g. {@code optimized},
 * {@code baseline}, {@code tiled}; "" for none). Set by the case builders, never parsed out of ids.
 */
public record WorkloadName(String workload, String variant) {
    public WorkloadName {
        Objects.requireNonNull(workload, "workload");
        variant = variant == null ? "" : variant;
    }
}
