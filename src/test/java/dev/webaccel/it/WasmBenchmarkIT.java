package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.browser.Browser;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.claims.Format;
import dev.webaccel.measure.TimingSpec;
import dev.webaccel.protocol.Backend;
import dev.webaccel.testng.Attachments;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.report.TextTable;
import dev.webaccel.stats.RatioEstimate;
import dev.webaccel.stats.Summary;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.cases.MatMulCases;
import dev.webaccel.workload.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.testng.SkipException;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * WebAssembly benchmarks in one browser: SIMD vs scalar, threads vs one thread, WASM vs WebGPU, as medians of the
 * timed wall-clock samples with their spread, ratios of medians with bootstrap intervals, and matmul GFLOP/s
 * against a CPU peak ESTIMATE (threads x "cpu MHz" from /proc/cpuinfo x 4 lanes x 2 flops per cycle, i.e. one
 * f32x4 multiply and one add issued per cycle; it is an estimate, not a measurement). Numbers are printed and
 * attached to Allure; nothing here asserts a speed. Runs only with -Dbenchmarks=true.
 */
@Test(groups = "benchmark")
public class WasmBenchmarkIT extends BrowserTestBase {
    private static final List<String> POLICIES = List.of("wasm-simd-threads", "wasm-simd", "wasm-scalar", "webgpu");
    private final Map<String, RunResult> runs = new LinkedHashMap<>();
    private List<KernelCase> cases;

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public WasmBenchmarkIT(Browser browser) {
        super(browser);
    }


    @Override
    protected void prepare() {
        if (!settings.benchmarks()) {
            throw new SkipException("benchmarks run only with -Dbenchmarks=true");
        }
        cases = List.of(MatMulCases.of("matmul_tiled", 256, 256, 256, 41), MatMulCases.of("matmul_tiled", 512, 512, 512, 42),
                FallbackCases.logmel());
        TimingSpec timing = new TimingSpec(Math.max(3, settings.warmup()), Math.max(15, settings.iterations()),
                settings.minTimeMs(), settings.tickMultiple(), 1, 0);
        for (String policy : POLICIES) {
            runs.put(policy, run(new Plan(policy, timing, cases).withPurpose("benchmark")));
        }
    }

    @Test
    public void reportSimdThreadsAndWebGpuComparisons() {
        RunResult any = runs.values().iterator().next();
        int cores = any.capabilities().hardwareConcurrency();
        Optional<Double> mhz = cpuMhz();
        TextTable medians = new TextTable("case", "requested", "ran on", "n", "median ms", "p10-p90 ms", "median 95% CI",
                "GFLOP/s", "peak est. GFLOP/s", "% of est.");
        for (KernelCase c : cases) {
            for (String policy : POLICIES) {
                CaseOutcome o = runs.get(policy).find(c.id()).orElseThrow();
                if (!o.ran()) {
                    medians.row(c.id(), policy, "not run: " + o.reason(), 0, "", "", "", "", "", "");
                    continue;
                }
                assertThat(o.check().orElseThrow().passed()).as(c.id() + " on " + o.backend() + ": "
                        + o.check().orElseThrow().summary()).isTrue();
                Summary s = Summary.of(o.timedWallMs());
                String gflops = "";
                String peak = "";
                String share = "";
                if (c.op() == dev.webaccel.protocol.Op.MATMUL) {
                    Map<String, Object> p = c.params();
                    double flops = 2.0 * ((Number) p.get("M")).doubleValue() * ((Number) p.get("N")).doubleValue()
                            * ((Number) p.get("K")).doubleValue();
                    double rate = flops / (s.median() * 1e6);
                    gflops = fmt(rate);
                    if (o.backend().isWasm() && mhz.isPresent()) {
                        Integer recorded = runs.get(policy).record(c.id()).orElseThrow().environment().threads();
                        int threads = recorded == null ? 1 : recorded;
                        int lanes = o.backend() == Backend.WASM_SCALAR ? 1 : 4;
                        double est = threads * mhz.get() * 1e-3 * lanes * 2;
                        peak = fmt(est) + " (" + threads + "x" + Math.round(mhz.get()) + "MHzx" + lanes + "x2)";
                        share = String.format(Locale.ROOT, "%.1f%%", 100 * rate / est);
                    }
                }
                medians.row(c.id(), policy, o.backend(), s.n(), fmt(s.median()), fmt(s.p10()) + "-" + fmt(s.p90()),
                        fmt(s.medianCi().lower()) + "-" + fmt(s.medianCi().upper()), gflops, peak, share);
            }
        }
        TextTable ratios = new TextTable("case", "ratio (median A / median B)", "A ran on", "B ran on", "ratio", "95% bootstrap CI");
        for (KernelCase c : cases) {
            ratio(ratios, c, "scalar / SIMD (SIMD speed-up)", "wasm-scalar", "wasm-simd");
            ratio(ratios, c, "one thread / threads (threads speed-up)", "wasm-simd", "wasm-simd-threads");
            ratio(ratios, c, "best WASM / WebGPU (WebGPU speed-up)", "wasm-simd-threads", "webgpu");
        }
        String label = any.label() + "; hardwareConcurrency " + cores + "; cpu MHz (from /proc/cpuinfo) "
                + mhz.map(m -> String.format(Locale.ROOT, "%.0f", m)).orElse("unknown")
                + "; timing: performance.now() around run() to readback, wall clock; peak = estimate";
        String report = label + "\n\n" + medians.render() + "\n" + ratios.render();
        System.out.println("\n[" + browser.id() + "] WASM benchmark\n" + report);
        Attachments.text(browser.id() + " WASM benchmark", report);
    }

    private void ratio(TextTable table, KernelCase c, String what, String policyA, String policyB) {
        CaseOutcome a = runs.get(policyA).find(c.id()).orElseThrow();
        CaseOutcome b = runs.get(policyB).find(c.id()).orElseThrow();
        if (!a.ran() || !b.ran()) {
            table.row(c.id(), what, a.backend(), b.backend(), "n/a", (a.ran() ? "" : a.reason()) + (b.ran() ? "" : b.reason()));
            return;
        }
        RatioEstimate r = RatioEstimate.of(a.timedWallMs(), b.timedWallMs());
        table.row(c.id(), what, a.backend(), b.backend(), fmt(r.ratio()), fmt(r.lower()) + "-" + fmt(r.upper()));
    }

    private static Optional<Double> cpuMhz() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("cpu MHz"))
                    .map(l -> Double.parseDouble(l.substring(l.indexOf(':') + 1).trim())).findFirst();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String fmt(double v) {
        return Format.number(v);
    }
}
