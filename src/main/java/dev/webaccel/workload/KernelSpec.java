package dev.webaccel.workload;

import java.util.Map;

/** Which WGSL file and entry point a case runs, with its pipeline-overridable constants. */
public record KernelSpec(String file, String entry, Map<String, Number> constants) {
    public KernelSpec {
        constants = Map.copyOf(constants);
        if (!file.matches("[A-Za-z0-9_\\-]+\\.wgsl")) {
            throw new IllegalArgumentException("kernel file must be a plain name like matmul.wgsl, was '" + file + "'");
        }
    }
}
