package dev.webaccel.protocol;

/**
 * One timed sample of a case (web-assets/js/measure.js).
 *
 * @param phase cold (prepare + first run, pipeline creation included), warmup (not counted) or timed
 * @param wallMs wall-clock time per run from encode to the sync point, by performance.now(): the sample's total
 *     divided by {@code batch}
 * @param gpuMs GPU time per run from timestamp queries, or null where there is none (the method says why)
 * @param method how the sample was measured, in words (timer, batching, completion tick, GPU time or why not)
 * @param batch runs per sample ending at one readback (1 when absent)
 * @param quantumMs the completion tick observed in the page (Firefox: ~100 ms), or null when not observed
 * @param timerResolutionMs performance.now() resolution measured in the page, or null when not sent
 */
public record Sample(String run, String caseId, String phase, int index, double wallMs, Double gpuMs, String method,
                     Integer batch, Double quantumMs, Double timerResolutionMs)
        implements Message {
    public Sample {
        Require.text(run, "run");
        Require.text(caseId, "case");
        Require.text(phase, "phase");
        if (!phase.equals("cold") && !phase.equals("warmup") && !phase.equals("timed")) {
            throw new IllegalArgumentException("field 'phase' must be cold, warmup or timed, was '" + phase + "'");
        }
        Require.finiteNonNegative(wallMs, "wallMs");
        if (gpuMs != null) {
            Require.finiteNonNegative(gpuMs, "gpuMs");
        }
        method = method == null ? "" : method;
        batch = batch == null ? 1 : batch;
        if (batch < 1) {
            throw new IllegalArgumentException("field 'batch' must be >= 1, was " + batch);
        }
        if (quantumMs != null) {
            Require.finiteNonNegative(quantumMs, "quantumMs");
        }
        if (timerResolutionMs != null) {
            Require.finiteNonNegative(timerResolutionMs, "timerResolutionMs");
        }
    }

    /** A sample without batching details (tests, older pages). */
    public Sample(String run, String caseId, String phase, int index, double wallMs, Double gpuMs, String method) {
        this(run, caseId, phase, index, wallMs, gpuMs, method, 1, null, null);
    }
}
