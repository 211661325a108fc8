package dev.webaccel.protocol;

/**
 * One timed execution of a case.
 *
 * @param phase cold (first run, pipeline creation included), warmup (not counted) or timed
 * @param wallMs wall-clock time from submit to the sync point, by performance.now()
 * @param gpuMs GPU time from timestamp queries, or null where the adapter offers none
 * @param method how wallMs was measured, e.g. "performance.now to mapAsync readback"
 */
public record Sample(String run, String caseId, String phase, int index, double wallMs, Double gpuMs, String method)
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
    }
}
