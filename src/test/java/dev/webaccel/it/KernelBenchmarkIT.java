package dev.webaccel.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.webaccel.bench.BenchmarkPages;
import dev.webaccel.bench.BenchmarkTable;
import dev.webaccel.browser.Browser;
import dev.webaccel.harness.RunFailedException;
import dev.webaccel.harness.RunResult;
import dev.webaccel.measure.TimingSpec;
import dev.webaccel.reference.QuantScheme;
import dev.webaccel.testng.Attachments;
import dev.webaccel.testng.BrowserFactory;
import dev.webaccel.testng.BrowserTestBase;
import dev.webaccel.workload.KernelCase;
import dev.webaccel.workload.Plan;
import dev.webaccel.workload.cases.AttentionCases;
import dev.webaccel.workload.cases.Conv2dPatchCases;
import dev.webaccel.workload.cases.ElementwiseCases;
import dev.webaccel.workload.cases.LogMelCases;
import dev.webaccel.workload.cases.MatMulCases;
import dev.webaccel.workload.cases.QMatMulCases;
import dev.webaccel.workload.cases.RooflineProbeCases;
import dev.webaccel.workload.cases.SoftmaxCases;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testng.SkipException;
import org.testng.annotations.Factory;
import org.testng.annotations.Test;

/**
 * Kernel benchmarks with a roofline measured in the same page (-Dbenchmarks=true; group benchmark). Every sample
 * runs as many operations as the page needs to last {@link #sampleMs} (one readback per sample; Firefox observes GPU
 * completion on a ~100 ms tick): the page sizes and divides, this class only declares.
 */
@Test(groups = "benchmark")
public class KernelBenchmarkIT extends BrowserTestBase {
    private static final Logger LOG = LoggerFactory.getLogger(KernelBenchmarkIT.class);
    private static final int KERNELS_PER_PAGE = 4;

    private final BenchmarkTable table = new BenchmarkTable();
    private final List<RunResult> runs = new ArrayList<>();
    private final List<String> failures = new ArrayList<>();

    @Factory(dataProvider = "browsers", dataProviderClass = BrowserFactory.class)
    public KernelBenchmarkIT(Browser browser) {
        super(browser);
    }

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

    /** A sample lasts at least this long: 10 completion ticks in Firefox, 300 ms elsewhere. */
    private double sampleMs() {
        return browser == Browser.FIREFOX ? 1000 : 300;
    }

    @Override
    protected void prepare() {
        if (!settings.benchmarks()) {
            throw new SkipException("benchmarks are off: run with -Dbenchmarks=true (e.g. mvn -B test "
                    + "-Dtest=KernelBenchmarkIT -Dbenchmarks=true -Dbrowser=chrome)");
        }
        TimingSpec timing = TimingSpec.of(settings).withTickMultiple(1).withMinSampleMs(sampleMs());
        for (List<KernelCase> page : BenchmarkPages.split(probes(), kernels(), KERNELS_PER_PAGE)) {
            try {
                RunResult run = run(new Plan("webgpu", timing, page).withPurpose("benchmark"));
                runs.add(run);
                if (BenchmarkTable.measured(run.records()).isEmpty()) {
                    failures.add(run.label() + ": the roofline probes did not both run and pass in this page");
                }
                table.add(run.records());
            } catch (RunFailedException e) {
                failures.add(browser.id() + ": page with " + page.stream().map(KernelCase::id).toList() + " timed out: "
                        + e.getMessage());
                LOG.warn("{}", failures.get(failures.size() - 1));
            }
        }
    }

    @Test
    public void reportTable() {
        if (runs.isEmpty()) {
            throw new SkipException("no benchmark run");
        }
        if (!runs.get(0).capabilities().webgpu().available()) {
            throw new SkipException(runs.get(0).label() + " has no WebGPU: " + runs.get(0).capabilities().webgpu().reason());
        }
        LOG.info("\nKernel benchmarks ({}):\n{}", runs.get(0).label(), table.console());
        Attachments.markdown(browser.id() + " kernel benchmarks", table.markdown());
        Attachments.csv(browser.id() + " kernel benchmarks", table.csv());
        writeCopy();
        failures.forEach(f -> LOG.warn("{}", f));
        assertThat(failures).as("benchmark pages that did not finish").isEmpty();
        assertThat(table.rows()).as("benchmark rows").isNotEmpty();
        assertThat(table.rows()).as("every benchmarked output matched its reference")
                .allSatisfy(r -> assertThat(r.outputChecked()).as(r.caseId()).isTrue());
    }

    /** A copy under target/benchmarks/ for reading outside Allure. */
    private void writeCopy() {
        try {
            Path dir = settings.projectDir().resolve("target/benchmarks");
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(browser.id() + ".md"), table.markdown());
            Files.writeString(dir.resolve(browser.id() + ".csv"), table.csv());
        } catch (IOException e) {
            LOG.warn("could not write target/benchmarks: {}", e.getMessage());
        }
    }
}
