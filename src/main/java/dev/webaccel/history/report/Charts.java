package dev.webaccel.history.report;

import dev.webaccel.history.report.ReportModel.CaseSamples;
import dev.webaccel.history.report.ReportModel.Env;
import dev.webaccel.history.report.ReportModel.Run;
import dev.webaccel.history.report.ReportModel.Summary;
import dev.webaccel.history.report.ReportModel.Workload;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The charts' data, grouped from the model (no SQL, no drawing): what report.js turns into ECharts options. Every
 * category and point carries its N and timing method.
 *
 * @param trendRuns how many runs the trends use (the complete ones plus the current one)
 */
record Charts(int trendRuns, List<TrendChart> trends, List<String> noTrend, List<CompareChart> comparisons,
              List<BoxChart> boxes) {

    /** One workload's medians over runs, one series per environment. */
    record TrendChart(String id, String title, String metric, List<TrendSeries> series) {
    }

    /** @param figures the N and timing method of its points, e.g. "N=8 · GPU timestamp-query ..." (distinct, joined) */
    record TrendSeries(String label, String figures, List<TrendPoint> points) {
    }

    /** x = the run's start (epoch ms, UTC reading of the stored time), y = median with its p10..p90. */
    record TrendPoint(long t, String runId, String started, double median, Double p10, Double p90, String figure,
                      boolean current) {
    }

    /** One workload of the current run: a bar per environment with the 95% CI of the median as a whisker. */
    record CompareChart(String id, String title, String metric, List<Bar> bars) {
    }

    record Bar(String label, String figure, double median, Double ciLow, Double ciHigh) {
    }

    /** One workload of the current run: the raw samples per environment as a box plot (five numbers from Java). */
    record BoxChart(String id, String title, String metric, List<Box> boxes) {
    }

    record Box(String label, String figure, double[] box, List<Double> values) {
    }

    static Charts of(ReportModel m) {
        Set<String> trendRunIds = m.runs().stream()
                .filter(r -> r.complete() || r.runId().equals(m.current().runId()))
                .map(Run::runId).collect(Collectors.toSet());
        Map<String, Run> runs = m.runs().stream().collect(Collectors.toMap(Run::runId, Function.identity()));
        List<TrendChart> trends = new ArrayList<>();
        List<String> noTrend = new ArrayList<>();
        if (trendRunIds.size() >= 2) {
            Map<String, List<Summary>> byWorkload = groupByWorkload(m, m.summaries().stream()
                    .filter(s -> trendRunIds.contains(s.runId()) && s.metric().equals(ReportModel.TREND_METRIC)
                            && s.medianMs() != null).toList());
            byWorkload.forEach((workloadId, list) -> {
                String title = workloadLabel(m, workloadId);
                if (list.stream().map(Summary::runId).distinct().count() < 2) {
                    noTrend.add(title);
                    return;
                }
                Map<String, List<TrendPoint>> series = new TreeMap<>();
                for (Summary s : list) {
                    Run run = runs.get(s.runId());
                    series.computeIfAbsent(envLabel(m, s.envId()), k -> new ArrayList<>())
                            .add(new TrendPoint(run.startedEpochMs(), run.runId(), run.startedAt(), s.medianMs(),
                                    s.p10Ms(), s.p90Ms(), Labels.figure(s.n(), s.timingMethod()),
                                    run.runId().equals(m.current().runId())));
                }
                trends.add(new TrendChart("trend-" + (trends.size() + 1), title, ReportModel.TREND_METRIC,
                        series.entrySet().stream().map(e -> new TrendSeries(e.getKey(), e.getValue().stream()
                                .map(TrendPoint::figure).distinct().collect(Collectors.joining("; ")), e.getValue()))
                                .toList()));
            });
        }
        return new Charts(trendRunIds.size(), trends, noTrend, comparisons(m), boxes(m));
    }

    private static List<CompareChart> comparisons(ReportModel m) {
        List<CompareChart> out = new ArrayList<>();
        groupByWorkload(m, m.currentSummaries(ReportModel.TREND_METRIC).stream()
                .filter(s -> s.medianMs() != null).toList()).forEach((workloadId, list) -> {
                    List<String> labels = distinctLabels(list.stream().map(s -> envLabel(m, s.envId())).toList());
                    List<Bar> bars = new ArrayList<>();
                    for (int i = 0; i < list.size(); i++) {
                        Summary s = list.get(i);
                        bars.add(new Bar(labels.get(i), Labels.figure(s.n(), s.timingMethod()), s.medianMs(),
                                s.ciLowMs(), s.ciHighMs()));
                    }
                    bars.sort(Comparator.comparing(Bar::label));
                    out.add(new CompareChart("compare-" + (out.size() + 1), workloadLabel(m, workloadId),
                            ReportModel.TREND_METRIC, bars));
                });
        return out;
    }

    private static List<BoxChart> boxes(ReportModel m) {
        Map<String, List<CaseSamples>> byWorkload = new TreeMap<>(Comparator
                .comparing((String id) -> workloadLabel(m, id)).thenComparing(Comparator.naturalOrder()));
        m.samples().stream().filter(s -> !s.valuesMs().isEmpty())
                .forEach(s -> byWorkload.computeIfAbsent(s.workloadId(), k -> new ArrayList<>()).add(s));
        List<BoxChart> out = new ArrayList<>();
        byWorkload.forEach((workloadId, list) -> {
            List<String> labels = distinctLabels(list.stream().map(s -> envLabel(m, s.envId())).toList());
            List<Box> boxes = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                CaseSamples s = list.get(i);
                boxes.add(new Box(labels.get(i), Labels.figure(s.valuesMs().size(), s.timingMethod()),
                        BoxStats.of(s.valuesMs()).asArray(), s.valuesMs()));
            }
            boxes.sort(Comparator.comparing(Box::label));
            out.add(new BoxChart("box-" + (out.size() + 1), workloadLabel(m, workloadId), ReportModel.TREND_METRIC,
                    boxes));
        });
        return out;
    }

    /** Summaries per workload, workloads in label order, summaries in their original (run, case) order. */
    private static Map<String, List<Summary>> groupByWorkload(ReportModel m, List<Summary> summaries) {
        Map<String, List<Summary>> out = new TreeMap<>(Comparator.comparing((String id) -> workloadLabel(m, id))
                .thenComparing(Comparator.naturalOrder()));
        summaries.forEach(s -> out.computeIfAbsent(s.workloadId(), k -> new ArrayList<>()).add(s));
        return out;
    }

    /** Labels made unique where one environment ran a workload more than once in the run: "label (2)". */
    private static List<String> distinctLabels(List<String> labels) {
        Map<String, Integer> total = new HashMap<>();
        labels.forEach(l -> total.merge(l, 1, Integer::sum));
        Map<String, Integer> seen = new LinkedHashMap<>();
        return labels.stream().map(l -> {
            int k = seen.merge(l, 1, Integer::sum);
            return total.get(l) > 1 ? l + " (" + k + ")" : l;
        }).toList();
    }

    static String envLabel(ReportModel m, String envId) {
        return m.env(envId).map(Env::label).orElse(envId);
    }

    static String workloadLabel(ReportModel m, String workloadId) {
        return m.workload(workloadId).map(Workload::label).orElse(workloadId);
    }
}
