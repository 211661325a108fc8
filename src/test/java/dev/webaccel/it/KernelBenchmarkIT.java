package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.bench.BenchmarkTable;
import dev.webaccel.browser.Browser;
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
import org.testng.annotations.BeforeClass;
import org.testng.annotations.DataProvider;
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

    private final BenchmarkTable table = new BenchmarkTable();
    private final List<RunResult> runs = new ArrayList<>();

    @Factory(dataProvider = "browsers")
    public KernelBenchmarkIT(Browser browser) {
        super(browser);
    }

    @DataProvider(name = "browsers")
    public static Object[][] browsers() {
        return BrowserFactory.selected();
    }

    static List<KernelCase> probes() {
        return List.of(RooflineProbeCases.fma(65_536, 256, 1), RooflineProbeCases.copy(1 << 20, 2));
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

    @BeforeClass(groups = "benchmark")
    public void runBenchmarks() {
        if (!settings.benchmarks()) {
            throw new SkipException("benchmarks are off: run with -Dbenchmarks=true (e.g. mvn -B test "
                    + "-Dtest=KernelBenchmarkIT -Dbenchmarks=true -Dbrowser=chrome)");
        }
        // Built once: the references of the large cases take seconds.
        List<KernelCase> probes = probes();
        List<KernelCase> kernels = kernels();
        List<KernelCase> all = new ArrayList<>(probes);
        all.addAll(kernels);
        Map<String, Integer> repeats = calibrate(all);
        for (int from = 0; from < kernels.size(); from += CHUNK) {
            List<KernelCase> chunk = new ArrayList<>();
            probes.forEach(p -> chunk.add(CaseMath.repeated(p, repeats.get(p.id()))));
            kernels.subList(from, Math.min(kernels.size(), from + CHUNK))
                    .forEach(k -> chunk.add(CaseMath.repeated(k, repeats.get(k.id()))));
            RunResult run = remember(harness().run(session(), new Plan("webgpu", settings.warmup(), settings.iterations(),
                    0, chunk)));
            runs.add(run);
            table.add(run, BenchmarkTable.measured(run));
        }
    }

    /** Grows each case's repeat count until one run takes at least half the target (at most 5 short runs). */
    private Map<String, Integer> calibrate(List<KernelCase> cases) {
        Map<String, Integer> repeats = new HashMap<>();
        List<KernelCase> pending = new ArrayList<>(cases);
        cases.forEach(c -> repeats.put(c.id(), 1));
        for (int round = 0; round < 5 && !pending.isEmpty(); round++) {
            List<KernelCase> plan = pending.stream().map(c -> CaseMath.repeated(c, repeats.get(c.id()))).toList();
            RunResult run = harness().run(session(), new Plan("webgpu", 0, 1, 0, plan));
            List<KernelCase> next = new ArrayList<>();
            for (KernelCase c : pending) {
                CaseOutcome o = run.find(c.id() + "-r" + repeats.get(c.id())).orElseThrow();
                if (!o.ran()) {
                    continue;
                }
                double total = o.timedWallMs()[0];
                int r = repeats.get(c.id());
                if (total < targetMs() / 2 && r < MAX_REPEAT) {
                    int grown = (int) Math.min(MAX_REPEAT, Math.ceil(r * Math.min(64, targetMs() / Math.max(total, 0.05))));
                    repeats.put(c.id(), Math.max(r + 1, grown));
                    next.add(c);
                }
            }
            LOG.info("[{}] calibration round {}: {} case(s) still short", browser.id(), round + 1, next.size());
            pending = next;
        }
        return repeats;
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
        assertThat(table.rows()).as("benchmark rows").isNotEmpty();
        assertThat(table.rows()).as("every benchmarked output matched its reference")
                .allSatisfy(r -> assertThat(r.outputChecked()).as(r.caseId()).isTrue());
    }
}
