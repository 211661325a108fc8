package dev.webaccel.results;

/**
 * The page run a record came from, and the machine it ran on.
 *
 * @param purpose what the run was for (kernels, claims, benchmark, ...), from the plan
 * @param requestedBackend the plan's backend policy (auto, webgpu, wasm, ...)
 * @param startedAt ISO-8601 instant the run was opened
 * @param commit the project's git commit, or "unknown"
 */
public record RunInfo(String runId, String purpose, String requestedBackend, String startedAt, Machine machine) {
}
