package dev.webaccel.harness;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.claims.Measurement;
import dev.webaccel.claims.RecordMeasurements;
import dev.webaccel.protocol.Backend;
import dev.webaccel.protocol.Capabilities;
import dev.webaccel.protocol.CaseResult;
import dev.webaccel.protocol.CaseStatus;
import dev.webaccel.protocol.Phase;
import dev.webaccel.protocol.Sample;
import dev.webaccel.protocol.TensorData;
import dev.webaccel.protocol.TimingMethod;
import dev.webaccel.results.Machine;
import dev.webaccel.results.Metric;
import dev.webaccel.results.RunInfo;
import dev.webaccel.workload.InputTensor;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.KernelSpec;
import dev.webaccel.workload.OutputCheck;
import dev.webaccel.workload.Tolerance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.testng.annotations.Test;

/**
 * Page messages -> result record -> claim measurements: series, GPU time preferred, resolutions, workload names set
 * by the builders, and gaps for cases that gave no measurement.
 */
@Test(groups = "unit")
public class RecordMeasurementsTest {
    private static final String SWIFTSHADER = "SwiftShader Device (Subzero)";
    private static final Machine MACHINE = new Machine("host", 2, "Linux", "17", "abc");

    private static Capabilities capabilities(String description, boolean fallback) {
        return new Capabilities("Chrome", "156.0.0.0", "ua",
                new Capabilities.WebGpu(true, "", new Capabilities.Adapter("", "", "", description, fallback),
                        List.of("timestamp-query"), Map.of()),
                new Capabilities.WebNn(false, Map.of()), new Capabilities.Wasm(true, true, true, false), true, true,
                0.005, 2);
    }

    private static KernelCase kase(String id, String workload, String variant) {
        return new KernelCase(id, "logmel", Map.of(), new KernelSpec("logmel.wgsl", "logmel_fft", Map.of()),
                List.of(InputTensor.f32("audio", new float[] {0f}, 1)), List.of(1), new float[] {1f}, new float[] {0f},
                new Tolerance(1e-3, 0, "test")).named(workload, variant);
    }

    private static CaseOutcome ran(KernelCase c, String backend, List<Sample> samples, boolean passed) {
        CaseResult result = new CaseResult("r", c.id(), CaseStatus.OK, Backend.parse(backend), "test",
                TensorData.of(new float[] {1f}, 1), 0.005, 1, backend.equals("wasm-simd-threads") ? 2 : null,
                null, null);
        return new CaseOutcome(c, Optional.of(result), samples,
                Optional.of(new OutputCheck(passed, 1, passed ? 0 : 1, 0, 0, 0, passed ? "ok" : "1 of 1 values outside")));
    }

    private static List<Sample> samples(String id, double[] wall, Double[] gpu, int ops, Double quantum) {
        List<Sample> out = new ArrayList<>();
        out.add(new Sample("r", id, Phase.COLD, 0, 250.0, null, "cold", 1, quantum, 0.005));
        out.add(new Sample("r", id, Phase.WARMUP, 0, 99.0, null, "warm", 1, quantum, 0.005));
        for (int i = 0; i < wall.length; i++) {
            out.add(new Sample("r", id, Phase.TIMED, i, wall[i], gpu[i], "timed", ops, quantum, 0.005));
        }
        return out;
    }

    private static RecordMeasurements convert(String browser, Capabilities caps, String requested, CaseOutcome outcome) {
        RunInfo info = new RunInfo("r", "claims", requested, "2026-12-02T00:00:00Z", MACHINE);
        return RecordMeasurements.from(List.of(RecordFactory.of(info, browser, "156.0.8078.108", caps, outcome, 1)));
    }

    private static Measurement find(List<Measurement> ms, Metric metric) {
        return ms.stream().filter(m -> m.metric().equals(metric.id())).findFirst().orElseThrow();
    }

    public void gpuTimeIsPreferredForWarmMedianAndWallClockIsKeptApart() {
        String id = "logmel-fft-5s-chirp";
        CaseOutcome outcome = ran(kase(id, "logmel-5s", "optimized"), "webgpu", samples(id, new double[] {10, 11, 12},
                new Double[] {8.0, 8.5, 9.0}, 1, 0.6), true);
        RecordMeasurements c = convert("chrome", capabilities(SWIFTSHADER, false), "webgpu", outcome);
        assertThat(c.gaps()).isEmpty();
        Measurement warm = find(c.measurements(), Metric.WARM_MS);
        assertThat(warm.samplesMs()).containsExactly(8.0, 8.5, 9.0);
        assertThat(warm.timingMethod()).isEqualTo(TimingMethod.GPU_TIMESTAMP.description());
        assertThat(warm.workload()).isEqualTo("logmel-5s");
        assertThat(warm.variant()).isEqualTo("optimized");
        assertThat(warm.browser()).isEqualTo("chrome");
        assertThat(warm.browserVersion()).isEqualTo("156.0.8078.108");
        assertThat(warm.adapter()).isEqualTo(SWIFTSHADER);
        assertThat(warm.backend()).isEqualTo(Backend.WEBGPU);
        Measurement wall = find(c.measurements(), Metric.WARM_WALL_MS);
        assertThat(wall.samplesMs()).as("warm-up samples are not counted").containsExactly(10, 11, 12);
        assertThat(wall.timingMethod()).isEqualTo(TimingMethod.WALL_CLOCK.description());
        assertThat(wall.timerResolutionMs()).as("the tick of 0.6 ms over one operation").isEqualTo(0.6);
        Measurement cold = find(c.measurements(), Metric.COLD_MS);
        assertThat(cold.samplesMs()).containsExactly(250.0);
    }

