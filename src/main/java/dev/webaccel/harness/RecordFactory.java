package dev.webaccel.harness;

import dev.webaccel.measure.WorkCost;
import dev.webaccel.protocol.Backend;
import dev.webaccel.protocol.Capabilities;
import dev.webaccel.protocol.Phase;
import dev.webaccel.protocol.Sample;
import dev.webaccel.protocol.TimingMethod;
import dev.webaccel.results.Environment;
import dev.webaccel.results.Metric;
import dev.webaccel.results.Outcome;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.RunInfo;
import dev.webaccel.results.Series;
import dev.webaccel.results.Workload;
import dev.webaccel.workload.KernelCase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the one {@link ResultRecord} of a case from what the page sent. Series:
 * <ul>
 *   <li>{@code warm-median-ms}: the timed samples' GPU time per operation when every timed sample has one, else
 *   their wall-clock time per operation; the method says which;</li>
 *   <li>{@code warm-wall-ms}: always the wall-clock time per operation;</li>
 *   <li>{@code cold-ms}: the cold sample (prepare + first operation).</li>
 * </ul>
 * Resolutions: the page's timer resolution, or for wall-clock samples the completion tick spread over the sample's
 * operations (a sample's end can be late by up to one tick), whichever is coarser.
 */
final class RecordFactory {
    private RecordFactory() {
    }

    /**
     * @param slowdown the case's {@code TimingSpec.slowdown}: above 1 the workload is marked (param {@code slowdown},
     * variant suffix) so that a deliberately slowed case never pools with, or stands in for, the plain one
     */
    static ResultRecord of(RunInfo run, String browser, String version, Capabilities capabilities, CaseOutcome outcome,
                           int slowdown) {
        KernelCase c = outcome.kernelCase();
        Backend backend = outcome.backend();
        String adapter = backend == Backend.WEBGPU ? capabilities.adapterLabel() : Environment.NO_ADAPTER;
        Integer threads = outcome.result().map(r -> r.threads()).orElse(null);
        Environment env = new Environment(browser, version, adapter, backend, threads,
                capabilities.timerResolutionMs(), capabilities);
        WorkCost cost = WorkCost.of(c);
        Map<String, Object> params = new LinkedHashMap<>(c.params());
        String variant = c.name().variant();
        if (slowdown > 1) {
            params.put("slowdown", slowdown);
            variant = variant + " (slowed " + slowdown + "x)";
        }
        Workload workload = new Workload(c.id(), c.op(), c.name().workload(), variant, params,
                c.kernel().file() + ":" + c.kernel().entry(), c.graph().size(), cost.flops(), cost.bytes());
        Outcome end = new Outcome(outcome.status(), outcome.reason(),
                outcome.result().map(r -> r.readbacksPerRun()).orElse(null),
                outcome.result().map(r -> r.memory()).orElse(null));
        List<Series> series = outcome.ran() ? series(outcome, capabilities.timerResolutionMs()) : List.of();
        return new ResultRecord(run, env, workload, end, series, outcome.check().orElse(null));
    }

    private static List<Series> series(CaseOutcome outcome, double pageResolution) {
        List<Series> out = new ArrayList<>();
        List<Sample> timed = outcome.samples(Phase.TIMED);
        if (!timed.isEmpty()) {
            int ops = timed.stream().mapToInt(Sample::ops).max().orElse(1);
            double[] wall = outcome.timedWallMs();
            Series wallSeries = new Series(Metric.WARM_WALL_MS, TimingMethod.WALL_CLOCK,
                    wallResolution(timed, pageResolution), ops, wall);
            out.add(outcome.timedGpuMs()
                    .map(gpu -> new Series(Metric.WARM_MS, TimingMethod.GPU_TIMESTAMP, pageResolution, ops, gpu))
                    .orElse(new Series(Metric.WARM_MS, TimingMethod.WALL_CLOCK, wallSeries.resolutionMs(), ops, wall)));
            out.add(wallSeries);
        }
        outcome.samples(Phase.COLD).stream().findFirst().ifPresent(cold -> out.add(new Series(Metric.COLD_MS,
                TimingMethod.COLD_WALL_CLOCK, Math.max(pageResolution, cold.quantumMs() == null ? 0 : cold.quantumMs()),
                1, new double[] {cold.wallMs()})));
        outcome.result().map(r -> r.loadMs()).ifPresent(load -> out.add(new Series(Metric.LOAD_MS,
                TimingMethod.WALL_CLOCK, pageResolution, 1, new double[] {load})));
        return out;
    }

    /** The coarsest quantization of a per-operation wall time among the samples. */
    static double wallResolution(List<Sample> timed, double pageResolution) {
        double worst = pageResolution;
        for (Sample s : timed) {
            if (s.timerResolutionMs() != null) {
                worst = Math.max(worst, s.timerResolutionMs());
            }
            if (s.quantumMs() != null) {
                worst = Math.max(worst, s.quantumMs() / s.ops());
            }
        }
        return worst;
    }
}
