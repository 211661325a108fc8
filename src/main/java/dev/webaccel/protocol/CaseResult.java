package dev.webaccel.protocol;

/**
 * The outcome of one case on the page.
 *
 * @param status ok (ran; output attached), not-run (no usable backend; reason says why) or error
 * @param backend the backend that actually ran: webgpu, webnn, wasm-simd-threads, wasm-simd, wasm-scalar, or none
 *     (every name starting with "wasm" is WebAssembly)
 * @param reason why this backend was chosen or why nothing ran (e.g. "navigator.gpu is undefined")
 * @param output the last timed run's output, or null when not run
 * @param timerResolutionMs performance.now() resolution measured on this page
 */
public record CaseResult(String run, String caseId, String status, String backend, String reason, TensorData output,
                         double timerResolutionMs) implements Message {
    public CaseResult {
        Require.text(run, "run");
        Require.text(caseId, "case");
        Require.text(status, "status");
        if (!status.equals("ok") && !status.equals("not-run") && !status.equals("error")) {
            throw new IllegalArgumentException("field 'status' must be ok, not-run or error, was '" + status + "'");
        }
        if (status.equals("ok")) {
            Require.present(output, "output");
        }
        backend = backend == null ? "none" : backend;
        reason = reason == null ? "" : reason;
        Require.finiteNonNegative(timerResolutionMs, "timerResolutionMs");
    }

    public boolean ran() {
        return status.equals("ok");
    }
}
