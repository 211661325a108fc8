package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.bench.BenchmarkTable;
import dev.webaccel.browser.Browser;
import dev.webaccel.channel.WaitTimeoutException;
import dev.webaccel.harness.CaseOutcome;
import dev.webaccel.harness.RunResult;
import dev.webaccel.reference.QuantScheme;
import dev.webaccel.report.AllureAttachments;
import dev.webaccel.report.RunLabels;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.cases.AttentionCases;
import dev.webaccel.workload.cases.CaseMath;
import dev.webaccel.workload.cases.Conv2dPatchCases;
import dev.webaccel.workload.cases.ElementwiseCases;
import dev.webaccel.workload.cases.LogMelCases;
import dev.webaccel.workload.cases.MatMulCases;
import dev.webaccel.workload.cases.QMatMulCases;
import dev.webaccel.workload.cases.RooflineProbeCases;
import dev.webaccel.workload.cases.SoftmaxCases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.SkipException;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * Kernel benchmarks with a roofline measured in the same page (-Dbenchmarks=true; group benchmark).
 *
 * <p>Timing: Firefox observes GPU completion on a ~100 ms tick (PLATFORM.md), so one readback per dispatch
 * would measure the tick. Every case therefore dispatches its kernel R times before its one readback
 * (params.repeat), and the table reports per-dispatch time = run total / R. R is calibrated per case in short
 * runs (R grows until one run takes at least half the target) so that a timed run lasts about
 * {@link #targetMs} ms: 1 s in Firefox (10 ticks), 300 ms elsewhere.
 */
@Test(groups = "benchmark")
public class KernelBenchmarkIT extends BrowserTestBase {
    private static final Logger LOG = LoggerFactory.getLogger(KernelBenchmarkIT.class);
    private static final int CHUNK = 6;
    private static final int MAX_REPEAT = 4096;
    /** Estimated time of one page, kept well under the default run timeout (180 s). */
    private static final double PAGE_BUDGET_MS = 90_000;

    private final BenchmarkTable table = new BenchmarkTable();
    private final List<RunResult> runs = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public KernelBenchmarkIT(Browser browser) {
        super(browser);
    }


    /** Outputs travel back as base64 JSON, whose strings the codec caps at 20 M chars: keep outputs under ~14 MB. */
    static List<KernelCase> probes() {
        return List.of(RooflineProbeCases.fma(65_536, 256, 1), RooflineProbeCases.copy(1 << 19, 2));
    }

    static List<KernelCase> kernels() {
        List<KernelCase> cases = new ArrayList<>();
        long seed = 100;
        for (int n : new int[] {64, 128, 256, 512, 1024}) {
            cases.add(MatMulCases.of("matmul_naive", n, n, n, seed));
            cases.add(MatMulCases.of("matmul_tiled", n, n, n, seed++));
        }
        cases.add(LogMelCases.of("dft", 5, 256, "sweep", seed));
        cases.add(LogMelCases.of("fft", 5, 256, "sweep", seed++));
        cases.add(LogMelCases.of("fft", 30, 256, "sweep", seed++));
        cases.add(QMatMulCases.of(4, 128, QuantScheme.SYMMETRIC, 1, 1024, 1024, seed++));
        cases.add(QMatMulCases.of(4, 128, QuantScheme.SYMMETRIC, 64, 1024, 1024, seed++));
        cases.add(ElementwiseCases.of("add", 1 << 20, 1f, seed++));
        cases.add(SoftmaxCases.of(512, 1024, seed++));
        cases.add(AttentionCases.of(1, 64, 1500, 64, 64, false, seed++));
        cases.add(Conv2dPatchCases.of(3, 224, 224, 16, 192, seed++));
        return cases;
    }

    private double targetMs() {
        return browser == Browser.FIREFOX ? 1000 : 300;
    }

    @Override
    protected void prepare() {
        if (!settings.benchmarks()) {
            throw new SkipException("benchmarks are off: run with -Dbenchmarks=true (e.g. mvn -B test "
                    + "-Dtest=KernelBenchmarkIT -Dbenchmarks=true -Dbrowser=chrome)");
        }
        // Built once: the references of the large cases take seconds.
        List<KernelCase> probes = probes();
        List<KernelCase> kernels = kernels();
        List<KernelCase> all = new ArrayList<>(probes);
        all.addAll(kernels);
        Map<String, Integer> repeats = new HashMap<>();
        Map<String, Double> runMs = new HashMap<>();
        calibrate(all, repeats, runMs);
        int runsPerCase = 1 + settings.warmup() + settings.iterations();
        double probeMs = probes.stream().mapToDouble(p -> runMs.getOrDefault(p.id(), 0.0)).sum() * runsPerCase;
        List<KernelCase> chunk = new ArrayList<>();
        double chunkMs = probeMs;
        for (KernelCase k : kernels) {
            double caseMs = runMs.getOrDefault(k.id(), 0.0) * runsPerCase;
            if (!chunk.isEmpty() && (chunk.size() >= CHUNK || chunkMs + caseMs > PAGE_BUDGET_MS)) {
                measureChunk(probes, chunk, repeats);
                chunk.clear();
                chunkMs = probeMs;
            }
            chunk.add(k);
            chunkMs += caseMs;
        }
        if (!chunk.isEmpty()) {
            measureChunk(probes, chunk, repeats);
        }
    }

    /** One page: the probes first (its roofline), then the kernels. A page that times out is noted, not fatal. */
    private void measureChunk(List<KernelCase> probes, List<KernelCase> kernels, Map<String, Integer> repeats) {
        List<KernelCase> cases = new ArrayList<>();
        probes.forEach(p -> cases.add(CaseMath.repeated(p, repeats.get(p.id()))));
        kernels.forEach(k -> cases.add(CaseMath.repeated(k, repeats.get(k.id()))));
        try {
            // tickMultiple 1: the calibrated repeat count already makes each run many completion ticks long;
            // measure.js batching on top would multiply every sample's length again.
            RunResult run = remember(harness().run(session(), new Plan("webgpu", settings.warmup(), settings.iterations(),
                    0, 1, cases)));
            runs.add(run);
            if (BenchmarkTable.measured(run).isEmpty()) {
                failures.add(run.label() + ": the roofline probes did not both run and pass in this page");
            }
            table.add(run, BenchmarkTable.measured(run));
        } catch (WaitTimeoutException e) {
            failures.add(browser.id() + ": page with " + kernels.stream().map(KernelCase::id).toList() + " timed out: "
                    + e.getMessage());
            LOG.warn("{}", failures.get(failures.size() - 1));
        }
    }

    /**
     * Grows each case's repeat count until one run takes at least half the target (at most 5 short runs);
     * records the last measured run time of each case (to split the measurement into pages that fit the run timeout).
     */
    private void calibrate(List<KernelCase> cases, Map<String, Integer> repeats, Map<String, Double> runMs) {
        List<KernelCase> pending = new ArrayList<>(cases);
        cases.forEach(c -> repeats.put(c.id(), 1));
        for (int round = 0; round < 5 && !pending.isEmpty(); round++) {
            List<KernelCase> plan = pending.stream().map(c -> CaseMath.repeated(c, repeats.get(c.id()))).toList();
            RunResult run = harness().run(session(), Plan.correctness("webgpu", plan));
            List<KernelCase> next = new ArrayList<>();
            for (KernelCase c : pending) {
                CaseOutcome o = run.find(c.id() + "-r" + repeats.get(c.id())).orElseThrow();
                if (!o.ran()) {
                    continue;
                }
                double total = o.timedWallMs()[0];
                int r = repeats.get(c.id());
                runMs.put(c.id(), total);
                if (total < targetMs() / 2 && r < MAX_REPEAT) {
                    int grown = (int) Math.min(MAX_REPEAT, Math.ceil(r * Math.min(64, targetMs() / Math.max(total, 0.05))));
                    repeats.put(c.id(), Math.max(r + 1, grown));
                    runMs.put(c.id(), total * repeats.get(c.id()) / r);
                    next.add(c);
                }
            }
            LOG.info("[{}] calibration round {}: {} case(s) still short", browser.id(), round + 1, next.size());
            pending = next;
        }
    }

    /** A copy under target/benchmarks/ for reading outside Allure. */
    private void writeCopy(BenchmarkTable t) {
        try {
            java.nio.file.Path dir = settings.projectDir().resolve("target/benchmarks");
            java.nio.file.Files.createDirectories(dir);
            java.nio.file.Files.writeString(dir.resolve(browser.id() + ".md"), t.markdown());
            java.nio.file.Files.writeString(dir.resolve(browser.id() + ".csv"), t.csv());
        } catch (java.io.IOException e) {
            LOG.warn("could not write target/benchmarks: {}", e.getMessage());
        }
    }

    @Test
    public void reportTable() {
        if (runs.isEmpty()) {
            throw new SkipException("no benchmark run");
        }
        RunLabels.apply(runs.get(0));
        if (!runs.get(0).capabilities().webgpu().available()) {
            throw new SkipException(runs.get(0).label() + " has no WebGPU: " + runs.get(0).capabilities().webgpu().reason());
        }
        LOG.info("\nKernel benchmarks ({}):\n{}", runs.get(0).label(), table.console());
        AllureAttachments.markdown(browser.id() + " kernel benchmarks", table.markdown());
        AllureAttachments.csv(browser.id() + " kernel benchmarks", table.csv());
        writeCopy(table);
        failures.forEach(f -> LOG.warn("{}", f));
        assertThat(failures).as("benchmark pages that did not finish").isEmpty();
        assertThat(table.rows()).as("benchmark rows").isNotEmpty();
        assertThat(table.rows()).as("every benchmarked output matched its reference")
                .allSatisfy(r -> assertThat(r.outputChecked()).as(r.caseId()).isTrue());
    }
}
