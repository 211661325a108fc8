package dev.webaccel.history.report;

import java.util.List;
import java.util.Optional;

/**
 * What the report shows, read from the history database by {@link ReportQuery}: immutable, no SQL, no rendering.
 * Nullable numbers are {@code null} where the database holds NULL (no figure), never a default.
 *
 * @param current the run the report is about
 * @param runs every run in the database, oldest first (the current one included)
 * @param summaries every summary in the database (all runs, all metrics), oldest run first
 * @param samples the raw samples of the current run's cases, metric {@link #TREND_METRIC}
 * @param runEnvironments which environments each run used, with its case count
 */
public record ReportModel(Run current, List<Run> runs, List<Env> environments, List<RunEnv> runEnvironments,
                          List<Workload> workloads, List<Summary> summaries, List<CaseSamples> samples,
                          List<Regression> regressions, List<Claim> claims) {

    /** The metric of the trends, comparisons and box plots: warm time per operation. */
    public static final String TREND_METRIC = "warm-median-ms";

    public ReportModel {
        runs = List.copyOf(runs);
        environments = List.copyOf(environments);
        runEnvironments = List.copyOf(runEnvironments);
        workloads = List.copyOf(workloads);
        summaries = List.copyOf(summaries);
        samples = List.copyOf(samples);
        regressions = List.copyOf(regressions);
        claims = List.copyOf(claims);
    }

    public Optional<Env> env(String envId) {
        return environments.stream().filter(e -> e.envId().equals(envId)).findFirst();
    }

    public Optional<Workload> workload(String workloadId) {
        return workloads.stream().filter(w -> w.workloadId().equals(workloadId)).findFirst();
    }

    public Optional<Run> run(String runId) {
        return runs.stream().filter(r -> r.runId().equals(runId)).findFirst();
    }

    /** How the current run timed a workload's metric in an environment, "" when it has no summary of it. */
    public String timingMethod(String envId, String workloadId, String metric) {
        return currentSummaries(metric).stream()
                .filter(s -> s.envId().equals(envId) && s.workloadId().equals(workloadId))
                .map(Summary::timingMethod).findFirst().orElse("");
    }

    /** The current run's summaries of one metric. */
    public List<Summary> currentSummaries(String metric) {
        return summaries.stream().filter(s -> s.runId().equals(current.runId()) && s.metric().equals(metric)).toList();
    }

    /** One suite run. Times are the database's TIMESTAMPs as written (no zone), ISO text and epoch ms read as UTC. */
    public record Run(String runId, String tag, String startedAt, long startedEpochMs, String finishedAt,
                      boolean complete, String commit, String host, int cores, String os, String java) {
    }

    /** Where cases ran (environments table). */
    public record Env(String envId, String browser, String browserVersion, String adapter, String backend,
                      Integer threads, double timerResolutionMs, String host, int cores) {
        /** "Chrome 156.0.8078.108 · SwiftShader Device · webgpu": the label every figure of this environment carries. */
        public String label() {
            return browser + " " + browserVersion + " · " + adapter + " · " + backend
                    + (threads != null && threads > 1 ? " x" + threads : "");
        }
    }

    /** One environment a run used, and how many of the run's cases ran there. */
    public record RunEnv(String runId, String envId, int cases) {
    }

    /** What was measured (workloads table). */
    public record Workload(String workloadId, String caseId, String op, String name, String variant, String kernel) {
        /** "logmel-5s / optimized (logmel-fft-5s)". */
        public String label() {
            return name + " / " + variant + " (" + caseId + ")";
        }
    }

    /** A case's summary of one metric, with where and when it ran. */
    public record Summary(long caseKey, String runId, String pageRunId, String envId, String workloadId,
                          String metric, String timingMethod, double resolutionMs, int opsPerSample, int n,
                          Double medianMs, Double p10Ms, Double p90Ms, Double ciLowMs, Double ciHighMs) {
    }

    /** The raw samples of one case and metric, in sample order. */
    public record CaseSamples(long caseKey, String envId, String workloadId, String metric, String timingMethod,
                              List<Double> valuesMs) {
        public CaseSamples {
            valuesMs = List.copyOf(valuesMs);
        }
    }

    /** One row of the regressions table. ratio = median(current) / median(baseline): above 1 is slower. */
    public record Regression(String baseline, String envId, String workloadId, String metric, String flag,
                             String reason, int nCurrent, int nBaseline, Double medianCurrent, Double medianBaseline,
                             Double ratio, Double ratioLow, Double ratioHigh, Double pValue, Double cliffsDelta) {
    }

    /** One claim verdict of the current run. ratio = time(B) / time(A). */
    public record Claim(String claimId, String statement, String source, String expected, String verdict,
                        String reason, String sideA, String sideB, Double ratio, Double ratioLow, Double ratioHigh,
                        Double pValue) {
    }
}
