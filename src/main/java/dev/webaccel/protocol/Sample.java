package dev.webaccel.protocol;

/**
 * One sample of a case ({@code web-assets/js/measure/}). The page divides once: every time here is per operation.
 *
 * @param phase cold (prepare + first operation, pipeline creation included), warmup (not counted) or timed
 * @param wallMs wall-clock time per operation by performance.now(), from the first operation to the readback that
 *     ends the sample, divided by {@code ops}
 * @param gpuMs GPU time per operation from timestamp queries (also divided by {@code ops}), or null where there is
 *     none (the method says why)
 * @param method how the sample was measured, in words (timer, sync point, operations and how they were sized)
 * @param ops operations in this sample, ending at one readback (1 when absent): the divisor the page applied
 * @param quantumMs the completion tick observed in the page (Firefox: ~100 ms), or null when not observed
 * @param timerResolutionMs performance.now() resolution measured in the page, or null when not sent
 */
public record Sample(String run, String caseId, Phase phase, int index, double wallMs, Double gpuMs, String method,
                     Integer ops, Double quantumMs, Double timerResolutionMs)
        implements Message {
    public Sample {
        Require.text(run, "run");
        Require.text(caseId, "case");
        Require.present(phase, "phase");
        Require.finiteNonNegative(wallMs, "wallMs");
        if (gpuMs != null) {
            Require.finiteNonNegative(gpuMs, "gpuMs");
        }
        method = method == null ? "" : method;
        ops = ops == null ? 1 : ops;
        if (ops < 1) {
            throw new IllegalArgumentException("field 'ops' must be >= 1, was " + ops);
        }
        if (quantumMs != null) {
            Require.finiteNonNegative(quantumMs, "quantumMs");
        }
        if (timerResolutionMs != null) {
            Require.finiteNonNegative(timerResolutionMs, "timerResolutionMs");
        }
    }

    /** A sample of one operation without tick details (tests). */
    public Sample(String run, String caseId, Phase phase, int index, double wallMs, Double gpuMs, String method) {
        this(run, caseId, phase, index, wallMs, gpuMs, method, 1, null, null);
    }
}
