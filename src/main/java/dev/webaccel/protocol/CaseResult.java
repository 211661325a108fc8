package dev.webaccel.protocol;

/**
 * The outcome of one case on the page.
 *
 * @param status ok (ran; output attached), not-run (no usable backend; reason says why) or error
 * @param backend the backend that actually ran, or none
 * @param reason why this backend was chosen or why nothing ran (e.g. "navigator.gpu is undefined")
 * @param output the last timed run's output, or null when not run
 * @param timerResolutionMs performance.now() resolution measured on this page
 * @param readbacksPerRun output readbacks of the last timed run (a graph on WebGPU: 1), or null when not run
 * @param threads worker threads the WebAssembly flavour ran with (1 for single-threaded builds), or null off WASM
 * @param loadMs wall time to fetch the case's inputs and weights (weights: header checks, ranges, widening to f32)
 *     before the session was built, or null when not run
 * @param memory what the session held, or null when not run
 */
public record CaseResult(String run, String caseId, CaseStatus status, Backend backend, String reason, TensorData output,
                         double timerResolutionMs, Integer readbacksPerRun, Integer threads, Double loadMs,
                         MemoryReport memory) implements Message {
    public CaseResult {
        Require.text(run, "run");
        Require.text(caseId, "case");
        Require.present(status, "status");
        if (status == CaseStatus.OK) {
            Require.present(output, "output");
        }
        backend = backend == null ? Backend.NONE : backend;
        reason = reason == null ? "" : reason;
        Require.finiteNonNegative(timerResolutionMs, "timerResolutionMs");
        if (loadMs != null) {
            Require.finiteNonNegative(loadMs, "loadMs");
        }
    }

    public CaseResult(String run, String caseId, CaseStatus status, Backend backend, String reason, TensorData output,
                      double timerResolutionMs) {
        this(run, caseId, status, backend, reason, output, timerResolutionMs, null, null, null, null);
    }

    public boolean ran() {
        return status == CaseStatus.OK;
    }
}
