package dev.webaccel.claims;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.protocol.Capabilities;
import dev.webaccel.protocol.CaseResult;
import dev.webaccel.protocol.Sample;
import dev.webaccel.protocol.TensorData;
import dev.webaccel.report.ClaimsMeasurements;
import dev.webaccel.report.ClaimsWorkloadNames;
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

/** RunResult → claim measurements: metrics, GPU time preferred, resolution, names, and gaps for cases that gave none. */
@Test(groups = "unit")
public class ClaimsMeasurementsTest {
    private static final String SWIFTSHADER = "SwiftShader Device (Subzero)";

    private static Capabilities capabilities(String description, boolean fallback) {
        return new Capabilities("Chrome", "156.0.0.0", "ua",
                new Capabilities.WebGpu(true, "", new Capabilities.Adapter("", "", "", description, fallback),
                        List.of("timestamp-query"), Map.of()),
                new Capabilities.WebNn(false, Map.of()), new Capabilities.Wasm(true, true, true, false), true, true,
                0.005, 2);
    }

    private static KernelCase kase(String id) {
        return new KernelCase(id, "logmel", Map.of(), new KernelSpec("logmel.wgsl", "logmel_fft", Map.of()),
                List.of(InputTensor.f32("audio", new float[] {0f}, 1)), List.of(1), new float[] {1f}, new float[] {0f},
                new Tolerance(1e-3, 0, "test"));
    }

    private static CaseOutcome ran(String id, String backend, List<Sample> samples, boolean passed) {
        CaseResult result = new CaseResult("r", id, "ok", backend, "test", TensorData.of(new float[] {1f}, 1), 0.005);
        return new CaseOutcome(kase(id), Optional.of(result), samples,
                Optional.of(new OutputCheck(passed, 1, passed ? 0 : 1, 0, 0, 0, passed ? "ok" : "1 of 1 values outside")));
    }

    private static List<Sample> samples(String id, double[] wall, Double[] gpu, int batch, Double quantum) {
        List<Sample> out = new ArrayList<>();
        out.add(new Sample("r", id, "cold", 0, 250.0, null, "cold", 1, quantum, 0.005));
        out.add(new Sample("r", id, "warmup", 0, 99.0, null, "warm", 1, quantum, 0.005));
        for (int i = 0; i < wall.length; i++) {
            out.add(new Sample("r", id, "timed", i, wall[i], gpu[i], "timed", batch, quantum, 0.005));
        }
        return out;
    }

    private static RunResult run(Browser browser, Capabilities caps, List<CaseOutcome> cases) {
        return new RunResult(browser, "156.0.8078.108", "r", caps, "{}", cases, List.of(), List.of(), List.of());
    }

    private static Measurement find(List<Measurement> ms, String metric) {
        return ms.stream().filter(m -> m.metric().equals(metric)).findFirst().orElseThrow();
    }

    public void gpuTimeIsPreferredForWarmMedianAndWallClockIsKeptApart() {
        String id = "logmel-fft-5s-chirp";
        CaseOutcome outcome = ran(id, "webgpu", samples(id, new double[] {10, 11, 12}, new Double[] {8.0, 8.5, 9.0}, 1,
                0.6), true);
        ClaimsMeasurements.Converted c = ClaimsMeasurements.from(run(Browser.CHROME, capabilities(SWIFTSHADER, false),
                List.of(outcome)), "webgpu");
        assertThat(c.gaps()).isEmpty();
        Measurement warm = find(c.measurements(), ClaimsMeasurements.WARM);
        assertThat(warm.samplesMs()).containsExactly(8.0, 8.5, 9.0);
        assertThat(warm.timingMethod()).isEqualTo(ClaimsMeasurements.GPU_METHOD);
        assertThat(warm.workload()).isEqualTo("logmel-5s");
        assertThat(warm.variant()).isEqualTo("optimized");
        assertThat(warm.browser()).isEqualTo("chrome");
        assertThat(warm.browserVersion()).isEqualTo("156.0.8078.108");
        assertThat(warm.adapter()).isEqualTo(SWIFTSHADER);
        assertThat(warm.backend()).isEqualTo(Backend.WEBGPU);
        Measurement wall = find(c.measurements(), ClaimsMeasurements.WARM_WALL);
        assertThat(wall.samplesMs()).as("warm-up samples are not counted").containsExactly(10, 11, 12);
        assertThat(wall.timingMethod()).isEqualTo(ClaimsMeasurements.WALL_METHOD);
        assertThat(wall.timerResolutionMs()).as("the tick of 0.6 ms over a batch of 1").isEqualTo(0.6);
        Measurement cold = find(c.measurements(), ClaimsMeasurements.COLD);
        assertThat(cold.samplesMs()).containsExactly(250.0);
    }

