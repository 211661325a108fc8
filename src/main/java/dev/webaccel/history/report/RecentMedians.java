package dev.webaccel.history.report;

import dev.webaccel.history.report.ReportModel.Run;
import dev.webaccel.history.report.ReportModel.Summary;
import dev.webaccel.stats.Percentiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The markdown trend: per workload and environment of the current run, the median of the medians of the last
 * {@link #LAST} complete runs before it (same environment fingerprint, same workload, same metric).
 */
final class RecentMedians {
    static final int LAST = 5;

    /** @param runs how many earlier runs the figure uses; previous is null when none had the case */
    record Row(String workloadId, String envId, Summary current, int runs, Double previous) {
    }

    private RecentMedians() {
    }

    static List<Row> of(ReportModel m) {
        Map<String, Run> runs = m.runs().stream().collect(Collectors.toMap(Run::runId, Function.identity()));
        Run current = m.current();
        List<Row> out = new ArrayList<>();
        for (Summary s : m.currentSummaries(ReportModel.TREND_METRIC)) {
            if (s.medianMs() == null) {
                continue;
            }
            List<Summary> earlier = m.summaries().stream()
                    .filter(o -> o.metric().equals(s.metric()) && o.envId().equals(s.envId())
                            && o.workloadId().equals(s.workloadId()) && o.medianMs() != null)
                    .filter(o -> {
                        Run r = runs.get(o.runId());
                        return r.complete() && !r.runId().equals(current.runId())
                                && r.startedEpochMs() < current.startedEpochMs();
                    }).toList();
            List<String> lastRuns = earlier.stream().map(Summary::runId).distinct()
                    .sorted((a, b) -> Long.compare(runs.get(b).startedEpochMs(), runs.get(a).startedEpochMs()))
                    .limit(LAST).toList();
            double[] medians = earlier.stream().filter(o -> lastRuns.contains(o.runId()))
                    .mapToDouble(Summary::medianMs).sorted().toArray();
            out.add(new Row(s.workloadId(), s.envId(), s, lastRuns.size(),
                    medians.length == 0 ? null : Percentiles.median(medians)));
        }
        return out;
    }
}