    public void withoutGpuTimeOnEverySampleWarmMedianIsWallClockWithTheTickSpreadOverTheBatch() {
        String id = "logmel-dft-60s-chirp";
        CaseOutcome outcome = ran(kase(id, "logmel-60s", "baseline"), "webgpu", samples(id, new double[] {40, 41, 42},
                new Double[] {30.0, null, 31.0}, 50, 100.0), true);
        RecordMeasurements c = convert("firefox", capabilities("", true), "webgpu", outcome);
        Measurement warm = find(c.measurements(), Metric.WARM_MS);
        assertThat(warm.timingMethod()).isEqualTo(TimingMethod.WALL_CLOCK.description());
        assertThat(warm.samplesMs()).containsExactly(40, 41, 42);
        assertThat(warm.timerResolutionMs()).as("100 ms tick / 50 operations per sample").isEqualTo(2.0);
        assertThat(warm.adapter()).as("Firefox's empty adapter.info").isEqualTo("unnamed fallback adapter");
        assertThat(warm.variant()).isEqualTo("baseline");
        assertThat(warm.workload()).isEqualTo("logmel-60s");
    }

    public void aDeliberatelySlowedCaseIsMarkedSoItNeverStandsInForThePlainOne() {
        String id = "matmul-tiled-512x512x512";
        CaseOutcome outcome = ran(kase(id, "matmul-512", "tiled"), "wasm-simd-threads", samples(id,
                new double[] {5, 6, 7}, new Double[] {null, null, null}, 1, 0.005), true);
        RunInfo info = new RunInfo("r", "kernels", "auto", "2026-12-02T00:00:00Z", MACHINE);
        var record = RecordFactory.of(info, "chrome", "156", capabilities(SWIFTSHADER, false), outcome, 3);
        assertThat(record.workload().params()).containsEntry("slowdown", 3);
        assertThat(record.workload().variant()).isEqualTo("tiled (slowed 3x)");
        var plain = RecordFactory.of(info, "chrome", "156", capabilities(SWIFTSHADER, false), outcome, 1);
        assertThat(plain.workload().params()).doesNotContainKey("slowdown");
    }

    public void wasmRunsHaveNoAdapterAndTheirFlavourAsBackend() {
        String id = "matmul-tiled-512x512x512";
        CaseOutcome outcome = ran(kase(id, "matmul-512", "tiled"), "wasm-simd-threads", samples(id,
                new double[] {5, 6, 7}, new Double[] {null, null, null}, 1, 0.005), true);
        RecordMeasurements c = convert("chrome", capabilities(SWIFTSHADER, false), "wasm", outcome);
        Measurement warm = find(c.measurements(), Metric.WARM_WALL_MS);
        assertThat(warm.backend()).isEqualTo(Backend.WASM_SIMD_THREADS);
        assertThat(warm.adapter()).isEqualTo(Measurement.NO_ADAPTER);
        assertThat(warm.workload()).isEqualTo("matmul-512");
        assertThat(warm.variant()).isEqualTo("tiled");
    }

    public void aCaseThatDidNotRunOrFailedItsCheckGivesAGapNotAMeasurement() {
        String id = "matmul-tiled-512x512x512";
        CaseResult notRun = new CaseResult("r", id, CaseStatus.NOT_RUN, Backend.NONE,
                "forced wasm, but op matmul has no WebAssembly implementation", null, 0.005);
        CaseOutcome skipped = new CaseOutcome(kase(id, "matmul-512", "tiled"), Optional.of(notRun), List.of(),
                Optional.empty());
        RecordMeasurements c = convert("firefox", capabilities("", true), "wasm", skipped);
        assertThat(c.measurements()).isEmpty();
        assertThat(c.gaps()).singleElement().satisfies(g -> {
            assertThat(g.reason()).isEqualTo("WASM backend did not run: forced wasm, but op matmul has no WebAssembly "
                    + "implementation");
            assertThat(g.workload()).isEqualTo("matmul-512");
            assertThat(g.side().browser()).isEqualTo("firefox");
            assertThat(g.side().backend()).isEqualTo(Backend.WASM);
        });

        String lm = "logmel-fft-5s-chirp";
        CaseOutcome wrong = ran(kase(lm, "logmel-5s", "optimized"), "webgpu", samples(lm, new double[] {1, 2, 3},
                new Double[] {1.0, 1.0, 1.0}, 1, 0.5), false);
        RecordMeasurements w = convert("chrome", capabilities(SWIFTSHADER, false), "webgpu", wrong);
        assertThat(w.measurements()).as("a wrong result's time is no measurement").isEmpty();
        assertThat(w.gaps()).singleElement().satisfies(g -> assertThat(g.reason()).contains("failed the check"));
    }

    public void buildersNameTheirWorkloadsForClaims() {
        assertThat(dev.webaccel.workload.cases.MatMulCases.of("matmul_naive", 8, 8, 8, 1).name())
                .isEqualTo(new dev.webaccel.workload.WorkloadName("matmul-8", "naive"));
        assertThat(dev.webaccel.workload.cases.MatMulCases.of("matmul_tiled", 3, 5, 7, 1).name())
                .as("non-square sizes keep their id").isEqualTo(new dev.webaccel.workload.WorkloadName("matmul-tiled-3x5x7", ""));
        assertThat(dev.webaccel.workload.cases.LogMelCases.of("dft", 0.5, 256, "sine", 1).name())
                .isEqualTo(new dev.webaccel.workload.WorkloadName("logmel-0p5s", "baseline"));
        assertThat(dev.webaccel.workload.cases.LogMelCases.of("fft", 1, 256, "sine", 1).name())
                .isEqualTo(new dev.webaccel.workload.WorkloadName("logmel-1s", "optimized"));
    }
}