    public void withoutGpuTimeOnEverySampleWarmMedianIsWallClockWithTheTickSpreadOverTheBatch() {
        String id = "logmel-dft-60s-chirp";
        CaseOutcome outcome = ran(id, "webgpu", samples(id, new double[] {40, 41, 42}, new Double[] {30.0, null, 31.0},
                50, 100.0), true);
        ClaimsMeasurements.Converted c = ClaimsMeasurements.from(run(Browser.FIREFOX,
                capabilities("", true), List.of(outcome)), "webgpu");
        Measurement warm = find(c.measurements(), ClaimsMeasurements.WARM);
        assertThat(warm.timingMethod()).isEqualTo(ClaimsMeasurements.WALL_METHOD);
        assertThat(warm.samplesMs()).containsExactly(40, 41, 42);
        assertThat(warm.timerResolutionMs()).as("100 ms tick / 50 runs per sample").isEqualTo(2.0);
        assertThat(warm.adapter()).as("Firefox's empty adapter.info").isEqualTo("unnamed fallback adapter");
        assertThat(warm.variant()).isEqualTo("baseline");
        assertThat(warm.workload()).isEqualTo("logmel-60s");
    }

    public void wasmRunsHaveNoAdapterAndTheirFlavourAsBackend() {
        String id = "matmul-tiled-512x512x512";
        CaseOutcome outcome = ran(id, "wasm-simd-threads", samples(id, new double[] {5, 6, 7},
                new Double[] {null, null, null}, 1, 0.005), true);
        ClaimsMeasurements.Converted c = ClaimsMeasurements.from(run(Browser.CHROME, capabilities(SWIFTSHADER, false),
                List.of(outcome)), "wasm");
        Measurement warm = find(c.measurements(), ClaimsMeasurements.WARM_WALL);
        assertThat(warm.backend()).isEqualTo(Backend.WASM_SIMD_THREADS);
        assertThat(warm.adapter()).isEqualTo(Measurement.NO_ADAPTER);
        assertThat(warm.workload()).isEqualTo("matmul-512");
        assertThat(warm.variant()).isEqualTo("tiled");
    }

    public void aCaseThatDidNotRunOrFailedItsCheckGivesAGapNotAMeasurement() {
        String id = "matmul-tiled-512x512x512";
        CaseResult notRun = new CaseResult("r", id, "not-run", "none",
                "forced wasm, but op matmul has no WebAssembly implementation", null, 0.005);
        CaseOutcome skipped = new CaseOutcome(kase(id), Optional.of(notRun), List.of(), Optional.empty());
        ClaimsMeasurements.Converted c = ClaimsMeasurements.from(run(Browser.FIREFOX, capabilities("", true),
                List.of(skipped)), "wasm");
        assertThat(c.measurements()).isEmpty();
        assertThat(c.gaps()).singleElement().satisfies(g -> {
            assertThat(g.reason()).isEqualTo("WASM backend did not run: forced wasm, but op matmul has no WebAssembly "
                    + "implementation");
            assertThat(g.workload()).isEqualTo("matmul-512");
            assertThat(g.side().browser()).isEqualTo("firefox");
            assertThat(g.side().backend()).isEqualTo(Backend.WASM);
        });

        String lm = "logmel-fft-5s-chirp";
        CaseOutcome wrong = ran(lm, "webgpu", samples(lm, new double[] {1, 2, 3}, new Double[] {1.0, 1.0, 1.0}, 1,
                0.5), false);
        ClaimsMeasurements.Converted w = ClaimsMeasurements.from(run(Browser.CHROME, capabilities(SWIFTSHADER, false),
                List.of(wrong)), "webgpu");
        assertThat(w.measurements()).as("a wrong result's time is no measurement").isEmpty();
        assertThat(w.gaps()).singleElement().satisfies(g -> assertThat(g.reason()).contains("failed the check"));
    }

    public void caseIdsMapToTheClaimsFileNames() {
        assertThat(ClaimsWorkloadNames.of("logmel-fft-15s-sweep")).isEqualTo(new ClaimsWorkloadNames.Name("logmel-15s", "optimized"));
        assertThat(ClaimsWorkloadNames.of("logmel-dft-30s")).isEqualTo(new ClaimsWorkloadNames.Name("logmel-30s", "baseline"));
        assertThat(ClaimsWorkloadNames.of("matmul-naive-256x256x256"))
                .isEqualTo(new ClaimsWorkloadNames.Name("matmul-256", "naive"));
        assertThat(ClaimsWorkloadNames.of("matmul-tiled-37x53x129"))
                .as("non-square sizes keep their id").isEqualTo(new ClaimsWorkloadNames.Name("matmul-tiled-37x53x129", ""));
    }
}
