package dev.webaccel.history;

import dev.webaccel.protocol.Backend;
import dev.webaccel.protocol.CaseStatus;
import dev.webaccel.protocol.Op;
import dev.webaccel.protocol.TimingMethod;
import dev.webaccel.results.Environment;
import dev.webaccel.results.Machine;
import dev.webaccel.results.Metric;
import dev.webaccel.results.Outcome;
import dev.webaccel.results.ResultRecord;
import dev.webaccel.results.RunInfo;
import dev.webaccel.results.Series;
import dev.webaccel.results.Workload;
import dev.webaccel.workload.OutputCheck;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/** Records and runs for history tests: fixtures for the writer and the comparison, never published figures. */
final class HistoryFixtures {
    static final Machine MACHINE = new Machine("ci-host", 2, "Linux", "17", "abc123");

    private HistoryFixtures() {
    }

    static ResultRecord record(String caseId, String adapter, double... warmMs) {
        return record(caseId, adapter, 1, warmMs);
    }

    /** As the harness marks a case slowed with -Dtest.slowdown: param slowdown and a variant suffix. */
    static ResultRecord record(String caseId, String adapter, int slowdown, double... warmMs) {
        RunInfo run = new RunInfo("page-" + caseId, "kernels", "auto", "2026-12-02T00:00:00Z", MACHINE);
        Environment env = new Environment("chrome", "156.0", adapter, Backend.WEBGPU, null, 0.005, null);
        Map<String, Object> params = slowdown > 1 ? Map.of("M", 128, "slowdown", slowdown) : Map.of("M", 128);
        String variant = slowdown > 1 ? "tiled (slowed " + slowdown + "x)" : "tiled";
        Workload w = new Workload(caseId, Op.MATMUL, "matmul-128", variant, params,
                "matmul.wgsl:matmul_tiled", 1, 2 * 128.0 * 128 * 128, 3 * 4 * 128.0 * 128);
        return new ResultRecord(run, env, w, new Outcome(CaseStatus.OK, "WebGPU device available", 1),
                List.of(new Series(Metric.WARM_MS, TimingMethod.WALL_CLOCK, 0.005, 4, warmMs),
                        new Series(Metric.COLD_MS, TimingMethod.WALL_CLOCK, 0.005, 1, new double[] {warmMs[0] * 5})),
                new OutputCheck(true, 16384, 0, 0, 1e-6, -1, "all 16384 values within tolerance"));
    }

    static HistoryWriter run(HistoryDb db, String runId, Instant startedAt, Optional<String> tag) {
        return HistoryWriter.start(db, new RunStart(runId, tag, startedAt, MACHINE, "{}"));
    }

    /** n log-normal samples around a median (spread about 5%), deterministic per seed. */
    static double[] noisy(long seed, int n, double median) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            double u1 = random.nextDouble();
            double u2 = random.nextDouble();
            double z = Math.sqrt(-2 * Math.log(1 - u1)) * Math.cos(2 * Math.PI * u2);
            x[i] = median * Math.exp(0.05 * z);
        }
        return x;
    }
}
