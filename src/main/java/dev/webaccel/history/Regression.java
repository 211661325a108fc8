package dev.webaccel.history;

/**
 * One workload of a run compared with its baseline: the flag and why, both medians and Ns, the ratio of medians
 * current/baseline (above 1 is slower) with its bootstrap CI, the two-sided Mann-Whitney p-value and Cliff's delta
 * (positive: the current samples tend to be larger). Numbers are NaN when no comparison was possible.
 *
 * @param baseline what the workload was compared with: "run X", "tag X", "last K runs (X, Y)", or why nothing
 * @param label a person's name for the row: workload, metric and environment
 */
public record Regression(String baseline, String envId, String workloadId, String label, String metric, Flag flag,
                         String reason, int nCurrent, int nBaseline, double medianCurrent, double medianBaseline,
                         double ratio, double ratioLow, double ratioHigh, double p, double cliffsDelta) {

    public enum Flag { REGRESSION, IMPROVEMENT, NO_CHANGE, NOT_COMPARED }

    static Regression notCompared(String baseline, String envId, String workloadId, String label, String metric,
                                  String reason, int nCurrent, double medianCurrent) {
        return new Regression(baseline, envId, workloadId, label, metric, Flag.NOT_COMPARED, reason, nCurrent, 0,
                medianCurrent, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    /** "performance regression: matmul ... 3.02x slower [2.8, 3.3] than run X (p = 0.008, delta = 1.00)". */
    public String describe() {
        return String.format(java.util.Locale.ROOT, "%s %s: median %.4g ms vs %.4g ms (x%.3g, 95%% CI [%.3g, %.3g], "
                        + "N=%d vs %d, Mann-Whitney p=%.3g, Cliff's delta=%.2f) against %s - %s", flag, label,
                medianCurrent, medianBaseline, ratio, ratioLow, ratioHigh, nCurrent, nBaseline, p, cliffsDelta,
                baseline, reason);
    }
}
